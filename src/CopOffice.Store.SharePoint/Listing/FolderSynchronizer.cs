using CopOffice.Store.SharePoint.Graph;
using CopOffice.Store.SharePoint.Locations;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Children;
using Microsoft.Graph.Drives.Item.Items.Item.Delta;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopOffice.Store.SharePoint.Listing;

/// <summary>
/// Lists a library folder: in full by walking its children (paged with @odata.nextLink), or
/// incrementally by applying the drive's delta since the saved delta link. SharePoint offers delta only
/// on a drive's root, so the delta covers the whole library and is filtered to the folder here by
/// following parent ids (delta answers carry no paths).
/// </summary>
internal sealed class FolderSynchronizer(GraphConnection connection, SharePointStoreOptions options)
{
    // Every loop over Graph pages is bounded: a server that keeps answering with a next link cannot keep us.
    private const int MaxPages = 100_000;
    private const string DownloadUrlField = "@microsoft.graph.downloadUrl";
    private static readonly string[] ChildFields = ["id", "name", "size", "file", "folder", "cTag", "eTag", "webUrl", "lastModifiedDateTime", "parentReference", DownloadUrlField];

    // Each file's pre-authenticated download address as listed this sync (children pages and delta entries).
    private readonly Dictionary<string, Uri> _downloadUrls = new(StringComparer.Ordinal);

    private GraphServiceClient Client => connection.Client;

