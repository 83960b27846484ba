using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>How a table looks: header, number formats, withheld and leading rows, conditional formats.</summary>
internal sealed partial class ReportSheet
{
    /// <summary>
    /// A band of headings on the current row over the columns of the table below it (the heat map's quadrants
    /// over their indicators), from the table's <paramref name="firstColumnOffset"/>th column (1: its first).
    /// </summary>
    public void Band(int firstColumnOffset, IReadOnlyList<(string Title, int Columns)> spans)
    {
        var column = FirstColumn + firstColumnOffset - 1;
        foreach (var (title, count) in spans)
        {
            var range = BandHeading(Row, column, 1, count, title, XLBorderStyleValues.Thin);
            range.Style.Font.FontSize = 9;
            range.Style.Alignment.WrapText = true;
            column += count;
        }
        Sheet.Row(Row).Height = 26;
        Skip();
    }

    /// <summary>A heading merged over its cells in the band's colours (bold, centred, white borders): the heat map's and the matrix's.</summary>
    private IXLRange BandHeading(int row, int column, int rows, int columns, string text, XLBorderStyleValues border)
    {
        var range = Sheet.Range(row, column, row + rows - 1, column + columns - 1);
        range.Merge();
        range.FirstCell().SetValue(text);
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = ReportPalette.Heading;
        range.Style.Fill.BackgroundColor = ReportPalette.Band;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Border.OutsideBorder = border;
        range.Style.Border.OutsideBorderColor = XLColor.White;
        return range;
    }

