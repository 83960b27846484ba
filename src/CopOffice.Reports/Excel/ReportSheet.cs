using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>
/// One sheet of a report, written top to bottom: a title, sections, notes, tables and charts.
/// Column widths are computed from what the tables hold (ClosedXML's AdjustToContents needs GDI+,
/// which Linux lacks), row heights from wrapped text, and the sheet prints to one page wide.
/// </summary>
internal sealed partial class ReportSheet
{
    /// <summary>Column A is a narrow margin; blocks start in column B.</summary>
    public const int FirstColumn = 2;

    private const double LineHeight = 15;
    private const double MaxRowHeight = 409;

    private readonly ReportBook _book;
    private readonly Dictionary<int, double> _widths = [];
    private readonly List<(IXLRange Range, string Text)> _wrapped = [];
    private readonly List<(int Row, int Column, string Text)> _texts = [];
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
        // The first sheet (the summary) stands out; the About sheet recedes.
        if (book.Sheets.Count == 0) Sheet.TabColor = ReportPalette.Heading;
        else if (name == Blocks.AboutSheet.Name) Sheet.TabColor = ReportPalette.Rule;
        Sheet.Style.Font.FontName = "Calibri";
        Sheet.Style.Font.FontSize = 11;
        Sheet.Column(1).Width = 2;

        var heading = Sheet.Cell(1, FirstColumn);
        heading.SetValue(book.Text(title));
        heading.Style.Font.FontSize = 16;
        heading.Style.Font.Bold = true;
        heading.Style.Font.FontColor = ReportPalette.Heading;
        Sheet.Row(1).Height = 24;
        var sub = Sheet.Cell(2, FirstColumn);
        sub.SetValue(book.Text(subtitle));
        sub.Style.Font.FontColor = ReportPalette.Muted;
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
        cell.Style.Font.FontColor = ReportPalette.Heading;
        Sheet.Row(Row).Height = 20;
        Row++;
    }

    /// <summary>A wrapped, muted note across <paramref name="span"/> columns; its height follows the columns' final widths.</summary>
    public void Note(string text, int span = 6, bool muted = true)
    {
        var range = Sheet.Range(Row, FirstColumn, Row, FirstColumn + span - 1);
        range.Merge();
        var cell = range.FirstCell();
        cell.SetValue(_book.Text(text));
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (muted)
        {
            cell.Style.Font.Italic = true;
            cell.Style.Font.FontColor = ReportPalette.Muted;
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
        double? min = null, double? max = null, string numberFormat = "0.0", double? xMin = null, double? xMax = null)
    {
        var row = atRow ?? Row;
        var column = atColumn ?? FirstColumn;
        _book.Charts.Add(new ChartSpec(Name, title, kind, series, column - 1, row - 1, columns, rows)
        { AxisMin = min, AxisMax = max, NumberFormat = numberFormat, XAxisMin = xMin, XAxisMax = xMax });
        if (atRow is null) Row = row + rows + 1;
    }

    /// <summary>Offers <paramref name="choices"/> as a dropdown in a table's column, for the one column a reader keeps (a status).</summary>
    public void Choices(PlacedTable placed, string header, IReadOnlyList<string> choices)
    {
        var column = placed.FirstColumn + placed.Block.Column(header);
        var validation = Sheet.Range(placed.FirstDataRow, column, placed.LastRow, column).SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.List($"\"{string.Join(",", choices)}\"", true);
        validation.ErrorTitle = header;
        validation.ErrorMessage = $"Choose one of: {string.Join(", ", choices)}.";
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
                var clean = _book.Text(text);
                cell.SetValue(clean);
                if (clean.Length > 8 || clean.Contains('\n')) _texts.Add((row, col, clean));
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
}
