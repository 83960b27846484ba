using System.Security.Claims;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Apis;

/// <summary>GET /api/me: who the service takes the caller to be, so the task pane shows what their roles allow.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ClaimsPrincipal user, IOptionsSnapshot<ServiceOptions> options) =>
        {
            var caller = Caller.Of(user);
            return TypedResults.Ok(new MeDto(caller.Email, [.. caller.Roles.Order(StringComparer.Ordinal)], caller.IsDevelopment,
                CoordinatorScope.SeesAll(caller) ? null : CoordinatorScope.CommunitiesOf(caller, options.Value)));
        }).WithName("GetMe").RequireAuthorization(Policies.Signed);
        return app;
    }
}

/// <summary>The caller: email, roles, development mode, and the communities they coordinate (null: all of them).</summary>
public sealed record MeDto(string? Email, IReadOnlyList<string> Roles, bool Development, IReadOnlyList<string>? Communities);