    public async Task<FolderSnapshot> SyncAsync(LibraryFolder folder, CancellationToken cancellationToken)
    {
        var statePath = options.StateFolder is null ? null : SyncState.PathFor(options.StateFolder, connection.Settings.BaseUrl, folder.DriveId, folder.FolderId);
        var (previous, whyFull) = statePath is null ? (null, "incremental state is off") : SyncState.Load(statePath, folder.DriveId, folder.FolderId);

        Dictionary<string, TrackedItem>? items = null;
        string? deltaLink = null;
        if (previous is not null)
        {
            try
            {
                var (changes, link) = await ReadDeltaAsync(previous.DeltaLink, cancellationToken);
                items = previous.Items.ToDictionary(i => i.Id);
                foreach (var added in Apply(changes, items, folder.FolderId))
                    await TraverseAsync(folder.DriveId, added, items, cancellationToken);
                deltaLink = link;
            }
            catch (ODataError e) when (e.ResponseStatusCode == 410)
            {
                // resyncRequired: the delta link expired or the library was restored. Start over.
                items = null;
                whyFull = "SharePoint no longer accepts the saved delta link (410: resync required)";
            }
        }
        var full = items is null;
        if (items is null)
        {
            // The link for "now" is taken before the walk, so whatever changes during the walk shows up next time.
            deltaLink = statePath is null ? null : await LatestDeltaLinkAsync(folder.DriveId, cancellationToken);
            items = [];
            await TraverseAsync(folder.DriveId, folder.FolderId, items, cancellationToken);
        }
        Prune(items, folder.FolderId);

        var files = Files(items, folder.FolderId);
        var before = previous is null ? [] : Files(previous.Items.ToDictionary(i => i.Id), folder.FolderId).ToDictionary(f => f.Id);
        var now = files.Select(f => f.Id).ToHashSet();
        var changed = files.Where(f => !before.TryGetValue(f.Id, out var old) || old.Version != f.Version).ToList();
        var removed = before.Values.Where(f => !now.Contains(f.Id)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        if (statePath is not null)
        {
            var state = new SyncState
            {
                Folder = folder.ToString(),
                DriveId = folder.DriveId,
                FolderId = folder.FolderId,
                DeltaLink = deltaLink!,
                SavedAt = DateTimeOffset.UtcNow,
                Items = items.Values.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(),
            };
            try
            {
                state.Save(statePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"The incremental state for {folder} could not be saved to {statePath} ({e.Message}). Set Graph:StateFolder to a folder CopOffice may write to.", e);
            }
        }
        return new FolderSnapshot(files, changed, removed, full, full ? whyFull : null, statePath) { DownloadUrls = _downloadUrls };
    }

    /// <summary>Walks <paramref name="folderId"/> and every folder below it, page by page, into <paramref name="items"/>.</summary>
    private async Task TraverseAsync(string driveId, string folderId, Dictionary<string, TrackedItem> items, CancellationToken cancellationToken)
    {
        var queue = new Queue<string>([folderId]);
        var visited = new HashSet<string>();
        var pages = 0;
        while (queue.TryDequeue(out var parent))
        {
            if (!visited.Add(parent)) continue;
            var page = await connection.CallAsync(ct => Client.Drives[driveId].Items[parent].Children.GetAsync(r =>
            {
                r.QueryParameters.Top = options.PageSize;
                r.QueryParameters.Select = ChildFields;
            }, ct), cancellationToken);
            while (page is not null)
            {
                if (++pages > MaxPages) throw new StoreException($"The folder lists more than {MaxPages} pages; stopped.");
                foreach (var child in page.Value ?? [])
                {
                    KeepDownloadUrl(child);
                    if (TrackedItem.From(child) is not { } item) continue;
                    items[item.Id] = item with { ParentId = parent };
                    if (item.IsFolder) queue.Enqueue(item.Id);
                }
                if (page.OdataNextLink is not { } next) break;
                page = await connection.CallAsync(ct => new ChildrenRequestBuilder(next, Client.RequestAdapter).GetAsync(cancellationToken: ct), cancellationToken);
            }
        }
    }

    private void KeepDownloadUrl(DriveItem item)
    {
        if (item.Id is not null && item.File is not null && item.AdditionalData.TryGetValue(DownloadUrlField, out var value)
            && value is string text && Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            _downloadUrls[item.Id] = url;
    }

    private async Task<string> LatestDeltaLinkAsync(string driveId, CancellationToken cancellationToken)
    {
        var url = $"{connection.Settings.BaseUrl.AbsoluteUri}/drives/{Uri.EscapeDataString(driveId)}/root/delta?token=latest";
        var (_, link) = await ReadDeltaAsync(url, cancellationToken);
        return link;
    }

    /// <summary>Every change since <paramref name="link"/>, all pages, and the delta link for next time.</summary>
    private async Task<(List<DriveItem> Changes, string DeltaLink)> ReadDeltaAsync(string link, CancellationToken cancellationToken)
    {
        var changes = new List<DriveItem>();
        var url = link;
        for (var pages = 1; pages <= MaxPages; pages++)
        {
            var page = await connection.CallAsync(ct => new DeltaRequestBuilder(url, Client.RequestAdapter).GetAsDeltaGetResponseAsync(cancellationToken: ct), cancellationToken)
                ?? throw new StoreException("Microsoft Graph answered a delta request without a body.");
            changes.AddRange(page.Value ?? []);
            foreach (var change in page.Value ?? []) KeepDownloadUrl(change);
            if (page.OdataDeltaLink is { } deltaLink) return (changes, deltaLink);
            url = page.OdataNextLink ?? throw new StoreException("Microsoft Graph answered a delta request with neither a next link nor a delta link.");
        }
        throw new StoreException($"The library's changes run over more than {MaxPages} pages; stopped.");
    }

    /// <summary>
    /// Applies delta entries to <paramref name="items"/> (the folder's subtree). Returns the folders that
    /// came into the subtree: delta does not list the content of a folder moved in, so it is walked.
    /// </summary>
    private static List<string> Apply(List<DriveItem> changes, Dictionary<string, TrackedItem> items, string folderId)
    {
        // An item can appear more than once in a delta feed: the last entry wins.
        var latest = new Dictionary<string, DriveItem>();
        foreach (var change in changes)
            if (change.Id is not null) latest[change.Id] = change;

        if (latest.TryGetValue(folderId, out var self) && self.Deleted is not null)
            throw new StoreException("The folder itself was deleted from the library since the previous run.");
        foreach (var deleted in latest.Values.Where(c => c.Deleted is not null)) items.Remove(deleted.Id!);

        var pending = latest.Values
            .Where(c => c.Deleted is null && c.Root is null && c.Id != folderId)
            .Select(TrackedItem.From).OfType<TrackedItem>().ToList();
        var cameIn = new List<string>();
        // Parents may come after their children in the feed: pass again while a pass makes progress.
        for (var progress = true; progress && pending.Count > 0;)
        {
            progress = false;
            foreach (var item in pending.ToList())
            {
                if (item.ParentId != folderId && !(item.ParentId is not null && items.TryGetValue(item.ParentId, out var parent) && parent.IsFolder)) continue;
                if (item.IsFolder && !items.ContainsKey(item.Id)) cameIn.Add(item.Id);
                items[item.Id] = item;
                pending.Remove(item);
                progress = true;
            }
        }
        // What is left lives outside the folder now; if it was inside, it moved out.
        foreach (var item in pending) items.Remove(item.Id);
        return cameIn;
    }

    /// <summary>Drops what can no longer be reached from the folder (below a deleted or moved-out folder).</summary>
    private static void Prune(Dictionary<string, TrackedItem> items, string folderId)
    {
        var children = items.Values.Where(i => i.ParentId is not null).ToLookup(i => i.ParentId!);
        var reachable = new HashSet<string>();
        var queue = new Queue<string>([folderId]);
        while (queue.TryDequeue(out var id))
            foreach (var child in children[id])
                if (reachable.Add(child.Id) && child.IsFolder) queue.Enqueue(child.Id);
        foreach (var id in items.Keys.Where(id => !reachable.Contains(id)).ToList()) items.Remove(id);
    }

    /// <summary>The files below the folder with their paths relative to it, by path.</summary>
    private static List<StoredFile> Files(Dictionary<string, TrackedItem> items, string folderId)
    {
        var files = new List<StoredFile>();
        foreach (var item in items.Values.Where(i => !i.IsFolder))
        {
            var names = new List<string> { item.Name };
            var parentId = item.ParentId;
            for (var depth = 0; parentId != folderId; depth++)
            {
                if (parentId is null || depth > items.Count || !items.TryGetValue(parentId, out var parent)) { names.Clear(); break; }
                names.Add(parent.Name);
                parentId = parent.ParentId;
            }
            if (names.Count == 0) continue; // not below the folder (Prune leaves none, but never loop on bad state)
            names.Reverse();
            files.Add(new StoredFile(item.Id, string.Join('/', names), item.Size, item.LastModified) { Version = item.Version, WebUrl = item.WebUrl });
        }
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
