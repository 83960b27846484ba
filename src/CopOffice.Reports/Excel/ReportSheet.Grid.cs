using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>The 2×2 value matrix's cells: headings over and beside it, and coloured boxes with a score and a few lines.</summary>
internal sealed partial class ReportSheet
{
    /// <summary>A heading merged over <paramref name="rows"/> × <paramref name="columns"/> cells, in the band's colours.</summary>
    public void GridHeading(int row, int column, int rows, int columns, string text, bool wrap = false)
    {
        var range = BandHeading(row, column, rows, columns, text, XLBorderStyleValues.Medium);
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = wrap;
    }

    /// <summary>
    /// A box of <paramref name="columns"/> cells wide: its score large on the first row (or, withheld, the reason
    /// in muted italics), then one line of text per row, the whole coloured like the heat map.
    /// </summary>
    public void GridBox(int row, int column, int columns, double? score, string? withheld, IReadOnlyList<string> lines, int lineCount, double? margin = null)
    {
        var last = column + columns - 1;
        var whole = Sheet.Range(row, column, row + lineCount, last);
        whole.Style.Fill.BackgroundColor = score is { } s ? ReportPalette.ForScore(s) : ReportPalette.WithheldFill;
        whole.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
        whole.Style.Border.OutsideBorderColor = XLColor.White;

        var head = Sheet.Range(row, column, row, last);
        head.Merge();
        head.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        head.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        if (score is { } value)
        {
            Number(head.FirstCell(), value);
            // The margin in the format, not the value: the cell keeps the score for whoever reads it as a number.
            head.Style.NumberFormat.Format = margin is { } m ? $"0.0\" ± {m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}\"" : "0.0";
            head.Style.Font.FontSize = margin is null ? 24 : 20;
            head.Style.Font.Bold = true;
        }
        else
        {
            head.FirstCell().SetValue(withheld ?? "");
            head.Style.Font.Italic = true;
            head.Style.Font.FontColor = ReportPalette.Muted;
            head.Style.Alignment.WrapText = true;
        }
        for (var l = 0; l < lineCount; l++)
        {
            var line = Sheet.Range(row + 1 + l, column, row + 1 + l, last);
            line.Merge();
            line.FirstCell().SetValue(l < lines.Count ? CellText.Clean(lines[l]) : "");
            line.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            line.Style.Font.FontSize = 10;
        }
    }

    public void RowHeight(int row, double points) => Sheet.Row(row).Height = points;
}
