namespace CopOffice.Store.SharePoint.Graph;

/// <summary>Graph addresses by path, encoded here so that '/' stays a separator and ':' a path delimiter.</summary>
internal static class GraphPaths
{
    /// <summary>Each segment percent-encoded, joined by '/'.</summary>
    public static string Escape(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));

    public static string Escape(IEnumerable<string> segments) => string.Join('/', segments.Select(Uri.EscapeDataString));

    /// <summary>An item addressed by its path below another item: .../items/{id}:/{path}:</summary>
    public static string ItemByPath(Uri baseUrl, string driveId, string parentId, string path) =>
        $"{baseUrl.AbsoluteUri}/drives/{Uri.EscapeDataString(driveId)}/items/{Uri.EscapeDataString(parentId)}:/{Escape(path)}:";

    /// <summary>A folder addressed by its path from the drive's root: .../root or .../root:/{path}</summary>
    public static string FolderByPath(Uri baseUrl, string driveId, string path) =>
        path.Length == 0
            ? $"{baseUrl.AbsoluteUri}/drives/{Uri.EscapeDataString(driveId)}/root"
            : $"{baseUrl.AbsoluteUri}/drives/{Uri.EscapeDataString(driveId)}/root:/{Escape(path)}";
}
