namespace CopOffice.Responses;

/// <summary>
/// One input of the ledger: a file, or one row of a Forms response workbook. <see cref="Path"/> is the
/// file's path relative to the store it came from; <see cref="WebUrl"/> links to it where the store has links.
/// </summary>
public sealed record Source(string Path)
{
    public int? Row { get; init; }
    public string? RowId { get; init; }
    public string? WebUrl { get; init; }
    /// <summary>When the store last saw the file change: the tie-breaker when no completion time is known.</summary>
    public DateTimeOffset? FileTime { get; init; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public Location Location => new(Path) { Row = Row, RowId = RowId };

    public override string ToString() => Row is null ? Path : RowId is null ? $"{Path}, row {Row}" : $"{Path}, row {Row} (response id {RowId})";
}
