using CopOffice.Store;

namespace CopOffice.Pipeline;

/// <summary>
/// The check made before anything individual is published: the folders for personal workbooks and the ledger
/// must be readable by their owners alone, and must not lie inside the reports' folder.
/// </summary>
public static class PrivateFolders
{
    public const string Advice = "Keep the folder to its owners: in SharePoint, stop inheriting permissions on it and remove every group "
        + "and link but the site's Owners (src/CopOffice.Store.SharePoint/README.md, \"A private folder\"); on disk, chmod 700. Or choose another folder.";

    /// <summary>Throws <see cref="ReportRunException"/>, naming who can read, when a private destination is not private.</summary>
    public static async Task RequireAsync(ReportDestinations destinations, CancellationToken cancellationToken)
    {
        foreach (var (store, what) in new[] { (destinations.Members, "Personal workbooks"), (destinations.Ledger, "The ledger") })
        {
            if (store is null) continue;
            await RequireOwnersOnlyAsync(store, what, cancellationToken);
            if (Inside(store.Description, destinations.Reports.Description))
                throw new ReportRunException($"{what} would go to {store.Description}, inside the reports' folder {destinations.Reports.Description}, which coordinators and sponsors read. Nothing was published. Choose a folder outside it that only its owners can open.");
        }
    }

    /// <summary>Throws <see cref="ReportRunException"/>, naming who can read, when anyone but its owners can read <paramref name="store"/>.</summary>
    public static async Task RequireOwnersOnlyAsync(IDocumentStore store, string what, CancellationToken cancellationToken)
    {
        if (store is IPrivateFolder folder && await folder.ReadersAsync("", cancellationToken) is { Count: > 0 } readers)
            throw new ReportRunException($"{what} would be readable beyond the owners of {store.Description}: {string.Join("; ", readers)}. Nothing was published. {Advice}");
    }

    /// <summary>Whether <paramref name="folder"/> is <paramref name="parent"/> or below it (addresses and paths alike, ignoring case and escaping).</summary>
    public static bool Inside(string folder, string parent)
    {
        var f = Normal(folder);
        var p = Normal(parent);
        return f.Equals(p, StringComparison.OrdinalIgnoreCase) || f.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normal(string location) => Uri.UnescapeDataString(location.Trim().Replace('\\', '/')).TrimEnd('/');
}
