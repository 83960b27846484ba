using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>The trend across periods: a line chart of the first group's four quadrants, then the table of every group and period.</summary>
internal static class TrendSheet
{
    public const string Name = "Trend";

    /// <summary><paramref name="history"/> is regrouped so each group's periods are consecutive, the first group (charted) on top.</summary>
    public static void Write(ReportBook book, string subtitle, string tableName, IReadOnlyList<GroupProfile> history, string charted, string description)
    {
        var rows = history.Select((h, i) => (h, i))
            .GroupBy(x => (x.h.Group.Kind, x.h.Group.Name))
            .OrderBy(g => g.Min(x => x.i))
            .SelectMany(g => g.OrderBy(x => x.h.Group.Period).Select(x => x.h))
            .ToList();
        var first = rows.Count == 0 ? [] : rows.TakeWhile(r => r.Group.Kind == rows[0].Group.Kind && r.Group.Name == rows[0].Group.Name).ToList();

        var sheet = book.AddSheet(Name, $"Trend across periods: {charted}", subtitle, description);
        sheet.Note($"The four quadrant means of {charted} in every period up to this one; below, the table of {(rows.Count > first.Count ? "every group" : "each period")}. " +
            "A period where the figures are not shown is a gap in the line.", 8);
        var chartRow = sheet.Row;
        sheet.Skip(18);
        var table = GroupTables.Groups(tableName, "Group", rows, withPeriod: true);
        var placed = sheet.Table(table, main: false);
        if (first.Count > 0)
        {
            sheet.Chart($"Value over time: {charted}", ChartKind.Line,
                [.. Quadrant.All.Select(q => placed.Series(q.Title, "Period", Labels.Column(q), 0, first.Count, margins: GroupTables.Margin(q)))],
                8, 17, atRow: chartRow, min: 1, max: 5);
        }
    }
}
