namespace CopOffice.Reports.Excel;

/// <summary>A column of a streamed table: its header and the width it opens with.</summary>
public sealed record StreamingColumn(string Header, double Width = 16);

/// <summary>
/// One sheet holding one Excel table, written row by row. Cells may be string, number, bool,
/// DateTime/DateTimeOffset (written as dates) or null.
/// </summary>
public sealed record StreamingTable(string Sheet, string TableName, IReadOnlyList<StreamingColumn> Columns, IEnumerable<object?[]> Rows);
