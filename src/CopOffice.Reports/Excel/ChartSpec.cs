namespace CopOffice.Reports.Excel;

internal enum ChartKind { Column, Bar, Line, Scatter }

/// <summary>
/// A series: its name and the sheet ranges of its categories and values, with the values they hold; where given, the
/// range of each value's margin (half its 95% interval), drawn as error bars.
/// </summary>
internal sealed record ChartSeries(string Name, string CategoriesRange, IReadOnlyList<string> Categories, string ValuesRange, IReadOnlyList<double?> Values)
{
    public string? MarginsRange { get; init; }
    public IReadOnlyList<double?> Margins { get; init; } = [];

    /// <summary>A scatter chart's x values (its y values are <see cref="Values"/>); categories are not used there.</summary>
    public string? XRange { get; init; }
    public IReadOnlyList<double?> XValues { get; init; } = [];
}

/// <summary>
/// A native Excel chart to add to a saved workbook: on <see cref="Sheet"/>, anchored from the top-left
/// cell (zero-based column and row) over a number of columns and rows.
/// </summary>
internal sealed record ChartSpec(string Sheet, string Title, ChartKind Kind, IReadOnlyList<ChartSeries> Series, int FromColumn, int FromRow, int Columns, int Rows)
{
    public double? AxisMin { get; init; }
    public double? AxisMax { get; init; }
    /// <summary>A scatter chart's x axis bounds.</summary>
    public double? XAxisMin { get; init; }
    public double? XAxisMax { get; init; }
    public string NumberFormat { get; init; } = "0.0";
}
