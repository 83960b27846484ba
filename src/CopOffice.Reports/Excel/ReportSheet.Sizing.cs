using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>Widths from what the tables hold, heights from wrapped text, freezing and print setup.</summary>
internal sealed partial class ReportSheet
{
    private void Demand(TableBlock block, int first)
    {
        for (var c = 0; c < block.Columns.Count; c++)
        {
            var column = block.Columns[c];
            double width;
            if (column.Width is { } fixedWidth) width = fixedWidth;
            else
            {
                var content = 0;
                foreach (var row in block.Rows)
                    if (row.Cells[c] is { } value)
                        content = Math.Max(content, value is Formatted f ? Formats.DisplayLength(f.Format, f.Value) : Formats.DisplayLength(column.Format, value));
                // A header may take two lines (upright headers need no width at all).
                var words = column.Header.Split(' ');
                // An upright header takes one line of width per UprightLine characters; a flat one may take two lines.
                var header = block.UprightHeaders && Formats.IsNumeric(column.Format)
                    ? LinesOf(column.Header, UprightLine) * 2.9 - 2
                    : Math.Max(words.Max(w => w.Length), (column.Header.Length + 1) / 2);
                var indent = Formats.IsNumeric(column.Format) && column.Format != Format.Mark && !block.UprightHeaders ? 1.5 : 0;
                width = Math.Min(column.MaxWidth, Math.Max(Math.Max(content, header) + 2.5 + indent, 6));
            }
            _widths[first + c] = Math.Max(_widths.GetValueOrDefault(first + c), width);
        }
    }

    /// <summary>Sets widths, heights, freezing and print setup once everything is written.</summary>
    public void Finish(string reportTitle)
    {
        foreach (var (column, width) in _widths) Sheet.Column(column).Width = width;
        double Width(int column) => Sheet.Column(column).Width;

        var heights = new Dictionary<int, double>();
        void Need(int row, double height) => heights[row] = Math.Max(heights.GetValueOrDefault(row, LineHeight), Math.Min(MaxRowHeight, height));

        foreach (var (row, column, text) in _texts) Need(row, Lines(text, Width(column)) * LineHeight + 2);
        foreach (var (range, text) in _wrapped)
        {
            var width = Enumerable.Range(range.FirstColumn().ColumnNumber(), range.ColumnCount()).Sum(Width);
            Need(range.FirstRow().RowNumber(), Lines(text, width) * LineHeight + 3);
        }
        foreach (var (row, block) in _headers)
        {
            double height = LineHeight;
            for (var c = 0; c < block.Columns.Count; c++)
            {
                var header = block.Columns[c].Header;
                height = Math.Max(height, block.UprightHeaders && Formats.IsNumeric(block.Columns[c].Format)
                    ? Math.Min(header.Length, UprightLine) * 6.2 + 10
                    : HeaderLines(header, Width(FirstColumnOf(row, block) + c), Formats.IsNumeric(block.Columns[c].Format)) * LineHeight + 3);
            }
            Need(row, height);
        }
        foreach (var (row, height) in heights) if (height > LineHeight) Sheet.Row(row).Height = Math.Ceiling(height);

        if (_freezeRows > 0 && _freezeColumns > 0) Sheet.SheetView.Freeze(_freezeRows, _freezeColumns);
        else if (_freezeRows > 0) Sheet.SheetView.FreezeRows(_freezeRows);
        var page = Sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = _widths.Values.Sum() > 100 ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.6;
        page.Margins.Header = page.Margins.Footer = 0.3;
        if (_repeatRow is { } repeat) page.SetRowsToRepeatAtTop(repeat, repeat);
        page.Header.Left.AddText(reportTitle.Replace("&", "&&", StringComparison.Ordinal));
        page.Footer.Left.AddText("&A");
        page.Footer.Right.AddText("Page &P of &N");
    }

    private int FirstColumnOf(int headerRow, TableBlock block) =>
        Sheet.Tables.First(t => t.Name == block.Name).RangeAddress.FirstAddress.ColumnNumber;

    /// <summary>
    /// Lines a wrapped text takes in a column this wide. A unit of width is one digit of Calibri 11; an
    /// average letter is narrower (about 1.35 fit); 1.25 per unit, less the padding, leaves room for wider text.
    /// </summary>
    internal static int Lines(string text, double width) => LinesOf(text, Math.Max(1, (int)((width - 2) * 1.25)));

    /// <summary>Lines of a header: bold text is wider, and a number's header is indented.</summary>
    private static int HeaderLines(string header, double width, bool indented) =>
        LinesOf(header, Math.Max(1, (int)((width - 1 - (indented ? 2 : 0)) * 1.1)));

    /// <summary>Characters an upright header holds in one line: long headers wrap into a second line beside the first.</summary>
    private const int UprightLine = 24;

    /// <summary>Lines a text takes at <paramref name="perLine"/> characters a line, breaking between words.</summary>
    internal static int LinesOf(string text, int perLine)
    {
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            // Words do not break: count line by line.
            var used = 0;
            var count = 1;
            foreach (var word in paragraph.Split(' '))
            {
                var need = used == 0 ? word.Length : used + 1 + word.Length;
                if (need <= perLine) used = need;
                else
                {
                    count += used == 0 ? 0 : 1;
                    used = word.Length;
                    while (used > perLine) { count++; used -= perLine; }
                }
            }
            lines += count;
        }
        return Math.Max(1, lines);
    }
}
