using CopOffice.Intake.Lists;
using CopOffice.Intake.Tests.Forms;

namespace CopOffice.Intake.Tests.Lists;

public sealed class ProgrammeReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("programme-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(params object?[][] rows)
    {
        var path = Path.Combine(_dir, "programme.csv");
        File.WriteAllBytes(path, SheetFiles.Csv(rows));
        return path;
    }

    [Fact]
    public void Statuses_and_notes_are_read_by_action_as_the_programme_sheet_spells_it()
    {
        var path = Write(
            ["Step", "Action", "What the responses show", "Status", "Notes"],
            ["Educate", "conduct workshops to educate  management and potential members about the approach", "…", "Done", "Two workshops"],
            ["Encourage", "Find sponsors to encourage participation", "…", null, null]);

        var kept = ProgrammeReader.Read(path);

        Assert.Equal(
            [
                "Conduct workshops to educate management and potential members about the approach|done|Two workshops",
                "Find sponsors to encourage participation||",
            ],
            kept.Select(k => $"{k.Action}|{k.Status}|{k.Notes}"));
    }

    [Fact]
    public void An_action_the_programme_does_not_have_stops_the_file_with_its_row()
    {
        var path = Write(["Action", "Status"], ["Find sponsors to encourage participation", "done"], ["Hire a CoP manager", "done"]);

        var error = Assert.Throws<InputFileException>(() => ProgrammeReader.Read(path));

        Assert.Equal("programme.csv, row 3: \"Hire a CoP manager\" is not one of the programme's actions: copy the Action column from the organisation report's Programme sheet.", error.Message);
    }

    [Fact]
    public void A_status_outside_the_four_stops_the_file_with_its_row()
    {
        var path = Write(["Action", "Status"], ["Publicize successes", "almost"]);

        var error = Assert.Throws<InputFileException>(() => ProgrammeReader.Read(path));

        Assert.Equal("programme.csv, row 2: \"almost\" is not a status: write one of not started, under way, done, not needed, or leave it blank.", error.Message);
    }

    [Fact]
    public void A_file_without_the_columns_says_which_it_expects()
    {
        var path = Write(["Task", "State"], ["Publicize successes", "done"]);

        var error = Assert.Throws<InputFileException>(() => ProgrammeReader.Read(path));

        Assert.Equal("programme.csv, row 1: expected a header row with \"Action\" and \"Status\" columns (and optionally \"Notes\"), as the organisation report's Programme sheet has.", error.Message);
    }
}
