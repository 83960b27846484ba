using CopOffice.Service.Hosting;
using CopOffice.Service.Uploads;
using CopOffice.Store;
using CopOffice.Store.SharePoint;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Submissions;

/// <summary>Opens the store of a SharePoint folder (the SharePoint store through Microsoft Graph; a seam for tests).</summary>
public delegate IDocumentStore FolderOpener(string folderUrl);

/// <summary>
/// Where Excel cannot hand the workbook over, the service fetches it from SharePoint by its address, with the
/// service's own Graph sign-in (the Graph:* settings of the SharePoint store). Because that sign-in can read
/// more than the member can, only workbooks under the folders CopOffice:Store:FetchFrom lists are fetched,
/// and the submission is then checked like any other: a member's survey must carry their own email.
/// </summary>
public sealed class SharePointFetch(FolderOpener open, IOptionsSnapshot<ServiceOptions> options)
{
    public async Task<(WorkbookUpload? Upload, IResult? Problem)> FetchAsync(string? url, CancellationToken cancellationToken)
    {
        var roots = options.Value.Store.FetchFrom;
        if (roots.Length == 0)
            return (null, Problems.Of(StatusCodes.Status501NotImplemented, "Fetching from SharePoint is not set up",
                "This CopOffice service does not fetch workbooks from SharePoint (CopOffice:Store:FetchFrom lists no folders). Submit from Excel on the web or on the desktop, where the add-in sends the workbook itself."));
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var address) || address.Scheme != Uri.UriSchemeHttps)
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "Not a SharePoint address", $"\"{url}\" is not the https:// address of a workbook in SharePoint."));
        // A query or fragment could name another folder (…/x.aspx?id=/sites/hr/…) than the path that is checked below.
        if (address.Query.Length > 0 || address.Fragment.Length > 0 || !string.IsNullOrEmpty(address.UserInfo))
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "Not a workbook's own address",
                $"\"{url}\" carries a query or fragment (?… or #…). Give the workbook's own address, https://{address.Host}/sites/…/folder/name.xlsx, without anything after the file name."));

        var root = roots.Select(r => Uri.TryCreate(r, UriKind.Absolute, out var u) ? u : null)
            .FirstOrDefault(r => r is not null && r.Host.Equals(address.Host, StringComparison.OrdinalIgnoreCase) && Below(address, r, orAt: false));
        if (root is null)
            return (null, Problems.Of(StatusCodes.Status403Forbidden, "Not a folder CopOffice fetches from",
                $"CopOffice fetches workbooks only from {string.Join(", ", roots)}. Save the workbook there, or submit it from Excel on the web or on the desktop."));

        // The folder is built from the checked path alone.
        var slash = address.AbsolutePath.LastIndexOf('/');
        var folder = address.GetLeftPart(UriPartial.Authority) + address.AbsolutePath[..slash];
        var name = Uri.UnescapeDataString(address.AbsolutePath[(slash + 1)..]);
        var limit = options.Value.Uploads.MaxBytes;
        try
        {
            var store = open(folder);
            try
            {
                // Where Graph says the folder is must still lie under the allowed root.
                if (store is SharePointStore library && (await library.ResolveAsync(cancellationToken)).WebUrl is { } resolved
                    && !Below(new Uri(resolved), root, orAt: true))
                    return (null, Problems.Of(StatusCodes.Status403Forbidden, "Not a folder CopOffice fetches from",
                        $"CopOffice fetches workbooks only from {string.Join(", ", roots)}. Save the workbook there, or submit it from Excel on the web or on the desktop."));
                StoredFile? file = null;
                await foreach (var candidate in store.ListAsync(cancellationToken))
                    if (string.Equals(candidate.Path, name, StringComparison.OrdinalIgnoreCase)) { file = candidate; break; }
                if (file is null)
                    return (null, Problems.Of(StatusCodes.Status404NotFound, "Workbook not found", $"There is no {name} in {folder}: save the workbook, then submit again."));
                if (file.Size > limit)
                    return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "Workbook too large", $"{name} is larger than {CopOffice.Intake.IntakeLimits.Describe(limit)}, the most this service accepts."));
                await using var content = await store.OpenReadAsync(file, cancellationToken);
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, cancellationToken);
                var bytes = buffer.ToArray();
                var format = bytes.AsSpan().StartsWith("PK"u8) ? WorkbookFormat.OpenXml : WorkbookFormat.Ole;
                return (new WorkbookUpload(WorkbookUpload.SafeName(name, format), bytes, format), null);
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }
        catch (StoreException e)
        {
            // The SharePoint store's messages are written for people and carry no secrets.
            return (null, Problems.Of(StatusCodes.Status502BadGateway, "SharePoint could not be read", e.Message));
        }
    }

    /// <summary>Whether <paramref name="address"/>'s path lies below <paramref name="root"/>'s (or is it), escaping and case aside.</summary>
    private static bool Below(Uri address, Uri root, bool orAt)
    {
        var path = Uri.UnescapeDataString(address.AbsolutePath).TrimEnd('/');
        var top = Uri.UnescapeDataString(root.AbsolutePath).TrimEnd('/');
        return path.StartsWith(top + "/", StringComparison.OrdinalIgnoreCase) || orAt && path.Equals(top, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The SharePoint store, signed in as the Graph:* configuration says.</summary>
    public static FolderOpener Graph(IConfiguration configuration) => folderUrl => StoreLocation.Open(folderUrl, configuration);
}
