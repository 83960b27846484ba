using CopOffice.Cli;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;
using CopOffice.FakeGraph;
using CopOffice.Templates;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary><c>copoffice report</c> from a fake SharePoint library to another, with the real Graph client.</summary>
public class ReportCommandTests
{
    private const string Period = "2026-Q4";
    private const string AdminUrl = "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Admin";

    [Fact]
    public async Task A_full_run_from_SharePoint_to_SharePoint_then_an_incremental_run_with_the_same_reports()
    {
        await using var harness = await Harness.StartAsync();
        var filler = new TemplateFiller();
        for (var i = 1; i <= 6; i++)
            harness.SharePoint.Put(harness.Documents, $"Intake/Data Science/member-{i}.xlsx", Survey(filler, i));
        harness.SharePoint.Put(harness.Documents, "Intake/notes.txt", "not a workbook");
        lock (harness.SharePoint.Gate)
            FakeAccess.KeepOwnersOnly(harness.Documents, harness.SharePoint.CreateFolder(harness.Documents, harness.Documents.RootId, "Admin"));

        var first = await RunAsync(harness);

        Assert.All(first.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^(Reading inputs|Aggregating|Writing reports)", line));
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith($"Read 7 inputs from {Harness.IntakeUrl}: 6 accepted (0 with warnings), 0 superseded, 1 rejected.\nWrote 2 reports for {Period} to {Harness.ReportsUrl}:\n", first.Output);
        Assert.Equal(
            ["communities/Data Science 2026-Q4.xlsx", "organisation/CoP value report 2026-Q4.xlsx"],
            ReportPaths(harness));
        var downloads = harness.Server.FileRequests.Count(r => r.PathAndQuery.StartsWith("/download/", StringComparison.Ordinal));
        Assert.Equal(7 - 1, downloads); // notes.txt is listed and rejected without a download
        Assert.All(harness.Server.FileRequests, r => Assert.Null(r.Authorization));

        var ledger = Sheets.Rows(Bytes(harness.Documents, "Admin/ledger.xlsx"), "Ledger");
        var member1 = ledger.Single(r => r[0] == "Data Science/member-1.xlsx");
        var item = harness.Documents.ByPath(harness.Documents.RootId, "Intake/Data Science/member-1.xlsx")!;
        Assert.Equal(harness.Documents.WebUrlOf(item), member1[10]);
        Assert.Equal("rejected", ledger.Single(r => r[0] == "notes.txt")[4]);
        var organisation = Content(harness, "organisation/CoP value report 2026-Q4.xlsx");

        var second = await RunAsync(harness);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(downloads, harness.Server.FileRequests.Count(r => r.PathAndQuery.StartsWith("/download/", StringComparison.Ordinal)));
        Assert.Equal(organisation, Content(harness, "organisation/CoP value report 2026-Q4.xlsx"));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(Harness harness)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CopOfficeCommand.RunAsync(
            ["report", "--source", Harness.IntakeUrl, "--out", Harness.ReportsUrl, "--ledger-out", AdminUrl,
             "--Graph:BaseUrl", harness.Server.BaseUrl, $"--Graph:AccessToken={FakeGraphServer.Token}", "--Graph:StateFolder", harness.StateFolder],
            output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static byte[] Survey(TemplateFiller filler, int i)
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = $"Member {i}",
            [AnswerNames.Email] = $"member{i}@contoso.example",
            [AnswerNames.Community] = "Data Science",
            [AnswerNames.Period] = Period,
            [AnswerNames.Consent] = Consent.Anonymous,
        };
        foreach (var indicator in Framework.ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = 1 + (i + indicator.Id.Length) % 5;
        using var stream = new MemoryStream();
        filler.Fill(TemplateKind.ValueSurvey, answers, stream);
        return stream.ToArray();
    }

    private static List<string> ReportPaths(Harness harness)
    {
        var reports = harness.Reports;
        return [.. reports.Items.Values.Where(i => !i.IsFolder).Select(i => reports.PathOf(i)).Order(StringComparer.Ordinal)];
    }

    private static byte[] Bytes(Harness harness, string path) => Bytes(harness.Reports, path);

    private static byte[] Bytes(FakeDrive drive, string path) => drive.ByPath(drive.RootId, path)!.Content;

    /// <summary>Every cell of every sheet but About, which alone carries the time of the run.</summary>
    private static List<string> Content(Harness harness, string path)
    {
        using var stream = new MemoryStream(Bytes(harness, path));
        using var reader = SpreadsheetFile.OpenReader(stream, path);
        var cells = new List<string>();
        do
        {
            if (reader.Name == "About") continue;
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var c = 0; c < reader.FieldCount; c++)
                    if (SpreadsheetFile.Text(reader.GetValue(c)) is { } text) cells.Add($"{reader.Name}!R{row}C{c + 1}={text}");
            }
        } while (reader.NextResult());
        return cells;
    }
}
