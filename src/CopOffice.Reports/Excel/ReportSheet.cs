using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>
/// One sheet of a report, written top to bottom: a title, sections, notes, tables and charts.
/// Column widths are computed from what the tables hold (ClosedXML's AdjustToContents needs GDI+,
/// which Linux lacks), row heights from wrapped text, and the sheet prints to one page wide.
/// </summary>
internal sealed class ReportSheet
{
    /// <summary>Column A is a narrow margin; blocks start in column B.</summary>
    public const int FirstColumn = 2;

    private const double LineHeight = 15;
    private const double MaxRowHeight = 409;

    private readonly ReportBook _book;
    private readonly Dictionary<int, double> _widths = [];
    private readonly List<(IXLRange Range, string Text)> _wrapped = [];
    private readonly List<(int Row, int Column, int Span, string Text, double Base)> _texts = [];
    private readonly List<(int Row, TableBlock Block)> _headers = [];
    private int? _repeatRow;
    private int _freezeRows;
    private int _freezeColumns;

    public ReportSheet(ReportBook book, string name, string title, string subtitle, string description)
    {
        _book = book;
        Name = name;
        Description = description;
        Sheet = book.Workbook.AddWorksheet(name);
        Sheet.ShowGridLines = false;
        Sheet.Style.Font.FontName = "Calibri";
        Sheet.Style.Font.FontSize = 11;
        Sheet.Column(1).Width = 2;

        var heading = Sheet.Cell(1, FirstColumn);
        heading.SetValue(CellText.Clean(title));
        heading.Style.Font.FontSize = 16;
        heading.Style.Font.Bold = true;
        heading.Style.Font.FontColor = Palette.Heading;
        Sheet.Row(1).Height = 24;
        var sub = Sheet.Cell(2, FirstColumn);
        sub.SetValue(CellText.Clean(subtitle));
        sub.Style.Font.FontColor = Palette.Muted;
        Row = 4;
    }

    public string Name { get; }

    /// <summary>What the sheet shows, for the contents on the "About" sheet.</summary>
    public string Description { get; }

    /// <summary>The tables on the sheet, in order.</summary>
    public List<string> Tables { get; } = [];

    public IXLWorksheet Sheet { get; }

    /// <summary>The next free row.</summary>
    public int Row { get; set; }

    /// <summary>Tables and charts placed so far may not extend right of this column when a chart sits beside them.</summary>
    public void Skip(int rows = 1) => Row += rows;

    public void Section(string heading)
    {
        var cell = Sheet.Cell(Row, FirstColumn);
        cell.SetValue(heading);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 13;
        cell.Style.Font.FontColor = Palette.Heading;
        Sheet.Row(Row).Height = 20;
        Row++;
    }

    /// <summary>A wrapped, muted note across <paramref name="span"/> columns; its height follows the columns' final widths.</summary>
    public void Note(string text, int span = 6, bool muted = true)
    {
        var range = Sheet.Range(Row, FirstColumn, Row, FirstColumn + span - 1);
        range.Merge();
        var cell = range.FirstCell();
        cell.SetValue(CellText.Clean(text));
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (muted)
        {
            cell.Style.Font.Italic = true;
            cell.Style.Font.FontColor = Palette.Muted;
        }
        _wrapped.Add((range, cell.GetString()));
        Row++;
    }

    /// <summary>Writes the table at the current row; <paramref name="main"/> freezes the rows down to its header and repeats the header on printed pages.</summary>
    public PlacedTable Table(TableBlock block, bool main = false, int? column = null)
    {
        var first = column ?? FirstColumn;
        var header = Row;
        var placed = new PlacedTable(block, Name, header, first);
        for (var c = 0; c < block.Columns.Count; c++)
        {
            var cell = Sheet.Cell(header, first + c);
            cell.SetValue(block.Columns[c].Header);
        }
        // Column styles first: a cell with a format of its own (Formatted) then keeps it.
        Style(block, placed);
        var r = header + 1;
        foreach (var row in block.Rows)
        {
            for (var c = 0; c < block.Columns.Count; c++) Write(Sheet.Cell(r, first + c), row.Cells[c], block.Columns[c], r, first + c);
            r++;
        }
        var last = placed.LastRow;
        var table = Sheet.Range(header, first, last, first + block.Columns.Count - 1).CreateTable(block.Name);
        table.Theme = XLTableTheme.TableStyleLight1;
        table.ShowRowStripes = false;
        table.ShowAutoFilter = true;
        Demand(block, first);
        _headers.Add((header, block));
        Tables.Add(block.Name);
        if (main)
        {
            _freezeRows = header;
            // Wide tables scroll right: their first column (what the row is about) stays in view.
            _freezeColumns = block.Columns.Count > 8 ? first : 0;
            _repeatRow = header;
        }
        Row = last + 2;
        return placed;
    }

