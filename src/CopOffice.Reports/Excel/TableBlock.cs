namespace CopOffice.Reports.Excel;

/// <summary>
/// A column of a report table. <see cref="Width"/> fixes the width of a wrapped column; other columns
/// are as wide as their header and values need, within <see cref="MaxWidth"/>.
/// </summary>
internal sealed record ReportColumn(string Header, Format Format = Format.Text, double? Width = null)
{
    public double MaxWidth { get; init; } = 48;
}

/// <summary>How a row looks: a withheld row is shaded, a leading row (the organisation as benchmark) is bold, a row opening a group has a rule above.</summary>
[Flags]
internal enum RowLook { Normal = 0, Withheld = 1, Leading = 2, OpensGroup = 4 }

internal sealed record TableRow(object?[] Cells, RowLook Look);

/// <summary>A conditional format over some columns of a table's data: a 3-colour scale on fixed points, or data bars between fixed ends.</summary>
internal abstract record Highlight(IReadOnlyList<int> Columns);

internal sealed record ColourScale(IReadOnlyList<int> Columns, double Low, double Middle, double High) : Highlight(Columns);

/// <summary>A 2-colour scale from white at 0 to blue at the highest value, for counts.</summary>
internal sealed record Shading(IReadOnlyList<int> Columns) : Highlight(Columns);

/// <summary>
/// A rule above each row whose <paramref name="Column"/> differs from the row above's (a new story, a new
/// file): one conditional format, where a border per row would cost a style per row in a long table.
/// </summary>
internal sealed record RuleOnChange(int Column) : Highlight([]);

/// <summary>Marks the zeros of some columns (a gap in a coverage grid) with a soft red fill.</summary>
internal sealed record ZeroAlert(IReadOnlyList<int> Columns) : Highlight(Columns);

/// <summary>Fades a row's first <paramref name="Count"/> cells when the first equals the row above's: a story's answers under its header row.</summary>
internal sealed record FadeRepeats(int Count) : Highlight([]);

internal sealed record DataBars(IReadOnlyList<int> Columns, double Low, double High) : Highlight(Columns);

/// <summary>A cell value with a number format of its own (a matrix whose rows differ in kind).</summary>
internal sealed record Formatted(object Value, Format Format);

/// <summary>
/// One data block of a report: an Excel table with a stable name and columns (src/CopOffice.Reports/README.md lists
/// them). Cells are text (always written as text, never as a formula), numbers or blank. A withheld
/// figure is a blank cell; the table's "Note" column says why.
/// </summary>
internal sealed class TableBlock(string name, IReadOnlyList<ReportColumn> columns)
{
    private readonly List<TableRow> _rows = [];
    private readonly List<Highlight> _highlights = [];

    public string Name { get; } = name;
    public IReadOnlyList<ReportColumn> Columns { get; } = columns;
    public IReadOnlyList<TableRow> Rows => _rows;
    public IReadOnlyList<Highlight> Highlights => _highlights;

    /// <summary>Headers turned upright, for grids of many narrow columns (heat maps).</summary>
    public bool UprightHeaders { get; init; }

    public TableBlock Add(params object?[] cells) => Add(RowLook.Normal, cells);

    public TableBlock Add(RowLook look, params object?[] cells)
    {
        if (cells.Length != Columns.Count)
            throw new ArgumentException($"Table {Name}: a row has {cells.Length} cells for {Columns.Count} columns.");
        _rows.Add(new TableRow(cells, look));
        return this;
    }

    public int Column(string header)
    {
        for (var c = 0; c < Columns.Count; c++) if (Columns[c].Header == header) return c;
        throw new KeyNotFoundException($"Table {Name} has no column '{header}'.");
    }

    /// <summary>The scores' colour scale (<see cref="ReportPalette.ScoreLow"/> red, 3 yellow, <see cref="ReportPalette.ScoreHigh"/> green) on these columns.</summary>
    public TableBlock Scores(params string[] headers) => Scale(ReportPalette.ScoreLow, ReportPalette.ScoreMiddle, ReportPalette.ScoreHigh, headers);

    public TableBlock Scores(IEnumerable<int> columns) => Scale(ReportPalette.ScoreLow, ReportPalette.ScoreMiddle, ReportPalette.ScoreHigh, columns);

    public TableBlock Scale(double low, double middle, double high, params string[] headers)
    {
        _highlights.Add(new ColourScale([.. headers.Select(Column)], low, middle, high));
        return this;
    }

    public TableBlock Scale(double low, double middle, double high, IEnumerable<int> columns)
    {
        _highlights.Add(new ColourScale([.. columns], low, middle, high));
        return this;
    }

    public TableBlock Shade(IEnumerable<int> columns)
    {
        _highlights.Add(new Shading([.. columns]));
        return this;
    }

    public TableBlock Alert(IEnumerable<int> columns)
    {
        _highlights.Add(new ZeroAlert([.. columns]));
        return this;
    }

    public TableBlock RuleWhenChanges(string header)
    {
        _highlights.Add(new RuleOnChange(Column(header)));
        return this;
    }

    public TableBlock Fade(int count)
    {
        _highlights.Add(new FadeRepeats(count));
        return this;
    }

    public TableBlock Bars(double low, double high, params string[] headers)
    {
        _highlights.Add(new DataBars([.. headers.Select(Column)], low, high));
        return this;
    }
}
