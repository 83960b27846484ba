using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>The pieces of a summary sheet: the headline, the 2×2 grid with its chart beside it, and the compact quadrant table the chart reads.</summary>
internal static class SummaryParts
{
    public const string BenchmarkMargin = "Organisation margin";

    /// <summary>The grid boxes' columns are this wide, so both boxes are the same size whatever the tables below hold.</summary>
    public const double BoxColumnWidth = 15;

    /// <summary>The chart stands right of the grid (after a gap column), this many columns wide and rows high; the tables follow below both.</summary>
    public const int ChartColumn = ReportSheet.FirstColumn + 6;
    public const int ChartColumns = 6;
    public const int ChartRows = 17;

    /// <summary>Moves below the grid and the chart beside it, which started at <paramref name="top"/>.</summary>
    /// <summary>
    /// The opening both summaries share: the sheet, its headline, the value matrix's 2×2 grid, and the heading of its
    /// figures below. Returns the sheet and the grid's top row, where the chart beside it goes.
    /// </summary>
    public static (ReportSheet Sheet, int Top) Opening(ReportBook book, string title, string subtitle, string description, string headline, Func<Quadrant, GridBox> box)
    {
        var sheet = book.AddSheet("Summary", title, subtitle, description);
        FixBoxColumns(sheet);
        sheet.Note(headline, 11, muted: false);
        sheet.Skip();
        sheet.Section("The value matrix");
        var top = sheet.Row;
        MatrixGrid.Write(sheet, box);
        BelowChart(sheet, top);
        sheet.Section("The value matrix in figures");
        return (sheet, top);
    }

    public static void BelowChart(ReportSheet sheet, int top) => sheet.Row = Math.Max(sheet.Row, top + ChartRows + 1);

    public static void FixBoxColumns(ReportSheet sheet)
    {
        for (var c = 1; c <= 4; c++) sheet.Widen(ReportSheet.FirstColumn + c, BoxColumnWidth);
        sheet.Widen(ReportSheet.FirstColumn, 34);
    }

    /// <summary>A box of a group's quadrant: its mean ± margin, n and top-2-box share, and its trend with Welch's judgement.</summary>
    public static GridBox Box(GroupProfile group, Quadrant quadrant, params string[] more)
    {
        if (!group.Profile.TryGetValue(out var profile)) return new GridBox(null, group.Profile.Text(_ => ""), [.. more]);
        var q = profile.Quadrant(quadrant);
        if (q.Statistics.Mean is not { } mean) return new GridBox(null, "nobody rated this quadrant", [.. more]);
        return new GridBox(mean, null,
        [
            $"n = {q.Statistics.N:N0} · {q.Statistics.TopTwoBoxShare:0%} rate it 4 or 5",
            Labels.Trend(q.Trend),
            .. more,
        ]) { Margin = q.Statistics.Margin };
    }

    /// <summary>The compact quadrant table under the grid: what the summary's chart reads.</summary>
    public static TableBlock Quadrants(string name, GroupProfile group, GroupProfile? benchmark)
    {
        List<ReportColumn> columns = [new(ValueTables.Quadrant) { MaxWidth = 36 }, new("Value to"), new(ValueTables.Horizon), new("n", Format.Count), new(ValueTables.Mean, Format.Mean), new(ValueTables.Margin, Format.Margin)];
        if (benchmark is not null) columns.AddRange([new(ValueTables.BenchmarkMean, Format.Mean), new(BenchmarkMargin, Format.Margin), new(ValueTables.Difference, Format.Change)]);
        columns.AddRange([new(ValueTables.TopTwoBox, Format.Share), new("Change in mean", Format.Change), new(GroupTables.TrendAgainst) { MaxWidth = 24 },
            new(ValueTables.ChangeReading) { MaxWidth = 30 }, new(Labels.Note) { MaxWidth = 30 }]);
        var table = new TableBlock(name, columns);
        var other = benchmark?.Profile.TryGetValue(out var b) == true ? b : null;
        foreach (var quadrant in Quadrant.All)
        {
            List<object?> cells = [quadrant.Title, Labels.ValueTo(quadrant.Beneficiary), Labels.Horizon(quadrant.Horizon)];
            if (group.Profile.TryGetValue(out var profile))
            {
                var q = profile.Quadrant(quadrant);
                cells.AddRange([q.Statistics.N, q.Statistics.Mean, q.Statistics.Margin]);
                if (benchmark is not null)
                {
                    var o = other?.Quadrant(quadrant).Statistics;
                    cells.AddRange([o?.Mean, o?.Margin, q.Statistics.Mean - o?.Mean]);
                }
                cells.AddRange([q.Statistics.TopTwoBoxShare, q.Trend.TryGetValue(out var change) ? change.Mean : null, Labels.TrendAgainst(q.Trend), Labels.ChangeReading(q.Trend),
                    benchmark is not null && other is null ? $"organisation: {benchmark.Profile.Text(_ => "")}" : null]);
                table.Add([.. cells]);
            }
            else
            {
                // The group is withheld; the organisation's benchmark is shown to everyone anyway.
                cells.AddRange([null, null, null]);
                if (benchmark is not null) cells.AddRange([other?.Quadrant(quadrant).Statistics.Mean, other?.Quadrant(quadrant).Statistics.Margin, null]);
                cells.AddRange([null, null, null, null, group.Profile.Text(_ => "")]);
                table.Add(RowLook.Withheld, [.. cells]);
            }
        }
        table.Scores(ValueTables.Mean);
        return table;
    }

    /// <summary>Strengths and opportunities, one table each, with a line when the group's figures are withheld.</summary>
    public static void Highlights(ReportSheet sheet, GroupProfile group, string strengthsName, string opportunitiesName, string whose)
    {
        sheet.Section("Strengths");
        if (!group.Profile.IsShown) sheet.Note($"No strengths or opportunities: {whose} figures are not shown ({group.Profile.Text(_ => "")}).", 6);
        else sheet.Note($"The indicators {whose} members rated highest (mean, then share of 4s and 5s).", 6);
        sheet.Table(ValueTables.Highlights(strengthsName, group, strengths: true));
        sheet.Section("Opportunities");
        if (group.Profile.IsShown) sheet.Note("The indicators rated lowest, lowest first: where the community could create more value.", 6);
        sheet.Table(ValueTables.Highlights(opportunitiesName, group, strengths: false));
    }
}
