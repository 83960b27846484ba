using System.Runtime.CompilerServices;
using CopOffice.Store;

namespace CopOffice.Service.Summaries;

/// <summary>The part of a store under one folder (the intake folder), so summaries read submissions and not published reports.</summary>
public sealed class IntakeFolder(IDocumentStore store, string folder) : IDocumentStore
{
    private readonly string _prefix = folder.Trim('/') + "/";

    public string Description => $"{store.Description} ({_prefix})";

    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var file in store.ListAsync(cancellationToken))
            if (file.Path.StartsWith(_prefix, StringComparison.Ordinal)) yield return file;
    }

    public Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default) => store.OpenReadAsync(file, cancellationToken);

    public Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default) =>
        store.PublishAsync(_prefix + path.TrimStart('/'), content, cancellationToken);
}
