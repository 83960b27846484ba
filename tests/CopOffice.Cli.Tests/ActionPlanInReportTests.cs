using ClosedXML.Excel;
using CopOffice.Questionnaires;
using CopOffice.Reports;
using CopOffice.Responses;
using CopOffice.Samples;

namespace CopOffice.Cli.Tests;

/// <summary>
/// The community report's one editable part: its "Plan" sheet is the action-plan template, filled in beforehand with
/// the community, the period and the latest plan's actions. A coordinator fills it in Excel (cells by their defined
/// names), hands the report in, and the next period's report shows each action's status beside the change it aimed at.
/// </summary>
public sealed class ActionPlanInReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_plan_filled_in_the_community_report_is_read_back_in_the_next_period()
    {
        var set = SampleSet.Write(_folder.Path, SampleSize.Small);
        var plans = Path.Combine(set.IntakeFolder, "action-plan");
        // The small sample's plans are of 2026-Q4: Data Science's is left out, so the one handed in with the report of 2026-Q3 is its plan.
        File.Delete(Path.Combine(plans, "data-science-2026-Q4.xlsx"));

        var q3 = await Report(set, "2026-Q3");
        var handedIn = Path.Combine(plans, "Data Science 2026-Q3 (report with plan).xlsx");
        using (var report = new XLWorkbook(Path.Combine(q3, ReportFiles.Community("Data Science", new Period(2026, 3)))))
        {
            // Filled in beforehand: the community and the period; no plan yet, so no actions.
            Assert.Equal(("action-plan", "Data Science", "2026-Q3", ""),
                (Cell(report, AnswerNames.MetaKind).GetString(), Cell(report, AnswerNames.Community).GetString(), Cell(report, AnswerNames.Period).GetString(), Cell(report, ActionPlans.Name(1, "action")).GetString()));
            Assert.Equal("Plan", Cell(report, ActionPlans.Name(1, "status")).Worksheet.Name);
            Assert.True(report.Worksheet("Plan").IsProtected);
            Assert.False(Cell(report, ActionPlans.Name(8, "action")).Style.Protection.Locked);

            // The coordinator commits to two actions in Excel and hands the report in.
            Cell(report, ActionPlans.Name(1, "action")).SetValue("Run a monthly clinic");
            Cell(report, ActionPlans.Name(1, "aims_at")).SetValue("Adequate resources");
            Cell(report, ActionPlans.Name(1, "status")).SetValue(ActionPlans.Done);
            Cell(report, ActionPlans.Name(1, "update")).SetValue("Ran every month since July.");
            Cell(report, ActionPlans.Name(8, "action")).SetValue("=Pair each newcomer with a mentor");
            Cell(report, ActionPlans.Name(8, "owner")).SetValue("Ada");
            Cell(report, ActionPlans.Name(8, "due")).SetValue("2027-Q1");
            Cell(report, ActionPlans.Name(8, "aims_at")).SetValue("Network");
            Cell(report, ActionPlans.Name(8, "status")).SetValue(ActionPlans.InProgress);
            Cell(report, AnswerNames.CompletedBy).SetValue("Ada (coordinator)");
            Cell(report, AnswerNames.Email).SetValue("ada@contoso.com");
            report.SaveAs(handedIn);
        }

        var check = await Cli.RunAsync("check", handedIn);
        Assert.Equal(0, check.ExitCode);
        Assert.True(check.Output.EndsWith("1 input: 1 accepted.\n", StringComparison.Ordinal), check.Output);

        var q4 = await Report(set, "2026-Q4");
        using var next = new XLWorkbook(Path.Combine(q4, ReportFiles.Community("Data Science", new Period(2026, 4))));
        var actions = Rows(next, "Actions");
        Assert.Equal(["1", "8"], actions.Select(a => a["Row"]));
        Assert.Equal(("Run a monthly clinic", "done", "Ran every month since July.", "2026-Q3"), (actions[0]["Action"], actions[0]["Status"], actions[0]["Update"], actions[0]["Set in"]));
        Assert.Equal(("=Pair each newcomer with a mentor", "Ada", "2027-Q1", "Network", "in progress", "2026-Q3"),
            (actions[1]["Action"], actions[1]["Owner"], actions[1]["Due"], actions[1]["Aims at"], actions[1]["Status"], actions[1]["Set in"]));
        // Then and Now: the community's Network mean in the period the action was set and in this one, as its Indicators tables give them.
        using (var earlier = new XLWorkbook(Path.Combine(q3, ReportFiles.Community("Data Science", new Period(2026, 3)))))
            Assert.Equal(Mean(earlier, "network"), Number(next, "Actions", "Row", "8", "Then"));
        Assert.Equal(Mean(next, "network"), Number(next, "Actions", "Row", "8", "Now"));
        // The next report's plan carries the actions on, in their rows, for the coordinator to update.
        Assert.Equal(("2026-Q4", "Run a monthly clinic", "=Pair each newcomer with a mentor", "in progress"),
            (Cell(next, AnswerNames.Period).GetString(), Cell(next, ActionPlans.Name(1, "action")).GetString(), Cell(next, ActionPlans.Name(8, "action")).GetString(), Cell(next, ActionPlans.Name(8, "status")).GetString()));
    }

    private async Task<string> Report(SampleSetSummary set, string period)
    {
        var output = Path.Combine(_folder.Path, "reports-" + period);
        var run = await Cli.RunAsync("report", "--source", set.IntakeFolder, "--out", output, "--period", period, "--communities", set.CommunitiesFile);
        Assert.Equal(0, run.ExitCode);
        return output;
    }

    private static double Mean(XLWorkbook book, string indicator) => Number(book, "Indicators", "Indicator id", indicator, "Mean");

    /// <summary>The number in <paramref name="column"/> of the row of <paramref name="table"/> whose <paramref name="key"/> reads <paramref name="value"/>.</summary>
    private static double Number(XLWorkbook book, string table, string key, string value, string column)
    {
        var found = book.Worksheets.SelectMany(s => s.Tables).Single(t => t.Name == table);
        var headers = found.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        var row = found.DataRange.Rows().Single(r => r.Cell(headers.IndexOf(key) + 1).GetFormattedString() == value);
        return row.Cell(headers.IndexOf(column) + 1).GetDouble();
    }

    private static IXLCell Cell(XLWorkbook book, string name) => book.NamedRanges.NamedRange(name).Ranges.Single().FirstCell();

    private static List<Dictionary<string, string?>> Rows(XLWorkbook book, string table)
    {
        var found = book.Worksheets.SelectMany(s => s.Tables).Single(t => t.Name == table);
        var headers = found.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return [.. found.DataRange.Rows().Select(row => headers.Select((h, i) => (h, row.Cell(i + 1).IsEmpty() ? null : row.Cell(i + 1).GetFormattedString()))
            .ToDictionary(x => x.h, x => x.Item2))];
    }
}
