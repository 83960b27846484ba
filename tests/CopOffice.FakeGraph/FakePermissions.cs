using System.Globalization;
using System.Text.Json.Nodes;

namespace CopOffice.FakeGraph;

public enum FakeGrantee { SiteGroup, User, Everyone, Link }

/// <summary>One permission as SharePoint keeps it: a site group, a person, "Everyone except external users", or a sharing link.</summary>
public sealed record FakePermission(string Id, FakeGrantee Grantee, string Role, string Name, string? Email = null, string? LinkScope = null)
{
    /// <summary>As Graph lists it. SharePoint libraries do not say which permissions are inherited (no inheritedFrom).</summary>
    public JsonObject Json()
    {
        var json = new JsonObject { ["id"] = Id, ["roles"] = new JsonArray((JsonNode)Role) };
        switch (Grantee)
        {
            case FakeGrantee.SiteGroup:
                json["grantedToV2"] = new JsonObject { ["siteGroup"] = new JsonObject { ["displayName"] = Name, ["id"] = Id, ["loginName"] = Name } };
                break;
            case FakeGrantee.Everyone:
                json["grantedToV2"] = new JsonObject { ["siteUser"] = new JsonObject { ["displayName"] = Name, ["id"] = Id, ["loginName"] = "c:0-.f|rolemanager|spo-grid-all-users/6a7f5a1e-0000-4000-8000-000000000001" } };
                break;
            case FakeGrantee.User:
                json["grantedToV2"] = new JsonObject
                {
                    ["user"] = new JsonObject { ["displayName"] = Name, ["email"] = Email, ["id"] = Guid.NewGuid().ToString() },
                    ["siteUser"] = new JsonObject { ["displayName"] = Name, ["email"] = Email, ["id"] = Id, ["loginName"] = $"i:0#.f|membership|{Email}" },
                };
                json["invitation"] = new JsonObject { ["email"] = Email, ["signInRequired"] = true };
                break;
            case FakeGrantee.Link:
                json["link"] = new JsonObject { ["scope"] = LinkScope, ["type"] = Role == "read" ? "view" : "edit", ["webUrl"] = $"https://contoso.sharepoint.com/:x:/s/CoP/{Id}" };
                json["grantedToIdentitiesV2"] = new JsonArray();
                break;
        }
        return json;
    }
}

/// <summary>An invitation the server received: who, which role, and whether SharePoint was to e-mail them.</summary>
public sealed record FakeInvitation(string ItemPath, string Email, string Role, bool RequireSignIn, bool SendInvitation, string? Message);

/// <summary>Who can open what: a site's groups, inherited down its libraries until a folder stops inheriting.</summary>
public static class FakeAccess
{
    /// <summary>Every permission in force on <paramref name="item"/>: its own, then (unless it stopped inheriting) its parent's, up to the site's.</summary>
    public static List<FakePermission> Effective(FakeDrive drive, FakeItem item)
    {
        var all = new List<FakePermission>(item.Permissions);
        if (item.InheritanceBroken) return all;
        if (item.ParentId is { } parent && drive.Items.TryGetValue(parent, out var folder)) all.AddRange(Effective(drive, folder));
        else all.AddRange(drive.Site.Permissions);
        return all;
    }

    /// <summary>"Stop inheriting permissions", then remove everyone but the owners: what the SharePoint README asks an administrator to do.</summary>
    public static void KeepOwnersOnly(FakeDrive drive, FakeItem folder)
    {
        var owners = Effective(drive, folder).Where(p => p.Role == "owner").ToList();
        folder.Permissions.Clear();
        folder.Permissions.AddRange(owners.Select(p => p with { Id = NewId() }));
        folder.InheritanceBroken = true;
    }

    private static int s_next = 1000;

    public static string NewId() => "perm" + Interlocked.Increment(ref s_next).ToString(CultureInfo.InvariantCulture);
}
