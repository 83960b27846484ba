namespace CopOffice.Store.SharePoint.Listing;

/// <summary>
/// The files below a store's folder after a sync, and what changed since the previous sync.
/// <see cref="Files"/> is always complete and the same whether the sync was full or incremental;
/// <see cref="Changed"/> and <see cref="Removed"/> let the caller skip unchanged workbooks. A cache of
/// parsed responses is keyed by <see cref="StoredFile.Id"/> and <see cref="StoredFile.Version"/> (the
/// cTag): a file whose id and version are cached needs no download, whatever this sync reports.
/// </summary>
/// <param name="Files">Every file below the folder, by path.</param>
/// <param name="Changed">The files that are new or whose content changed since the previous sync (all of them after a full sync).</param>
/// <param name="Removed">The files of the previous sync that are gone (deleted, or moved out of the folder).</param>
/// <param name="IsFull">True when the folder was listed in full: the first run, a lost or unreadable state file, or a delta link SharePoint no longer accepts.</param>
/// <param name="FullReason">Why the sync was full, for a person; null for an incremental sync.</param>
/// <param name="StateFile">Where the delta link and the versions are kept; null when incremental state is off.</param>
public sealed record FolderSnapshot(
    IReadOnlyList<StoredFile> Files,
    IReadOnlyList<StoredFile> Changed,
    IReadOnlyList<StoredFile> Removed,
    bool IsFull,
    string? FullReason,
    string? StateFile)
{
    /// <summary>
    /// The pre-authenticated download address SharePoint gave with each file this sync listed or saw change,
    /// by id: valid about an hour, so kept in memory for this run only, never in the state file or a log.
    /// </summary>
    public IReadOnlyDictionary<string, Uri> DownloadUrls { get; init; } = new Dictionary<string, Uri>();
}
