namespace CopOffice.Store;

/// <summary>
/// Where the pipeline reads filled workbooks from and publishes reports to: a local folder or a
/// SharePoint document library. Both honour the same contract.
/// </summary>
public interface IDocumentStore
{
    /// <summary>A description for messages, without secrets: a folder path or a library URL.</summary>
    string Description { get; }

    /// <summary>Every file under the store's root, recursively, in a stable order (by path).</summary>
    IAsyncEnumerable<StoredFile> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The content of a file listed by <see cref="ListAsync"/>.</summary>
    Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> (relative, '/' separators) so that
    /// no reader ever sees a half-written file: written under a temporary name, then moved into place,
    /// replacing an existing file (and, where the store keeps versions, adding one).
    /// </summary>
    Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default);
}