    /// <summary>A native chart at the current row (or where given), <paramref name="columns"/> × <paramref name="rows"/> cells.</summary>
    public void Chart(string title, ChartKind kind, IReadOnlyList<ChartSeries> series, int columns, int rows, int? atRow = null, int? atColumn = null,
        double? min = null, double? max = null, string numberFormat = "0.0")
    {
        var row = atRow ?? Row;
        var column = atColumn ?? FirstColumn;
        _book.Charts.Add(new ChartSpec(Name, title, kind, series, column - 1, row - 1, columns, rows) { AxisMin = min, AxisMax = max, NumberFormat = numberFormat });
        if (atRow is null) Row = row + rows + 1;
    }

    /// <summary>Writes a number outside a table (the 2×2 grid's scores), exactly.</summary>
    public void Number(IXLCell cell, double value)
    {
        cell.SetValue(value);
        _book.Exact.Note(Name, cell.Address.ToString()!, value);
    }

    /// <summary>Asks for a column to be at least this wide (for blocks that are not tables, such as the value matrix grid).</summary>
    public void Widen(int column, double width) => _widths[column] = Math.Max(_widths.GetValueOrDefault(column), width);

    private void Write(IXLCell cell, object? value, ReportColumn column, int row, int col)
    {
        var format = column.Format;
        if (value is Formatted formatted)
        {
            value = formatted.Value;
            format = formatted.Format;
            cell.Style.NumberFormat.Format = format == Format.Amount && value is decimal d ? Formats.AmountCode(d) : Formats.Code(format);
            if (Formats.IsNumeric(format))
            {
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                cell.Style.Alignment.Indent = 1;
            }
        }
        switch (value)
        {
            case null:
                return;
            case string text:
                // SetValue(string) stores text as text: never a formula, never converted to a number.
                var clean = CellText.Clean(text);
                cell.SetValue(clean);
                if (clean.Length > 8 || clean.Contains('\n')) _texts.Add((row, col, 1, clean, 0));
                return;
            case int i:
                cell.SetValue(i);
                return;
            case double x:
                cell.SetValue(x);
                _book.Exact.Note(Name, cell.Address.ToString()!, x);
                return;
            case decimal m:
                cell.SetValue(m);
                if (format == Format.Amount) cell.Style.NumberFormat.Format = Formats.AmountCode(m);
                return;
            case bool b:
                cell.SetValue(b);
                return;
            default:
                throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.");
        }
    }

    private void Style(TableBlock block, PlacedTable placed)
    {
        var header = Sheet.Range(placed.HeaderRow, placed.FirstColumn, placed.HeaderRow, placed.LastColumn);
        header.Style.Fill.BackgroundColor = Palette.HeaderFill;
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
        data.Style.Border.BottomBorderColor = Palette.Rule;
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
                        row.Cell(1, c + 1).Style.Fill.BackgroundColor = Palette.WithheldFill;
                if (note is { } n)
                {
                    row.Cell(1, n + 1).Style.Font.Italic = true;
                    row.Cell(1, n + 1).Style.Font.FontColor = Palette.Muted;
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
                    .Border.SetTopBorder(XLBorderStyleValues.Thin).Border.SetTopBorderColor(Palette.GroupRule);
        }
        foreach (var fade in block.Highlights.OfType<FadeRepeats>())
        {
            // Relative to the range's first cell: "this row's first cell equals the one above".
            var first = Sheet.Cell(placed.FirstDataRow, placed.FirstColumn).Address;
            var above = Sheet.Cell(placed.HeaderRow, placed.FirstColumn).Address;
            Sheet.Range(placed.FirstDataRow, placed.FirstColumn, placed.LastRow, placed.FirstColumn + fade.Count - 1).AddConditionalFormat()
                .WhenIsTrue($"=${first.ColumnLetter}{first.RowNumber}=${above.ColumnLetter}{above.RowNumber}")
                .Font.SetFontColor(Palette.Faded);
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
                            .Minimum(XLCFContentType.Number, scale.Low, Palette.LowColour)
                            .Midpoint(XLCFContentType.Number, scale.Middle, Palette.MiddleColour)
                            .Maximum(XLCFContentType.Number, scale.High, Palette.HighColour);
                        break;
                    case ZeroAlert:
                        range.AddConditionalFormat().WhenEquals(0).Fill.SetBackgroundColor(Palette.Gap);
                        break;
                    case Shading:
                        range.AddConditionalFormat().ColorScale()
                            .Minimum(XLCFContentType.Number, 0, XLColor.White)
                            .HighestValue(Palette.Shade);
                        break;
                    case DataBars bars:
                        range.AddConditionalFormat().DataBar(Palette.Bar, false)
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

        foreach (var (row, column, span, text, _) in _texts) Need(row, Lines(text, Width(column)) * LineHeight + 2);
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