    private void Style(TableBlock block, PlacedTable placed)
    {
        var header = Sheet.Range(placed.HeaderRow, placed.FirstColumn, placed.HeaderRow, placed.LastColumn);
        header.Style.Fill.BackgroundColor = ReportPalette.HeaderFill;
        header.Style.Font.FontColor = XLColor.White;
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
        for (var c = 0; c < block.Columns.Count; c++)
        {
            if (!Formats.IsNumeric(block.Columns[c].Format)) continue;
            // Upright headers over narrow grids; headers of numbers stand over their numbers, on the right.
            if (block.UprightHeaders) header.Cell(1, c + 1).Style.Alignment.TextRotation = 90; // wraps into side-by-side lines when long
            else
            {
                header.Cell(1, c + 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                header.Cell(1, c + 1).Style.Alignment.Indent = 1;
            }
        }

        if (block.Rows.Count == 0) return;
        var data = Sheet.Range(placed.FirstDataRow, placed.FirstColumn, placed.LastRow, placed.LastColumn);
        data.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        data.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        data.Style.Border.BottomBorderColor = ReportPalette.Rule;
        for (var c = 0; c < block.Columns.Count; c++)
        {
            var column = block.Columns[c];
            var range = Sheet.Range(placed.FirstDataRow, placed.FirstColumn + c, placed.LastRow, placed.FirstColumn + c);
            if (Formats.IsNumeric(column.Format))
            {
                if (column.Format != Format.Amount) range.Style.NumberFormat.Format = Formats.Code(column.Format);
                if (column.Format == Format.Mark) range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                else if (!block.UprightHeaders)
                {
                    // A little room on the right, so a number does not run into the text of the next column.
                    range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    range.Style.Alignment.Indent = 1;
                }
            }
            else
            {
                range.Style.Alignment.WrapText = true;
                range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            }
        }
        var note = block.Columns.Select((c, i) => (c, i)).Where(x => x.c.Header == "Note").Select(x => (int?)x.i).FirstOrDefault();
        for (var i = 0; i < block.Rows.Count; i++)
        {
            var look = block.Rows[i].Look;
            if (look == RowLook.Normal) continue;
            var row = Sheet.Range(placed.FirstDataRow + i, placed.FirstColumn, placed.FirstDataRow + i, placed.LastColumn);
            if (look.HasFlag(RowLook.Leading)) row.Style.Font.Bold = true;
            if (look.HasFlag(RowLook.OpensGroup))
            {
                row.Style.Border.TopBorder = XLBorderStyleValues.Thin;
                row.Style.Border.TopBorderColor = XLColor.FromHtml("#7F7F7F");
            }
            if (look.HasFlag(RowLook.Withheld))
            {
                for (var c = 0; c < block.Columns.Count; c++)
                    if (Formats.IsNumeric(block.Columns[c].Format) && block.Rows[i].Cells[c] is null)
                        row.Cell(1, c + 1).Style.Fill.BackgroundColor = ReportPalette.WithheldFill;
                if (note is { } n)
                {
                    row.Cell(1, n + 1).Style.Font.Italic = true;
                    row.Cell(1, n + 1).Style.Font.FontColor = ReportPalette.Muted;
                }
            }
        }
        foreach (var rule in block.Highlights.OfType<RuleOnChange>())
        {
            var first = Sheet.Cell(placed.FirstDataRow, placed.FirstColumn + rule.Column).Address;
            var above = Sheet.Cell(placed.HeaderRow, placed.FirstColumn + rule.Column).Address;
            // Not on the first data row: the header row above it differs anyway.
            if (block.Rows.Count > 1)
                Sheet.Range(placed.FirstDataRow + 1, placed.FirstColumn, placed.LastRow, placed.LastColumn).AddConditionalFormat()
                    .WhenIsTrue($"=${first.ColumnLetter}{first.RowNumber + 1}<>${above.ColumnLetter}{above.RowNumber + 1}")
                    .Border.SetTopBorder(XLBorderStyleValues.Thin).Border.SetTopBorderColor(ReportPalette.GroupRule);
        }
        foreach (var fade in block.Highlights.OfType<FadeRepeats>())
        {
            // Relative to the range's first cell: "this row's first cell equals the one above".
            var first = Sheet.Cell(placed.FirstDataRow, placed.FirstColumn).Address;
            var above = Sheet.Cell(placed.HeaderRow, placed.FirstColumn).Address;
            Sheet.Range(placed.FirstDataRow, placed.FirstColumn, placed.LastRow, placed.FirstColumn + fade.Count - 1).AddConditionalFormat()
                .WhenIsTrue($"=${first.ColumnLetter}{first.RowNumber}=${above.ColumnLetter}{above.RowNumber}")
                .Font.SetFontColor(ReportPalette.Faded);
        }
        foreach (var highlight in block.Highlights)
            foreach (var (from, to) in Runs(highlight.Columns))
            {
                // One format over each run of adjacent columns: a shading's highest value is the whole grid's.
                var range = Sheet.Range(placed.FirstDataRow, placed.FirstColumn + from, placed.LastRow, placed.FirstColumn + to);
                switch (highlight)
                {
                    case ColourScale scale:
                        range.AddConditionalFormat().ColorScale()
                            .Minimum(XLCFContentType.Number, scale.Low, ReportPalette.LowColour)
                            .Midpoint(XLCFContentType.Number, scale.Middle, ReportPalette.MiddleColour)
                            .Maximum(XLCFContentType.Number, scale.High, ReportPalette.HighColour);
                        break;
                    case ZeroAlert:
                        range.AddConditionalFormat().WhenEquals(0).Fill.SetBackgroundColor(ReportPalette.Gap);
                        break;
                    case Shading:
                        range.AddConditionalFormat().ColorScale()
                            .Minimum(XLCFContentType.Number, 0, XLColor.White)
                            .HighestValue(ReportPalette.Shade);
                        break;
                    case DataBars bars:
                        range.AddConditionalFormat().DataBar(ReportPalette.Bar, false)
                            .Minimum(XLCFContentType.Number, bars.Low)
                            .Maximum(XLCFContentType.Number, bars.High);
                        break;
                }
            }
    }

    private static IEnumerable<(int From, int To)> Runs(IReadOnlyList<int> columns)
    {
        var sorted = columns.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            yield return (sorted[i], sorted[j]);
            i = j + 1;
        }
    }
}
