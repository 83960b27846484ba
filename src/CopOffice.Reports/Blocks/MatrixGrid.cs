using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>What one box of the 2×2 grid shows: a score (or the reason there is none) and a few lines under it.</summary>
internal sealed record GridBox(double? Score, string? Withheld, IReadOnlyList<string> Lines);

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
        var ws = sheet.Sheet;
        var top = sheet.Row;
        var first = ReportSheet.FirstColumn;
        var lines = Quadrant.All.Max(q => box(q).Lines.Count);

        sheet.Widen(first, 26);
        for (var c = 1; c <= 2 * BoxColumns; c++) sheet.Widen(first + c, 15);

        foreach (var horizon in new[] { Horizon.ShortTerm, Horizon.LongTerm })
        {
            var column = first + 1 + (horizon == Horizon.ShortTerm ? 0 : BoxColumns);
            var head = ws.Range(top, column, top, column + BoxColumns - 1);
            head.Merge();
            head.FirstCell().SetValue(Labels.Horizon(horizon));
            Header(head);
        }
        ws.Row(top).Height = 20;

        var row = top + 1;
        foreach (var beneficiary in new[] { Beneficiary.Members, Beneficiary.Organisation })
        {
            var label = ws.Range(row, first, row + lines, first);
            label.Merge();
            label.FirstCell().SetValue(beneficiary == Beneficiary.Members ? "Value to members" : "Value to the organisation");
            Header(label);
            label.Style.Alignment.WrapText = true;

            foreach (var horizon in new[] { Horizon.ShortTerm, Horizon.LongTerm })
            {
                var content = box(Quadrant.Of(horizon, beneficiary));
                var column = first + 1 + (horizon == Horizon.ShortTerm ? 0 : BoxColumns);
                var whole = ws.Range(row, column, row + lines, column + BoxColumns - 1);
                whole.Style.Fill.BackgroundColor = content.Score is { } s ? ReportPalette.ForScore(s) : ReportPalette.WithheldFill;
                whole.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
                whole.Style.Border.OutsideBorderColor = XLColor.White;

                var score = ws.Range(row, column, row, column + BoxColumns - 1);
                score.Merge();
                score.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                score.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
                if (content.Score is { } value)
                {
                    sheet.Number(score.FirstCell(), value);
                    score.Style.NumberFormat.Format = "0.0";
                    score.Style.Font.FontSize = 24;
                    score.Style.Font.Bold = true;
                }
                else
                {
                    score.FirstCell().SetValue(content.Withheld ?? "");
                    score.Style.Font.Italic = true;
                    score.Style.Font.FontColor = ReportPalette.Muted;
                    score.Style.Alignment.WrapText = true;
                }
                for (var l = 0; l < lines; l++)
                {
                    var line = ws.Range(row + 1 + l, column, row + 1 + l, column + BoxColumns - 1);
                    line.Merge();
                    line.FirstCell().SetValue(l < content.Lines.Count ? CellText.Clean(content.Lines[l]) : "");
                    line.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                    line.Style.Font.FontSize = 10;
                }
            }
            ws.Row(row).Height = 36;
            row += lines + 1;
        }
        sheet.Row = row + 1;
    }

    private static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = ReportPalette.Heading;
        range.Style.Fill.BackgroundColor = ReportPalette.Band;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
        range.Style.Border.OutsideBorderColor = XLColor.White;
    }
}
