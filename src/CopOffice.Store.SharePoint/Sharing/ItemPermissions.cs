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
    /// Shares <paramref name="itemId"/> with <paramref name="email"/> alone: removes every direct grant that is
    /// neither an owner's nor theirs, then invites them (read, sign-in required) unless they can already read it.
    /// </summary>
    public async Task<ShareOutcome> ShareWithAsync(string driveId, string itemId, string email, string? invitation, CancellationToken cancellationToken)
    {
        var wanted = email.Trim().ToLowerInvariant();
        var hasGrant = false;
        foreach (var permission in await ListAsync(driveId, itemId, cancellationToken))
        {
            if (PermissionReading.IsOwner(permission) || PermissionReading.IsApplication(permission)) continue;
            if (PermissionReading.IsPersonal(permission) && PermissionReading.Emails(permission).All(e => e == wanted))
            {
                hasGrant |= PermissionReading.CanRead(permission);
                continue;
            }
            // Someone else's grant or a link on a member's own workbook: it goes, so the file is theirs alone.
            await connection.CallAsync(ct => connection.Client.Drives[driveId].Items[itemId].Permissions[permission.Id].DeleteAsync(cancellationToken: ct), cancellationToken);
        }
        if (hasGrant) return ShareOutcome.AlreadyShared;
        var body = new InvitePostRequestBody
        {
            Recipients = [new DriveRecipient { Email = wanted }],
            Roles = ["read"],
            RequireSignIn = true,
            SendInvitation = invitation is not null,
            Message = invitation,
        };
        await connection.CallAsync(ct => connection.Client.Drives[driveId].Items[itemId].Invite.PostAsInvitePostResponseAsync(body, cancellationToken: ct), cancellationToken);
        return ShareOutcome.Granted;
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
