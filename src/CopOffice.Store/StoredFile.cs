namespace CopOffice.Store;

/// <summary>
/// A file in a store. <see cref="Path"/> is relative to the store's root, with '/' separators;
/// <see cref="Version"/> changes whenever the content does (a SharePoint cTag, a local size and time).
/// </summary>
public sealed record StoredFile(string Id, string Path, long Size, DateTimeOffset LastModified)
{
    public string? Version { get; init; }
    public string? WebUrl { get; init; }

    public string Name => System.IO.Path.GetFileName(Path);
}
