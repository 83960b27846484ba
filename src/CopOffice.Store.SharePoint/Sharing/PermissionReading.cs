using Microsoft.Graph.Models;

namespace CopOffice.Store.SharePoint.Sharing;

/// <summary>
/// What one SharePoint permission grants, and to whom, in words: Graph lists a folder's or file's effective
/// permissions, inherited ones included (SharePoint libraries do not say which are inherited), as site
/// groups, groups, users and sharing links.
/// </summary>
internal static class PermissionReading
{
    /// <summary>The site's owners (full control) and site collection administrators: the only readers individual data may have.</summary>
    public static bool IsOwner(Permission permission) => permission.Roles?.Contains("owner", StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>An app's own access (CopOffice's registration with Sites.Selected): not a person.</summary>
    public static bool IsApplication(Permission permission) =>
        permission.Link is null && Identities(permission).All(i => i.Application is not null && i.User is null && i.Group is null && i.SiteGroup is null && i.SiteUser is null)
        && Identities(permission).Any();

    /// <summary>Whom a permission names, as a person would recognise them, e.g. "CoP Visitors (site group, read)".</summary>
    public static IEnumerable<FolderReader> Readers(Permission permission)
    {
        var access = Access(permission);
        if (permission.Link is { } link)
        {
            var who = link.Scope switch
            {
                "anonymous" => "anyone with the link, without signing in",
                "organization" => "anyone in the organisation with the link",
                _ => Identities(permission).Select(Name).Where(n => n is not null).ToList() is { Count: > 0 } named
                    ? "people given a sharing link: " + string.Join(", ", named)
                    : "people given a sharing link",
            };
            yield return new FolderReader(who, $"sharing link, {access}");
            yield break;
        }
        foreach (var identity in Identities(permission))
        {
            var (who, kind) = identity switch
            {
                { SiteGroup: { } g } => (g.DisplayName ?? g.LoginName ?? "a site group", "site group"),
                { Group: { } g } => (g.DisplayName ?? g.Id ?? "a group", "group"),
                { SiteUser: { } u } when IsEveryone(u.LoginName) => (u.DisplayName ?? "Everyone", "everyone in the organisation"),
                { SiteUser: { } u } => (Person(u.DisplayName, EmailOf(u)), "person"),
                { User: { } u } => (Person(u.DisplayName, EmailOf(u)), "person"),
                { Application: { } a } => (a.DisplayName ?? a.Id ?? "an app", "app"),
                _ => ("someone SharePoint does not name", "unknown"),
            };
            yield return new FolderReader(who, $"{kind}, {access}");
        }
    }

    /// <summary>The email addresses a user grant is for (user, site user, invitation), lower-cased.</summary>
    public static IEnumerable<string> Emails(Permission permission)
    {
        if (permission.Invitation?.Email is { } invited) yield return invited.ToLowerInvariant();
        foreach (var identity in Identities(permission))
        {
            if (identity.User is { } user && EmailOf(user) is { } email) yield return email.ToLowerInvariant();
            if (identity.SiteUser is { } siteUser)
            {
                if (EmailOf(siteUser) is { } e) yield return e.ToLowerInvariant();
                // "i:0#.f|membership|ada@contoso.com"
                if (siteUser.LoginName?.Split('|').LastOrDefault() is { } login && login.Contains('@')) yield return login.ToLowerInvariant();
            }
        }
    }

    /// <summary>A grant to people or groups rather than a link: only these can be read as "for this person".</summary>
    public static bool IsPersonal(Permission permission) =>
        permission.Link is null && Identities(permission).Any() && Identities(permission).All(i => i.User is not null || i.SiteUser is not null && !IsEveryone(i.SiteUser.LoginName))
        && Emails(permission).Any();

    public static bool CanRead(Permission permission) =>
        permission.Roles?.Any(r => r is "read" or "write" or "owner" or "sp.full control") == true;

    private static string Access(Permission permission) =>
        permission.Roles is { Count: > 0 } roles ? string.Join(" and ", roles.Select(r => r == "write" ? "edit" : r)) : "access";

    private static IEnumerable<SharePointIdentitySet> Identities(Permission permission)
    {
        if (permission.GrantedToV2 is { } one) yield return one;
        foreach (var each in permission.GrantedToIdentitiesV2 ?? []) yield return each;
    }

    private static string? Name(SharePointIdentitySet identity) =>
        identity.User?.DisplayName ?? identity.SiteUser?.DisplayName ?? identity.Group?.DisplayName ?? identity.SiteGroup?.DisplayName;

    private static string? EmailOf(Identity user) =>
        user.AdditionalData.TryGetValue("email", out var email) && email is string text && text.Length > 0 ? text : null;

    private static string Person(string? name, string? email) =>
        (name, email) switch
        {
            ({ } n, { } e) when !n.Equals(e, StringComparison.OrdinalIgnoreCase) => $"{n} <{e}>",
            (_, { } e) => e,
            ({ } n, _) => n,
            _ => "a person",
        };

    // "Everyone except external users" is a site user whose login is the tenant's all-users claim.
    private static bool IsEveryone(string? loginName) =>
        loginName is not null && (loginName.Contains("spo-grid-all-users", StringComparison.OrdinalIgnoreCase) || loginName.Equals("c:0(.s|true", StringComparison.OrdinalIgnoreCase));
}
