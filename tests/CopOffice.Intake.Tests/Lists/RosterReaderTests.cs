using CopOffice.Intake.Lists;
using CopOffice.Intake.Tests.Forms;
using CopOffice.Responses;

namespace CopOffice.Intake.Tests.Lists;

public sealed class RosterReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roster-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, params object?[][] rows)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, name.EndsWith(".csv", StringComparison.Ordinal) ? SheetFiles.Csv(rows) : SheetFiles.Xlsx(rows));
        return path;
    }

    private static string Failure(string path) => Assert.Throws<InputFileException>(() => RosterReader.Read(path)).Message;

    [Fact]
    public void A_roster_gives_one_entry_per_member_and_community()
    {
        var path = Write("roster.csv",
            ["Member", "Email", "Organisational unit", "Community", "Member type"],
            ["Ada Lovelace", "Ada@Contoso.com", "Research", "Data Science", "core member"],
            ["Ada Lovelace", "ada@contoso.com", "Research", "Data, Science & AI", "Core_Member"],
            ["Grace Hopper", "grace@contoso.com", null, "Data Science", "Guest speaker"],
            [null, "alan@contoso.com", "Research", "Data Science", null]);

        var roster = RosterReader.Read(path);

        Assert.Equal(
        [
            new RosterEntry("Ada Lovelace", "ada@contoso.com", "Research", "Data Science", "Core member"),
            new RosterEntry("Ada Lovelace", "ada@contoso.com", "Research", "Data, Science & AI", "Core member"),
            new RosterEntry("Grace Hopper", "grace@contoso.com", null, "Data Science", "Guest speaker"),
            new RosterEntry("alan@contoso.com", "alan@contoso.com", "Research", "Data Science", null),
        ], roster.Entries);
        Assert.Equal(["Data Science", "Data, Science & AI"], roster.Communities);
    }

    [Fact]
    public void Columns_are_found_by_header_in_any_order_and_Community_is_not_taken_for_a_unit()
    {
        var path = Write("roster.xlsx",
            ["Community", "Type", "E-mail address", "Department", "Full name"],
            ["Data Science", "Sponsor", "ada@contoso.com", "Research", "Ada Lovelace"]);

        var entry = Assert.Single(RosterReader.Read(path).Entries);

        Assert.Equal(new RosterEntry("Ada Lovelace", "ada@contoso.com", "Research", "Data Science", "Sponsor"), entry);
    }

    [Fact]
    public void A_member_of_several_types_is_counted_under_one_as_a_survey_answer_is()
    {
        var path = Write("roster.csv",
            ["Email", "Community", "Member type"],
            ["ada@contoso.com", "Data Science", "lurker; core_member"],
            ["grace@contoso.com", "Data Science", "Guest speaker; Expert"]);

        Assert.Equal(["Core member", "Expert"], RosterReader.Read(path).Entries.Select(e => e.MemberType));
    }

    [Fact]
    public void A_membership_listed_twice_is_kept_once()
    {
        var path = Write("roster.csv",
            ["Name", "Email", "Community"],
            ["Ada Lovelace", "ada@contoso.com", "Data Science"],
            [null, null, null],
            ["A. Lovelace", "ADA@contoso.com ", " data  science"]);

        var entry = Assert.Single(RosterReader.Read(path).Entries);

        Assert.Equal(new RosterEntry("Ada Lovelace", "ada@contoso.com", null, "Data Science", null), entry);
    }

    [Fact]
    public void A_roster_without_an_email_or_community_column_names_the_header_row()
    {
        var path = Write("roster.csv", [], ["Member", "Community"], ["Ada", "Data Science"]);

        Assert.Equal("roster.csv, row 2: expected a header row with \"Email\" and \"Community\" columns (and optionally \"Member\", \"Organisational unit\", \"Member type\").",
            Failure(path));
    }

    [Fact]
    public void A_member_without_an_email_names_the_row()
    {
        var path = Write("roster.csv", ["Member", "Email", "Community"], ["Ada", "ada@contoso.com", "Data Science"], ["Grace", null, "Data Science"]);

        Assert.Equal("roster.csv, row 3: the member has no email.", Failure(path));
    }

    [Fact]
    public void A_malformed_email_names_the_row_and_the_address()
    {
        var path = Write("roster.xlsx", ["Member", "Email", "Community"], ["Ada", "ada at contoso", "Data Science"]);

        Assert.Equal("roster.xlsx, row 2: \"ada at contoso\" is not a well-formed email address (name@example.com).", Failure(path));
    }

    [Fact]
    public void A_member_without_a_community_names_the_row()
    {
        var path = Write("roster.csv", ["Member", "Email", "Community"], ["Ada", "ada@contoso.com", " "]);

        Assert.Equal("roster.csv, row 2: ada@contoso.com has no community.", Failure(path));
    }

    [Fact]
    public void An_empty_roster_and_one_with_only_a_header_are_refused()
    {
        Assert.Equal("empty.csv: the file is empty: expected a header row with \"Email\" and \"Community\" columns (and optionally \"Member\", \"Organisational unit\", \"Member type\").",
            Failure(Write("empty.csv")));
        Assert.Equal("header.csv: the roster lists no members below its header row.", Failure(Write("header.csv", ["Member", "Email", "Community"])));
    }

    [Fact]
    public void A_file_that_is_no_spreadsheet_is_refused_with_the_reason()
    {
        var path = Path.Combine(_dir, "roster.xlsx");
        File.WriteAllText(path, "this is not a workbook");

        Assert.Equal("roster.xlsx: the file could not be read as a spreadsheet (Invalid file signature).", Failure(path));
        File.WriteAllText(Path.Combine(_dir, "roster.txt"), "Email,Community");
        Assert.Equal("roster.txt: expected a .csv, .xlsx, .xlsm or .xls file, not '.txt'.", Failure(Path.Combine(_dir, "roster.txt")));
        Assert.Equal("missing.csv: the file does not exist.", Failure(Path.Combine(_dir, "missing.csv")));
    }
}
