using CopOffice.Aggregation;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>Value over time: stories followed from what they promised to what they realised, with the chart and the table behind it.</summary>
internal static class ValueFlowSheet
{
    public const string Name = "Value flow";

    public static void Write(ReportBook book, string subtitle, ValueFlow flow, string scope, bool withCommunity)
    {
        var sheet = book.AddSheet(Name, $"Value flow: {scope}", subtitle,
            "Stories that promised value (potential or applied, not yet realised) followed up by their tellers in later periods: how many were applied, realised, dropped or stuck, and how long it took.");
        sheet.Note("An aspiration is a story that reached potential or applied value but not realised value when it was told. In later periods its teller's personal template " +
            "asks what came of it: realised, applied, not yet, or dropped. \"Dropped or stuck\" counts the dropped ones and those still \"not yet\" two periods or more after they were told. " +
            "A period whose figures are withheld for a community leaves that community's stories out of every count here.", 10);
        if (flow.Unlinked.Count > 0)
            sheet.Note($"{flow.Unlinked.Count} follow-up{(flow.Unlinked.Count == 1 ? " names" : "s name")} a story CopOffice does not have (withdrawn, or a key typed by hand): kept in the members' answers, counted nowhere. The ledger lists the files.", 10);
        var chartRow = sheet.Row;
        var shown = flow.Cohorts.Count(c => c.Counts.IsShown);
        if (shown > 0) sheet.Skip(18);
        var placed = sheet.Table(FlowTables.Cohorts("ValueFlow", flow), main: true);
        if (shown > 0)
        {
            var rows = flow.Cohorts.Count;
            string[] charted = [FlowTables.Aspirations, FlowTables.Applied, FlowTables.Realised, FlowTables.Leaking];
            sheet.Chart($"From promise to realised value: {scope}", ChartKind.Column,
                [.. charted.Select(column => placed.Series(column, FlowTables.Told, column, 0, rows))],
                8, 17, atRow: chartRow, min: 0, numberFormat: "0");
        }

        // A sheet of its own: the stories' wide text columns would widen the counts above.
        var stories = book.AddSheet("Realised stories", $"Stories followed up to realised value: {scope}", subtitle,
            "Stories that promised value and were followed up to realised value in a later period, quoted in full under their tellers' consent.");
        stories.Note(flow.Realised.Count == 0
            ? "No story shared with consent has been followed up to realised value yet."
            : "Quoted in full as their tellers agreed (named or anonymous), where the community reached the free-text threshold when the story was told and when it was followed up.", 8);
        stories.Table(FlowTables.RealisedStories("RealisedStories", flow.Realised, withCommunity), main: true);
    }
}
