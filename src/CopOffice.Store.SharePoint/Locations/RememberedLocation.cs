using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CopOffice.Store.SharePoint.Locations;

/// <summary>
/// Where a folder's address led on the previous run: its drive, folder and path in the library, in
/// <c>{state folder}/{hash of Graph host and address}.location.json</c>. A re-run confirms it with one
/// request (the folder by path in that drive, the same id, a webUrl that is still the address) instead of
/// three (site, libraries, folder): across the internet each is a round trip the user waits for. Only a
/// cache: missing, unreadable or not confirmed, the address is resolved in full and remembered anew.
/// </summary>
internal static class RememberedLocation
{
    private sealed record Entry(string Address, string DriveId, string FolderId, string FolderPath, string LibraryName);

    public static string PathFor(string stateFolder, Uri graphBaseUrl, SiteFolder location)
    {
        var key = $"{graphBaseUrl.Host}|{location.Host.ToLowerInvariant()}|{string.Join('/', location.Segments).ToLowerInvariant()}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        return Path.Combine(stateFolder, hash + ".location.json");
    }

    public static LibraryFolder? Load(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(path));
            return entry is { DriveId.Length: > 0, FolderId.Length: > 0 } ? new(entry.DriveId, entry.FolderId, entry.FolderPath ?? "", entry.LibraryName ?? entry.DriveId, null) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Save(string path, SiteFolder location, LibraryFolder folder)
    {
        try
        {
            PrivateFiles.Replace(path, JsonSerializer.SerializeToUtf8Bytes(new Entry(location.Url, folder.DriveId, folder.FolderId, folder.FolderPath, folder.LibraryName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next run two round trips, nothing else.
        }
    }

    /// <summary>Whether <paramref name="webUrl"/>, as Graph gives it for the folder, is the address the user gave.</summary>
    public static bool IsAt(string? webUrl, SiteFolder location) =>
        webUrl is not null && Uri.TryCreate(webUrl, UriKind.Absolute, out var uri)
        && uri.Host.Equals(location.Host, StringComparison.OrdinalIgnoreCase)
        && SharePointLocation.SplitPath(uri.AbsolutePath).SequenceEqual(location.Segments, StringComparer.OrdinalIgnoreCase);
}
