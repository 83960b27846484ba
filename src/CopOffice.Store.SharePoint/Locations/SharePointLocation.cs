namespace CopOffice.Store.SharePoint.Locations;

/// <summary>
/// Where a library folder is, as a person wrote it: the address copied from the browser
/// (<c>https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake</c>, percent-encoded or not, a
/// library view <c>.../Forms/AllItems.aspx?id=/sites/CoP/Shared Documents/Intake</c>, or a
/// <c>/:f:/r/</c> direct link) or <c>drive:{id}/folder/path</c>. Parsing only; Graph resolves it.
/// </summary>
public abstract record SharePointLocation
{
    public const string DrivePrefix = "drive:";

    /// <summary>True for a URL or drive: form; false for anything else (a folder path).</summary>
    public static bool IsSharePoint(string text)
    {
        text = text.Trim();
        return text.StartsWith(DrivePrefix, StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses <paramref name="text"/>; a <see cref="StoreException"/> says what is wrong with it.</summary>
    public static SharePointLocation Parse(string text)
    {
        text = text.Trim();
        if (text.StartsWith(DrivePrefix, StringComparison.OrdinalIgnoreCase)) return DriveFolder.ParseDrive(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"{text}: expected a SharePoint address starting with https:// (as copied from the browser), or drive:{{drive id}}/folder.");
        return SiteFolder.ParseUrl(text, uri);
    }

    /// <summary>Path segments, decoded and without empty ones.</summary>
    internal static List<string> SplitPath(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
}

/// <summary>A folder given by its address: host and decoded path segments (site, library, folders).</summary>
public sealed record SiteFolder(string Host, IReadOnlyList<string> Segments) : SharePointLocation
{
    private static readonly string[] ManagedPaths = ["sites", "teams", "personal"];

    /// <summary>The number of leading segments of the site collection: 2 for /sites/Name, 0 for the root site.</summary>
    public int SiteCollectionLength => Segments.Count >= 2 && ManagedPaths.Contains(Segments[0], StringComparer.OrdinalIgnoreCase) ? 2 : 0;

    public string Url => $"https://{Host}/{string.Join('/', Segments)}";

    internal static SiteFolder ParseUrl(string text, Uri uri)
    {
        var segments = SplitPath(uri.AbsolutePath);

        // A direct link (/:f:/r/sites/...) carries the path after its two marker segments; a sharing
        // link (/:f:/s/..., /:f:/g/...) carries a token that only its recipients can open.
        if (segments.Count >= 2 && segments[0].Length == 3 && segments[0][0] == ':' && segments[0][2] == ':')
        {
            if (!segments[1].Equals("r", StringComparison.OrdinalIgnoreCase))
                throw new StoreException($"{text}: this is a sharing link, not the folder's address. Open it in the browser and copy the address bar once the folder is shown (it looks like https://{uri.Host}/sites/<site>/<library>/<folder>).");
            segments = segments.Skip(2).ToList();
        }

        // A library view (.../Forms/AllItems.aspx): the folder is in ?id= or ?RootFolder=, else the library itself.
        if (segments.Count > 0 && segments[^1].EndsWith(".aspx", StringComparison.OrdinalIgnoreCase))
        {
            var folder = QueryValue(uri, "id") ?? QueryValue(uri, "RootFolder");
            var forms = segments.FindIndex(s => s.Equals("Forms", StringComparison.OrdinalIgnoreCase));
            if (folder is not null) segments = SplitPath(folder);
            else if (forms > 0) segments = segments.Take(forms).ToList();
            else throw new StoreException($"{text}: this is a page, not a document library folder. Open the folder in the browser and copy its address.");
        }
        if (segments.Count == 0)
            throw new StoreException($"{text}: the address names no document library; add the library and folder, e.g. https://{uri.Host}/sites/<site>/Shared Documents/<folder>.");
        return new SiteFolder(uri.Host, segments);
    }

    private static string? QueryValue(Uri uri, string name)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && Uri.UnescapeDataString(parts[0]).Equals(name, StringComparison.OrdinalIgnoreCase))
                return Uri.UnescapeDataString(parts[1].Replace('+', ' '));
        }
        return null;
    }
}

/// <summary>A folder given as <c>drive:{id}/path</c>: the drive's id and the folder's path in it ("" for its root).</summary>
public sealed record DriveFolder(string DriveId, string FolderPath) : SharePointLocation
{
    internal static DriveFolder ParseDrive(string text)
    {
        var rest = text[DrivePrefix.Length..].TrimEnd('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var driveId = slash < 0 ? rest : rest[..slash];
        if (driveId.Length == 0)
            throw new StoreException($"{text}: expected drive:{{drive id}} or drive:{{drive id}}/folder/path.");
        var path = slash < 0 ? "" : string.Join('/', rest[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries));
        return new DriveFolder(driveId, path);
    }
}
