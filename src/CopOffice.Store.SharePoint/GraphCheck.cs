using CopOffice.Store.SharePoint.Configuration;
using CopOffice.Store.SharePoint.Graph;
using CopOffice.Store.SharePoint.Locations;

namespace CopOffice.Store.SharePoint;

/// <summary>The outcome of <see cref="GraphCheck.RunAsync"/>: a line for a person, secrets redacted.</summary>
public sealed record GraphCheckResult(bool Succeeded, string Message);

/// <summary>One Graph call that shows whether the configuration works: the folder given, else the root site.</summary>
public static class GraphCheck
{
    /// <summary>What the check asks Graph, for the line printed before it runs.</summary>
    public static string Describe(GraphConnection connection, string? source) =>
        source is null ? $"GET {connection.Settings.BaseUrl}/sites/root" : $"resolve {source.Trim()}";

    public static async Task<GraphCheckResult> RunAsync(GraphConnection connection, string? source, CancellationToken cancellationToken = default)
    {
        var settings = connection.Settings;
        if (source is not null)
        {
            using var store = new SharePointStore(source, connection);
            try
            {
                var folder = await store.ResolveAsync(cancellationToken);
                var name = folder.FolderPath.Length == 0 ? "the root" : $"folder {folder.FolderPath}";
                return new GraphCheckResult(true, $"OK: signed in with the {settings.Credential.Id()} credential; found {name} of library {folder.LibraryName} ({folder}).");
            }
            catch (StoreException e)
            {
                return new GraphCheckResult(false, settings.Redact(e.Message));
            }
        }
        try
        {
            var site = await connection.CallAsync(ct => connection.Client.Sites["root"].GetAsync(r => r.QueryParameters.Select = ["id", "webUrl", "displayName"], ct), cancellationToken);
            return new GraphCheckResult(true, $"OK: signed in with the {settings.Credential.Id()} credential; the tenant's root site is {site?.WebUrl ?? "(not returned)"}.");
        }
        catch (Exception e) when (GraphFailure.Reason(e, settings) is { } reason)
        {
            var hint = GraphFailure.StatusCode(e) == 403
                ? " With Sites.Selected that is expected: check a site the app was granted with --source <folder address>."
                : "";
            return new GraphCheckResult(false, $"{reason}.{hint}");
        }
    }
}
