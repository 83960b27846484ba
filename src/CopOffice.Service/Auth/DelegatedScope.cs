using CopOffice.Service.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Auth;

/// <summary>
/// A caller acts for a signed-in person: their token carries the API's delegated scope in "scp"
/// (access_as_user, or the scope CopOffice:Auth:Scopes names). An app-only token, whatever roles it was given,
/// is no person and is refused; development mode's own sign-in is this computer's developer.
/// </summary>
public sealed class DelegatedScopeRequirement : IAuthorizationRequirement;

public sealed class DelegatedScopeHandler(IOptionsMonitor<ServiceOptions> options) : AuthorizationHandler<DelegatedScopeRequirement>
{
    public const string DefaultScope = "access_as_user";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DelegatedScopeRequirement requirement)
    {
        var user = context.User;
        if (user.HasClaim(DevelopmentAuthentication.Claim, "true") || Granted(user.FindFirst("scp")?.Value, Required(options.CurrentValue.Auth)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    /// <summary>The scope names a token must carry one of: the last segment of each configured scope (api://{id}/access_as_user).</summary>
    public static IReadOnlyList<string> Required(AuthSettings auth) =>
        auth.Scopes is { Length: > 0 } scopes ? [.. scopes.Select(s => s.Trim().Split('/')[^1]).Where(s => s.Length > 0)] : [DefaultScope];

    private static bool Granted(string? scp, IReadOnlyList<string> required) =>
        scp is not null && scp.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(s => required.Contains(s, StringComparer.Ordinal));
}
