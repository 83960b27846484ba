using CopOffice.Store.SharePoint.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopOffice.Store.SharePoint.Locations;

/// <summary>
/// Resolves a <see cref="SharePointLocation"/> to drive and folder through Graph: the site by its path
/// (<c>GET /sites/{host}:/{path}</c>), then the library whose webUrl starts the address, then the
/// folder by its path in the library. Subsites are tried one segment at a time, at most as many as
/// the address has.
/// </summary>
internal sealed class LocationResolver(GraphConnection connection)
{
    private const int MaxDrivePages = 50;
    private GraphServiceClient Client => connection.Client;
    private Uri BaseUrl => connection.Settings.BaseUrl;

    public Task<LibraryFolder> ResolveAsync(SharePointLocation location, CancellationToken cancellationToken) => location switch
    {
        SiteFolder site => ResolveAsync(site, cancellationToken),
        DriveFolder drive => ResolveAsync(drive, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    private async Task<LibraryFolder> ResolveAsync(SiteFolder location, CancellationToken cancellationToken)
    {
        var siteLength = location.SiteCollectionLength;
        var siteLabel = "";
        var libraries = new List<Drive>();
        while (true)
        {
            var sitePath = location.Segments.Take(siteLength).ToList();
            siteLabel = $"https://{location.Host}/{string.Join('/', sitePath)}";
            var site = await GetSiteAsync(location.Host, sitePath, cancellationToken)
                ?? throw new StoreException(libraries.Count == 0
                    ? $"{location.Url}: there is no SharePoint site at {siteLabel}."
                    : $"{location.Url}: no document library of the site matches the address. Its libraries: {string.Join(", ", libraries.Select(d => $"{d.Name} ({d.WebUrl})"))}.");
            libraries = await GetLibrariesAsync(site.Id!, cancellationToken);
            var match = libraries
                .Select(d => (Drive: d, Length: PrefixLength(d.WebUrl, location)))
                .Where(m => m.Length > 0)
                .OrderByDescending(m => m.Length)
                .FirstOrDefault();
            if (match.Drive is not null)
            {
                var folderPath = string.Join('/', location.Segments.Skip(match.Length));
                return await GetFolderAsync(match.Drive.Id!, match.Drive.Name ?? match.Drive.Id!, folderPath, location.Url, cancellationToken);
            }
            // No library of this site starts the address: the next segment may be a subsite.
            if (++siteLength >= location.Segments.Count)
                throw new StoreException($"{location.Url}: no document library of the site {site.WebUrl ?? siteLabel} matches the address. Its libraries: {string.Join(", ", libraries.Select(d => $"{d.Name} ({d.WebUrl})"))}.");
        }
    }

    /// <summary>
    /// <paramref name="remembered"/>, where the address led last time, if it still does: the same folder id at
    /// the same path of the same library, and a webUrl that is the address. Null when anything differs (the
    /// folder was moved, renamed or replaced, the library is gone or refused): resolve in full then.
    /// </summary>
    public async Task<LibraryFolder?> ConfirmAsync(SiteFolder location, LibraryFolder remembered, CancellationToken cancellationToken)
    {
        try
        {
            var folder = await GetFolderAsync(remembered.DriveId, remembered.LibraryName, remembered.FolderPath, location.Url, cancellationToken);
            return folder.FolderId == remembered.FolderId && RememberedLocation.IsAt(folder.WebUrl, location) ? folder : null;
        }
        catch (Exception e) when (e is StoreException or ODataError)
        {
            return null;
        }
    }

    private Task<LibraryFolder> ResolveAsync(DriveFolder location, CancellationToken cancellationToken) =>
        GetFolderAsync(location.DriveId, location.DriveId, location.FolderPath, $"{SharePointLocation.DrivePrefix}{location.DriveId}/{location.FolderPath}", cancellationToken);

    private async Task<Site?> GetSiteAsync(string host, IReadOnlyList<string> sitePath, CancellationToken cancellationToken)
    {
        var url = sitePath.Count == 0
            ? $"{BaseUrl.AbsoluteUri}/sites/{host}"
            : $"{BaseUrl.AbsoluteUri}/sites/{host}:/{GraphPaths.Escape(sitePath)}";
        try
        {
            return await connection.CallAsync(ct => new Microsoft.Graph.Sites.Item.SiteItemRequestBuilder(url, Client.RequestAdapter).GetAsync(cancellationToken: ct), cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private async Task<List<Drive>> GetLibrariesAsync(string siteId, CancellationToken cancellationToken)
    {
        var drives = new List<Drive>();
        var page = await connection.CallAsync(ct => Client.Sites[siteId].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name", "webUrl", "driveType"], ct), cancellationToken);
        for (var pages = 1; page is not null; pages++)
        {
            drives.AddRange(page.Value ?? []);
            if (page.OdataNextLink is not { } next) break;
            if (pages >= MaxDrivePages) throw new StoreException($"The site {siteId} lists more than {MaxDrivePages} pages of document libraries.");
            page = await connection.CallAsync(ct => Client.Sites[siteId].Drives.WithUrl(next).GetAsync(cancellationToken: ct), cancellationToken);
        }
        return drives;
    }

    /// <summary>The root folder of a library, by its drive id.</summary>
    public Task<LibraryFolder> LibraryRootAsync(string driveId, string libraryName, CancellationToken cancellationToken) =>
        GetFolderAsync(driveId, libraryName, "", $"{SharePointLocation.DrivePrefix}{driveId}/", cancellationToken);

    private async Task<LibraryFolder> GetFolderAsync(string driveId, string libraryName, string folderPath, string label, CancellationToken cancellationToken)
    {
        DriveItem? folder;
        try
        {
            folder = await connection.CallAsync(ct => new Microsoft.Graph.Drives.Item.Root.RootRequestBuilder(GraphPaths.FolderByPath(BaseUrl, driveId, folderPath) + "?$select=id,name,folder,file,webUrl", Client.RequestAdapter)
                .GetAsync(cancellationToken: ct), cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            if (folderPath.Length == 0) throw new StoreException($"{label}: there is no document library (drive) {driveId}.");
            throw new FolderMissingException($"{label}: the library {libraryName} has no folder {folderPath}. Create it, or check the address.", driveId, libraryName, folderPath);
        }
        if (folder?.Id is null) throw new StoreException($"{label}: Microsoft Graph answered without the folder.");
        if (folder.Folder is null)
            throw new StoreException($"{label}: {folderPath} is a file, not a folder.");
        return new LibraryFolder(driveId, folder.Id, folderPath, libraryName, folder.WebUrl);
    }

    /// <summary>How many leading segments of the address the library's webUrl covers; 0 when it does not start it.</summary>
    private static int PrefixLength(string? libraryUrl, SiteFolder location)
    {
        if (libraryUrl is null || !Uri.TryCreate(libraryUrl, UriKind.Absolute, out var uri) || !uri.Host.Equals(location.Host, StringComparison.OrdinalIgnoreCase))
            return 0;
        var library = SharePointLocation.SplitPath(uri.AbsolutePath);
        if (library.Count == 0 || library.Count > location.Segments.Count) return 0;
        for (var i = 0; i < library.Count; i++)
            if (!library[i].Equals(location.Segments[i], StringComparison.OrdinalIgnoreCase)) return 0;
        return library.Count;
    }
}
