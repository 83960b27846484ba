namespace CopOffice.Responses;

/// <summary>
/// Where a person goes to see a finding: the file, and as far as known the sheet, the cell,
/// the defined name of the answer, or the row of a Forms export (with the Forms response id).
/// </summary>
public sealed record Location(string File)
{
    public string? Sheet { get; init; }
    public string? Cell { get; init; }
    public string? Name { get; init; }
    public int? Row { get; init; }
    public string? RowId { get; init; }

    public Location At(string? sheet, string? cell, string? name = null) => this with { Sheet = sheet, Cell = cell, Name = name };

    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add(Cell is null ? $"sheet '{Sheet}'" : $"{Sheet}!{Cell}");
        else if (Cell is not null) parts.Add(Cell);
        if (Row is not null) parts.Add(RowId is null ? $"row {Row}" : $"row {Row} (response id {RowId})");
        if (Name is not null) parts.Add(Name);
        return string.Join(", ", parts);
    }
}
