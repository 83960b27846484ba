namespace CopOffice.Service.Auth;

/// <summary>
/// The app roles of CopOffice's API registration in Entra ID, as they arrive in the token's "roles" claim.
/// A member submits and sees their own submissions; a coordinator sees their communities' summaries;
/// a sponsor sees the whole organisation's.
/// </summary>
public static class Roles
{
    public const string Member = "Member";
    public const string Coordinator = "Coordinator";
    public const string Sponsor = "Sponsor";

    public static IReadOnlyList<string> All { get; } = [Member, Coordinator, Sponsor];
}

/// <summary>The authorization policies the endpoints name.</summary>
public static class Policies
{
    /// <summary>Anyone signed in with one of CopOffice's roles.</summary>
    public const string Signed = "copoffice-signed";
    /// <summary>Members and coordinators: they hand in workbooks.</summary>
    public const string Submit = "copoffice-submit";
    /// <summary>Coordinators and sponsors: they read community summaries (which communities is checked per request).</summary>
    public const string Summaries = "copoffice-summaries";
}
