using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CopOffice.Store.SharePoint.Graph;
using CopOffice.Store.SharePoint.Listing;
using CopOffice.Store.SharePoint.Locations;
using CopOffice.Store.SharePoint.Publishing;
using CopOffice.Store.SharePoint.Sharing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopOffice.Store.SharePoint;

/// <summary>
/// A folder of a SharePoint document library, through Microsoft Graph. The folder is resolved on first
/// use. Listing is incremental (see <see cref="SyncAsync"/>); downloads follow the content endpoint's
/// redirect to a pre-authenticated URL without the token; publishing uploads to the final name as a new
/// version of the existing item (see <see cref="ReportUploader"/>).
/// Failures: a file that cannot be downloaded throws <see cref="DocumentUnavailableException"/>, a report
/// that cannot be published <see cref="PublishFailedException"/>, a folder that cannot be resolved or
/// listed <see cref="StoreException"/>; every message is for a person and free of secrets.
/// </summary>
public sealed class SharePointStore : IDocumentStore, IPrivateFolder, IFileSharing, IDisposable
{
    private static readonly char[] ForbiddenInNames = ['"', '*', ':', '<', '>', '?', '\\', '|'];

    private readonly SharePointLocation _location;
    private readonly GraphConnection _connection;
    private readonly bool _ownsConnection;
    private readonly SharePointStoreOptions _options;
    private readonly SemaphoreSlim _resolving = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _folderIds = new(StringComparer.OrdinalIgnoreCase);
    private LibraryFolder? _folder;
    // The pre-authenticated download addresses the last listings gave, with when: in memory only.
    private readonly ConcurrentDictionary<string, (Uri Url, DateTimeOffset Seen)> _downloadUrls = new(StringComparer.Ordinal);

    /// <summary>How long a listed download address is used: SharePoint's are valid about an hour.</summary>
    private static readonly TimeSpan DownloadUrlLifetime = TimeSpan.FromMinutes(45);

    /// <param name="source">A library folder's address as copied from the browser, or drive:{id}/path.</param>
    /// <param name="ownsConnection">Dispose <paramref name="connection"/> with the store.</param>
    public SharePointStore(string source, GraphConnection connection, SharePointStoreOptions? options = null, bool ownsConnection = false)
    {
        _location = SharePointLocation.Parse(source);
        Description = source.Trim();
        _connection = connection;
        _options = options ?? new SharePointStoreOptions();
        _ownsConnection = ownsConnection;
    }

    public string Description { get; }

    /// <summary>The library folder this store reads and writes, resolved through Graph once.</summary>
    public async Task<LibraryFolder> ResolveAsync(CancellationToken cancellationToken = default)
    {
        if (_folder is not null) return _folder;
        await _resolving.WaitAsync(cancellationToken);
        try
        {
            return _folder ??= await ResolveOrConfirmAsync(cancellationToken);
        }
        catch (Exception e) when (e is not StoreException && GraphFailure.Reason(e, _connection.Settings) is { } reason)
        {
            throw new StoreException($"{Description}: {reason}.", e);
        }
        finally
        {
            _resolving.Release();
        }
    }

    /// <summary>An address resolved on an earlier run is confirmed with one request, not resolved again with three.</summary>
    private async Task<LibraryFolder> ResolveOrConfirmAsync(CancellationToken cancellationToken)
    {
        var resolver = new LocationResolver(_connection);
        if (_location is not SiteFolder site || _options.StateFolder is not { } state) return await resolver.ResolveAsync(_location, cancellationToken);
        var memory = RememberedLocation.PathFor(state, _connection.Settings.BaseUrl, site);
        if (RememberedLocation.Load(memory) is { } remembered && await resolver.ConfirmAsync(site, remembered, cancellationToken) is { } confirmed)
            return confirmed;
        var resolved = await resolver.ResolveAsync(site, cancellationToken);
        RememberedLocation.Save(memory, site, resolved);
        return resolved;
    }

    /// <summary>
    /// Lists the folder, incrementally when a previous run left its state (the drive's delta link and
    /// the versions it saw) in <see cref="SharePointStoreOptions.StateFolder"/>: only the changes are
    /// fetched, and <see cref="FolderSnapshot.Changed"/> names the new and changed files. The state is
    /// saved after each sync; when it is lost the sync is simply full.
    /// </summary>
    public async Task<FolderSnapshot> SyncAsync(CancellationToken cancellationToken = default)
    {
        var resolved = await ResolveAsync(cancellationToken);
        try
        {
            var snapshot = await new FolderSynchronizer(_connection, _options).SyncAsync(resolved, cancellationToken);
            var seen = DateTimeOffset.UtcNow;
            foreach (var (id, url) in snapshot.DownloadUrls) _downloadUrls[id] = (url, seen);
            return snapshot;
        }
        catch (Exception e) when (e is not StoreException && GraphFailure.Reason(e, _connection.Settings) is { } reason)
        {
            throw new StoreException($"{Description}: the folder could not be listed: {reason}.", e);
        }
    }

