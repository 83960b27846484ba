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

    /// <summary>
    /// The content of a file listed by <see cref="ListAsync"/>. Throws <see cref="DocumentUnavailableException"/>
    /// when this one file cannot be read: the caller rejects it with the reason and goes on.
    /// </summary>
    Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many <see cref="OpenReadAsync"/> calls a reader may have in flight at once. A local disk is read as
    /// fast as the cores judge what it holds; a store across a network waits on round trips, not on cores, and
    /// says how many downloads it takes at once.
    /// </summary>
    int MaxConcurrentReads => Environment.ProcessorCount;

    /// <summary>
    /// Until when every request to the store waits because its service asked it to slow down (SharePoint's
    /// 429 or 503 with Retry-After); null when none does. For a progress line: a run that seems stalled says why.
    /// </summary>
    DateTimeOffset? ThrottledUntil => null;

    /// <summary>How many <see cref="PublishAsync"/> calls a writer may have in flight at once; one unless the store says more.</summary>
    int MaxConcurrentWrites => 1;

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> (relative, '/' separators) so that
    /// no reader ever sees a half-written file, replacing an existing file (and, where the store keeps
    /// versions, adding one). A local folder writes a temporary file and moves it into place; SharePoint
    /// commits an upload only once its last byte has arrived, as a new version of the same item.
    /// </summary>
    Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default);
}
