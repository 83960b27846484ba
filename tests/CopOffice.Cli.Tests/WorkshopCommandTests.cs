using ClosedXML.Excel;

namespace CopOffice.Cli.Tests;

/// <summary>copoffice workshop: seed 004's material for a community or the organisation, from the shared views only.</summary>
public sealed class WorkshopCommandTests(ReportCommandTests.SmallSample sample) : IClassFixture<ReportCommandTests.SmallSample>
{
    private async Task<(Cli.Result Result, string Folder)> Run(TempFolder output, params string[] more)
    {
        var result = await Cli.RunAsync(["workshop", "--source", sample.Set.IntakeFolder, "--out", output.Path,
            "--roster", sample.Set.RosterFile, "--communities", sample.Set.CommunitiesFile, .. more]);
        return (result, Path.Combine(output.Path, "workshop"));
    }

    [Fact]
    public async Task A_communitys_pack_has_its_stories_the_four_questions_its_common_threads_and_a_story_frame()
    {
        using var output = new TempFolder();

        var (result, folder) = await Run(output, "--community", "data science");

        Assert.Equal(0, result.ExitCode);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal("Data Science 2026-Q4.xlsx", Path.GetFileName(file));
        Assert.Equal($"Wrote the workshop pack workshop/Data Science 2026-Q4.xlsx to {output.Path}.\n", result.Output.Replace("\r", ""));
        using var book = new XLWorkbook(file);
        Assert.Equal(["At its best", "Questions", "Common threads", "New story", "About"], book.Worksheets.Select(w => w.Name));
        var questions = book.Table("Questions").DataRange.Rows().Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(["Environment", "Practices", "Impact", "Strategy and infrastructure"], questions);
        Assert.Equal(["Who?", "Where?", "When?", "What?", "Threads"], book.Table("NewStory").DataRange.Rows().Select(r => r.Cell(1).GetString()));
        var threads = book.Table("CommonThreads").DataRange.Rows().Where(r => !r.Cell(1).IsEmpty()).ToList();
        Assert.All(threads, t => Assert.Contains("Data Science", t.Cell(3).GetString()));
        Assert.All(threads, t => Assert.True(t.Cell(4).GetDouble() >= 2));
        // The session's columns are left for the session.
        Assert.All(book.Table("AtItsBest").DataRange.Rows(), r => Assert.True(r.Cell(8).IsEmpty() && r.Cell(9).IsEmpty() && r.Cell(10).IsEmpty()));
    }

    [Fact]
    public async Task A_community_the_responses_do_not_have_is_named_with_those_they_have()
    {
        using var output = new TempFolder();

        var (result, _) = await Run(output, "--community", "Astrology");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("copoffice workshop: \"Astrology\" is not a community of these responses. Communities: ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(output.Path, "workshop")));
    }
}
