namespace CopOffice.Reports.Excel;

/// <summary>Where a table landed on its sheet: what charts refer to.</summary>
internal sealed record PlacedTable(TableBlock Block, string Sheet, int HeaderRow, int FirstColumn)
{
    public int FirstDataRow => HeaderRow + 1;

    public int LastRow => HeaderRow + Math.Max(Block.Rows.Count, 1);

    public int LastColumn => FirstColumn + Block.Columns.Count - 1;

    /// <summary>The absolute address of a column's data cells, rows <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of the data (zero-based).</summary>
    public string Range(string header, int from = 0, int? count = null)
    {
        var column = StreamingWorkbook.ColumnName(FirstColumn - 1 + Block.Column(header));
        var last = from + (count ?? Block.Rows.Count - from) - 1;
        return $"'{Sheet.Replace("'", "''", StringComparison.Ordinal)}'!${column}${FirstDataRow + from}:${column}${FirstDataRow + last}";
    }

    public IReadOnlyList<string> Texts(string header, int from = 0, int? count = null) =>
        [.. Slice(from, count).Select(r => r.Cells[Block.Column(header)] switch { null => "", string s => s, var v => v.ToString() ?? "" })];

    public IReadOnlyList<double?> Numbers(string header, int from = 0, int? count = null) =>
        [.. Slice(from, count).Select(r => r.Cells[Block.Column(header)] switch
        {
            double d => d,
            int i => (double?)i,
            decimal m => (double)m,
            Formatted { Value: double d } => d,
            _ => null,
        })];

    /// <summary>
    /// A chart series named <paramref name="name"/>: the <paramref name="categories"/> column against the <paramref name="values"/> column, over the
    /// same rows; with <paramref name="margins"/>, that column's margins as error bars.
    /// </summary>
    public ChartSeries Series(string name, string categories, string values, int from = 0, int? count = null, string? margins = null) =>
        new(name, Range(categories, from, count), Texts(categories, from, count), Range(values, from, count), Numbers(values, from, count))
        {
            MarginsRange = margins is null ? null : Range(margins, from, count),
            Margins = margins is null ? [] : Numbers(margins, from, count),
        };

    /// <summary>A scatter series named <paramref name="name"/>: the <paramref name="x"/> column against the <paramref name="y"/> column, over the same rows.</summary>
    public ChartSeries Points(string name, string x, string y, int from = 0, int? count = null) =>
        new(name, Range(x, from, count), [], Range(y, from, count), Numbers(y, from, count)) { XRange = Range(x, from, count), XValues = Numbers(x, from, count) };

    private IEnumerable<TableRow> Slice(int from, int? count) => Block.Rows.Skip(from).Take(count ?? Block.Rows.Count - from);
}
