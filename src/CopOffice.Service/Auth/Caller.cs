using System.Security.Claims;

namespace CopOffice.Service.Auth;

/// <summary>Who is calling, as the endpoints need to know it: their email, roles, and whether this is development mode.</summary>
public sealed record Caller(string? Email, bool IsDevelopment, IReadOnlySet<string> Roles)
{
    /// <summary>
    /// The sign-in name: upn (v1 tokens, or v2 with the optional claim), else preferred_username (v2). Never the
    /// email claim, which Entra does not verify: a member could set it to a colleague's address.
    /// </summary>
    private static readonly string[] EmailClaims = ["upn", ClaimTypes.Upn, "preferred_username"];

    public static Caller Of(ClaimsPrincipal user)
    {
        var email = EmailClaims.Select(user.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v) && v.Contains('@'));
        var roles = user.Claims.Where(c => c.Type == "roles" || c.Type == ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new(email?.Trim().ToLowerInvariant(), user.HasClaim(DevelopmentAuthentication.Claim, "true"), roles);
    }

    public bool IsSponsor => Roles.Contains(Auth.Roles.Sponsor);
    public bool IsCoordinator => Roles.Contains(Auth.Roles.Coordinator);
    public bool IsMember => Roles.Contains(Auth.Roles.Member);
}
