using System.Runtime.CompilerServices;

namespace CopOffice.Store;

/// <summary>
/// One folder of another store seen as a store of its own: the service keeps submissions in "intake"
/// and reports in "reports" of one library, and a report run must read the one and write the other.
/// Who can read the folder, and sharing its files, are the other store's, where it can tell and share.
/// </summary>
public sealed class SubfolderStore(IDocumentStore inner, string folder) : IDocumentStore, IPrivateFolder, IFileSharing
{
    private readonly string _prefix = folder.Trim('/') + "/";

    public string Description => $"{inner.Description.TrimEnd('/')}/{_prefix.TrimEnd('/')}";

    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var file in inner.ListAsync(cancellationToken))
            if (file.Path.StartsWith(_prefix, StringComparison.Ordinal))
                yield return file with { Path = file.Path[_prefix.Length..] };
    }

    public Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default) =>
        inner.OpenReadAsync(file with { Path = _prefix + file.Path }, cancellationToken);

    public int MaxConcurrentReads => inner.MaxConcurrentReads;

    public int MaxConcurrentWrites => inner.MaxConcurrentWrites;

    public DateTimeOffset? ThrottledUntil => inner.ThrottledUntil;

    public async Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var published = await inner.PublishAsync(_prefix + path.TrimStart('/'), content, cancellationToken);
        return published with { Path = published.Path.StartsWith(_prefix, StringComparison.Ordinal) ? published.Path[_prefix.Length..] : published.Path };
    }

    public Task<IReadOnlyList<FolderReader>> ReadersAsync(string folder, CancellationToken cancellationToken = default) =>
        inner is IPrivateFolder access
            ? access.ReadersAsync((_prefix + folder.Trim('/')).TrimEnd('/'), cancellationToken)
            : Task.FromResult<IReadOnlyList<FolderReader>>([]);

    public bool CanShare => inner is IFileSharing { CanShare: true };

    public Task<int> ShareWithAsync(StoredFile file, IReadOnlyList<string> people, string? invitation, bool alone, CancellationToken cancellationToken = default) =>
        inner is IFileSharing sharing
            ? sharing.ShareWithAsync(file with { Path = _prefix + file.Path }, people, invitation, alone, cancellationToken)
            : throw new NotSupportedException($"{inner.Description} cannot share files.");
}
