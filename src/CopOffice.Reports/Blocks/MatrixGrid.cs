using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>
/// What one box of the 2×2 grid shows: a score (or the reason there is none) and a few lines under it; with a margin
/// (half the score's 95% interval), the score reads "3.4 ± 0.2" and stays a number.
/// </summary>
internal sealed record GridBox(double? Score, string? Withheld, IReadOnlyList<string> Lines)
{
    public double? Margin { get; init; }
}

/// <summary>
/// The value matrix as people draw it: value to members and to the organisation as rows, short and long
/// term as columns, each box coloured like the heat map. A picture of the quadrant table beside it,
/// which holds the same figures for Power Query.
/// </summary>
internal static class MatrixGrid
{
    private const int BoxColumns = 2;

    public static void Write(ReportSheet sheet, Func<Quadrant, GridBox> box)
    {
        var top = sheet.Row;
        var first = ReportSheet.FirstColumn;
        var lines = Quadrant.All.Max(q => box(q).Lines.Count);

        sheet.Widen(first, 26);
        for (var c = 1; c <= 2 * BoxColumns; c++) sheet.Widen(first + c, 15);

        foreach (var horizon in new[] { Horizon.ShortTerm, Horizon.LongTerm })
            sheet.GridHeading(top, Column(first, horizon), 1, BoxColumns, Labels.Horizon(horizon));
        sheet.RowHeight(top, 20);

        var row = top + 1;
        foreach (var beneficiary in new[] { Beneficiary.Members, Beneficiary.Organisation })
        {
            sheet.GridHeading(row, first, lines + 1, 1, beneficiary == Beneficiary.Members ? "Value to members" : "Value to the organisation", wrap: true);
            foreach (var horizon in new[] { Horizon.ShortTerm, Horizon.LongTerm })
            {
                var content = box(Quadrant.Of(horizon, beneficiary));
                sheet.GridBox(row, Column(first, horizon), BoxColumns, content.Score, content.Withheld, content.Lines, lines, content.Margin);
            }
            sheet.RowHeight(row, 36);
            row += lines + 1;
        }
        sheet.Row = row + 1;
    }

    private static int Column(int first, Horizon horizon) => first + 1 + (horizon == Horizon.ShortTerm ? 0 : BoxColumns);
}
