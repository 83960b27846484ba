namespace CopOffice.Store;

/// <summary>
/// A store that can say who can open its folders. Individual data (personal workbooks, the ledger) is
/// published only into a folder whose <see cref="ReadersAsync"/> is empty: owners alone.
/// </summary>
public interface IPrivateFolder
{
    /// <summary>
    /// Everyone beyond the owners (and CopOffice itself) who can read <paramref name="folder"/> (relative,
    /// '/' separators, "" for the store's own folder), its inherited access included. A folder that does
    /// not exist yet is judged by the nearest folder above it, whose access it will inherit.
    /// </summary>
    Task<IReadOnlyList<FolderReader>> ReadersAsync(string folder, CancellationToken cancellationToken = default);
}
