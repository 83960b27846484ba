using CopOffice.Store.SharePoint.Graph;
using CopOffice.Store.SharePoint.Locations;
using Microsoft.Graph.Drives.Item.Items.Item.Invite;
using Microsoft.Graph.Drives.Item.Items.Item.Permissions;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopOffice.Store.SharePoint.Sharing;

/// <summary>
/// Reads and changes who can open an item of a library: the readers of a folder, before individual data goes
/// into it, and one member's grant on their own workbook (Graph's invite: a person, read, sign-in required;
/// never a sharing link).
/// </summary>
internal sealed class ItemPermissions(GraphConnection connection)
{
    /// <summary>Everyone but the owners and apps who can read the folder at <paramref name="path"/> below <paramref name="folder"/>, or the nearest existing folder above it.</summary>
    public async Task<IReadOnlyList<FolderReader>> ReadersAsync(LibraryFolder folder, string path, CancellationToken cancellationToken)
    {
        var itemId = await NearestExistingAsync(folder, path, cancellationToken);
        var permissions = await ListAsync(folder.DriveId, itemId, cancellationToken);
        return [.. permissions
            .Where(p => !PermissionReading.IsOwner(p) && !PermissionReading.IsApplication(p) && PermissionReading.CanRead(p))
            .SelectMany(PermissionReading.Readers)
            .Distinct()];
    }

    /// <summary>
    /// Shares <paramref name="itemId"/> with <paramref name="people"/>: with <paramref name="alone"/>, first removes
    /// every direct grant that is neither an owner's nor one of theirs; then invites those who cannot read it yet
    /// (read, sign-in required, one invitation for all). Returns how many were invited.
    /// </summary>
    public async Task<int> ShareWithAsync(string driveId, string itemId, IReadOnlyList<string> people, string? invitation, bool alone, CancellationToken cancellationToken)
    {
        var wanted = people.Select(p => p.Trim().ToLowerInvariant()).Distinct().ToList();
        var canRead = new HashSet<string>();
        foreach (var permission in await ListAsync(driveId, itemId, cancellationToken))
        {
            if (PermissionReading.IsOwner(permission) || PermissionReading.IsApplication(permission)) continue;
            var emails = PermissionReading.Emails(permission).ToList();
            if (PermissionReading.IsPersonal(permission) && emails.All(wanted.Contains))
            {
                if (PermissionReading.CanRead(permission)) canRead.UnionWith(emails);
                continue;
            }
            // Someone else's grant or a link on a file that is to be theirs alone: it goes.
            if (alone)
                await connection.CallAsync(ct => connection.Client.Drives[driveId].Items[itemId].Permissions[permission.Id].DeleteAsync(cancellationToken: ct), cancellationToken);
        }
        var missing = wanted.Where(e => !canRead.Contains(e)).ToList();
        if (missing.Count == 0) return 0;
        var body = new InvitePostRequestBody
        {
            Recipients = [.. missing.Select(e => new DriveRecipient { Email = e })],
            Roles = ["read"],
            RequireSignIn = true,
            SendInvitation = invitation is not null,
            Message = invitation,
        };
        await connection.CallAsync(ct => connection.Client.Drives[driveId].Items[itemId].Invite.PostAsInvitePostResponseAsync(body, cancellationToken: ct), cancellationToken);
        return missing.Count;
    }

    private async Task<List<Permission>> ListAsync(string driveId, string itemId, CancellationToken cancellationToken)
    {
        var all = new List<Permission>();
        var builder = connection.Client.Drives[driveId].Items[itemId].Permissions;
        var page = await connection.CallAsync(ct => builder.GetAsync(cancellationToken: ct), cancellationToken);
        // Bounded: an item has at most a few thousand grants, and each page moves on.
        for (var pages = 0; page is not null && pages < 100; pages++)
        {
            all.AddRange(page.Value ?? []);
            if (page.OdataNextLink is not { } next) break;
            page = await connection.CallAsync(ct => new PermissionsRequestBuilder(next, connection.Client.RequestAdapter).GetAsync(cancellationToken: ct), cancellationToken);
        }
        return all;
    }

    /// <summary>The item id of <paramref name="path"/> below the folder, or of its nearest existing folder above (whose access a new folder inherits).</summary>
    private async Task<string> NearestExistingAsync(LibraryFolder folder, string path, CancellationToken cancellationToken)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var length = segments.Length; length > 0; length--)
        {
            var url = GraphPaths.ItemByPath(connection.Settings.BaseUrl, folder.DriveId, folder.FolderId, string.Join('/', segments[..length]));
            try
            {
                var item = await connection.CallAsync(ct => new Microsoft.Graph.Drives.Item.Items.Item.DriveItemItemRequestBuilder(url, connection.Client.RequestAdapter).GetAsync(cancellationToken: ct), cancellationToken);
                if (item?.Id is { } id) return id;
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404)
            {
            }
        }
        return folder.FolderId;
    }
}