    public int MaxConcurrentReads => _options.MaxConcurrentDownloads;

    public DateTimeOffset? ThrottledUntil => _connection.Throttle.PausedUntil;

    /// <summary>Uploads keep the same bound as downloads; each report is still committed whole.</summary>
    public int MaxConcurrentWrites => _options.MaxConcurrentDownloads;

    /// <summary>Every file below the folder, by path (all files: the caller filters extensions).</summary>
    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var snapshot = await SyncAsync(cancellationToken);
        Cache(await ResolveAsync(cancellationToken))?.KeepOnly(snapshot.Files);
        foreach (var file in snapshot.Files) yield return file;
    }

    /// <summary>
    /// The content of <paramref name="file"/>: from the local content cache when this version was
    /// downloaded before (see <see cref="ContentCache"/>), else downloaded into memory (workbooks are small,
    /// and a dropped connection is then noticed here, not halfway through parsing), trying again after a
    /// dropped connection up to <see cref="SharePointStoreOptions.DownloadAttempts"/> times.
    /// </summary>
    public async Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        var resolved = await ResolveAsync(cancellationToken);
        var cache = Cache(resolved);
        if (cache?.TryOpen(file) is { } cached) return cached;
        var content = await DownloadAsync(resolved, file, cancellationToken);
        cache?.Save(file, content);
        return content;
    }

    private ContentCache? Cache(LibraryFolder resolved) => ContentCache.For(_options.StateFolder, _connection.Settings.BaseUrl, resolved.DriveId);

    private async Task<MemoryStream> DownloadAsync(LibraryFolder resolved, StoredFile file, CancellationToken cancellationToken)
    {
        if (await DownloadListedAsync(file, cancellationToken) is { } listed) return listed;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _connection.CallAsync(async ct =>
                {
                    // Graph answers 302 to a pre-authenticated URL; the RedirectHandler follows it without the token.
                    await using var body = await _connection.Client.Drives[resolved.DriveId].Items[file.Id].Content.GetAsync(cancellationToken: ct)
                        ?? throw new DocumentUnavailableException(file, "Microsoft Graph answered without content");
                    var buffer = new MemoryStream(file.Size is > 0 and < int.MaxValue ? (int)file.Size : 0);
                    await body.CopyToAsync(buffer, ct);
                    buffer.Position = 0;
                    return buffer;
                }, cancellationToken);
            }
            catch (Exception e) when (GraphFailure.IsTransient(e) && attempt < _options.DownloadAttempts)
            {
                await Task.Delay(_options.RetryPause * attempt, cancellationToken);
            }
            catch (Exception e) when (GraphFailure.IsTransient(e))
            {
                throw new DocumentUnavailableException(file, $"the connection dropped {attempt} times while downloading it ({_connection.Settings.Redact(e.Message)})", e);
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404)
            {
                throw new DocumentUnavailableException(file, "it was deleted or moved after the folder was listed", e);
            }
            catch (Exception e) when (e is not StoreException && GraphFailure.Reason(e, _connection.Settings) is { } reason)
            {
                throw new DocumentUnavailableException(file, reason, e);
            }
        }
    }

    /// <summary>
    /// The file through the download address its listing gave, when that is fresh: one round trip instead of
    /// two (…/content answers with a redirect to such an address). The address is pre-authenticated, so no
    /// token goes with it. Null when there is none, or it failed in any way (expired: 401 or 403; a dropped
    /// connection): the caller then goes through …/content, with its retries and its reasons.
    /// </summary>
    private async Task<MemoryStream?> DownloadListedAsync(StoredFile file, CancellationToken cancellationToken)
    {
        if (!_downloadUrls.TryRemove(file.Id, out var listed) || DateTimeOffset.UtcNow - listed.Seen > DownloadUrlLifetime) return null;
        try
        {
            return await _connection.CallAsync(async ct =>
            {
                using var response = await _connection.Http.GetAsync(listed.Url, HttpCompletionOption.ResponseHeadersRead, ct);
                if (!response.IsSuccessStatusCode) return null;
                var buffer = new MemoryStream(file.Size is > 0 and < int.MaxValue ? (int)file.Size : 0);
                await response.Content.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                return buffer;
            }, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// Uploads <paramref name="content"/> to <paramref name="path"/> below the folder (creating missing
    /// subfolders), replacing an existing file as a new version of the same item. Throws
    /// <see cref="PublishFailedException"/> when it cannot; the library then holds the previous version
    /// (or nothing), never a partial file.
    /// </summary>
    public async Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var segments = CheckPath(path);
        var resolved = await ResolveAsync(cancellationToken);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await content.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        var relative = string.Join('/', segments);
        try
        {
            var parentId = await EnsureFolderAsync(resolved, segments[..^1], cancellationToken);
            var item = await new ReportUploader(_connection, _options).UploadAsync(resolved.DriveId, parentId, segments[^1], bytes, cancellationToken);
            return new StoredFile(item.Id!, relative, item.Size ?? bytes.Length, item.LastModifiedDateTime ?? DateTimeOffset.UtcNow)
            {
                Version = item.CTag ?? item.ETag,
                WebUrl = item.WebUrl,
            };
        }
        catch (UploadFailedException e)
        {
            throw new PublishFailedException(relative, resolved.ToString(), $"{e.Message}. Nothing was changed in the library.", e.InnerException);
        }
        catch (Exception e) when (e is StoreException and not PublishFailedException)
        {
            throw new PublishFailedException(relative, resolved.ToString(), e.Message, e);
        }
        catch (Exception e) when (e is not StoreException && GraphFailure.Reason(e, _connection.Settings) is { } reason)
        {
            throw new PublishFailedException(relative, resolved.ToString(), $"{reason}. Nothing was changed in the library.", e);
        }
    }

    /// <summary>
    /// Who beyond the site's owners (and apps) can read <paramref name="folder"/> below this store's folder: its
    /// effective permissions, inherited site groups included, or those of the nearest existing folder above it.
    /// </summary>
    public async Task<IReadOnlyList<FolderReader>> ReadersAsync(string folder, CancellationToken cancellationToken = default)
    {
        try
        {
            LibraryFolder start;
            var path = folder;
            try
            {
                start = await ResolveAsync(cancellationToken);
            }
            catch (FolderMissingException missing)
            {
                // Not created yet: it would inherit the access of the nearest folder above it, so that one is judged.
                start = await new LocationResolver(_connection).LibraryRootAsync(missing.DriveId, missing.LibraryName, cancellationToken);
                path = $"{missing.FolderPath}/{folder}".Trim('/');
            }
            return await new ItemPermissions(_connection).ReadersAsync(start, path, cancellationToken);
        }
        catch (Exception e) when (e is not StoreException && GraphFailure.Reason(e, _connection.Settings) is { } reason)
        {
            throw new StoreException($"{Description}: who can read the folder could not be found out: {reason}.", e);
        }
    }

    /// <summary>Shares a file published here with people (Graph invite: read, sign-in required, no link), alone if asked.</summary>
    public async Task<int> ShareWithAsync(StoredFile file, IReadOnlyList<string> people, string? invitation, bool alone, CancellationToken cancellationToken = default)
    {
        var resolved = await ResolveAsync(cancellationToken);
        try
        {
            return await new ItemPermissions(_connection).ShareWithAsync(resolved.DriveId, file.Id, people, invitation, alone, cancellationToken);
        }
        catch (Exception e) when (e is not StoreException && GraphFailure.Reason(e, _connection.Settings) is { } reason)
        {
            throw new StoreException($"{Description}/{file.Path} could not be shared with {string.Join(", ", people)}: {reason}.", e);
        }
    }

    public void Dispose()
    {
        _resolving.Dispose();
        if (_ownsConnection) _connection.Dispose();
    }

    /// <summary>The id of the subfolder <paramref name="segments"/> below the store's folder, created when missing.</summary>
    private async Task<string> EnsureFolderAsync(LibraryFolder resolved, string[] segments, CancellationToken cancellationToken)
    {
        var parentId = resolved.FolderId;
        for (var i = 0; i < segments.Length; i++)
        {
            var key = string.Join('/', segments[..(i + 1)]);
            if (!_folderIds.TryGetValue(key, out var id))
            {
                id = await FindOrCreateFolderAsync(resolved, parentId, segments[i], key, cancellationToken);
                _folderIds[key] = id;
            }
            parentId = id;
        }
        return parentId;
    }

    private async Task<string> FindOrCreateFolderAsync(LibraryFolder resolved, string parentId, string name, string path, CancellationToken cancellationToken)
    {
        var client = _connection.Client;
        var url = GraphPaths.ItemByPath(_connection.Settings.BaseUrl, resolved.DriveId, parentId, name);
        // Bounded: a folder created by someone else between our look and our create is looked up once more.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var existing = await _connection.CallAsync(ct => new Microsoft.Graph.Drives.Item.Items.Item.DriveItemItemRequestBuilder(url, client.RequestAdapter).GetAsync(cancellationToken: ct), cancellationToken);
                if (existing?.Folder is null) throw new StoreException($"{path} is a file, not a folder, so nothing can be published into it.");
                return existing.Id!;
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404)
            {
            }
            try
            {
                var created = await _connection.CallAsync(ct => client.Drives[resolved.DriveId].Items[parentId].Children.PostAsync(new DriveItem
                {
                    Name = name,
                    Folder = new Folder(),
                    AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" },
                }, cancellationToken: ct), cancellationToken);
                return created?.Id ?? throw new StoreException($"Microsoft Graph created the folder {path} without returning it.");
            }
            catch (ODataError e) when (e.ResponseStatusCode == 409 && attempt < 2)
            {
            }
        }
    }

    private static string[] CheckPath(string path)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.IndexOfAny(ForbiddenInNames) >= 0 || s != s.Trim()))
            throw new ArgumentException($"'{path}' is not a relative path of names SharePoint accepts (no \" * : < > ? \\ |, no . or .., no leading or trailing spaces).", nameof(path));
        return segments;
    }
}
