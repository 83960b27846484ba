using CopOffice.Service.Hosting;
using CopOffice.Service.Manifest;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Apis;

/// <summary>The add-in's manifest for this environment, and the settings the task pane starts with.</summary>
public static class AddInApi
{
    public static IEndpointRouteBuilder MapAddInApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/manifest.xml", Manifest).WithName("GetManifest").AllowAnonymous();
        app.MapGet("/api/addin/config", Config).WithName("GetAddInConfig").AllowAnonymous();
        return app;
    }

    private static IResult Manifest(HttpRequest request, IOptionsSnapshot<ServiceOptions> options)
    {
        var configured = options.Value.PublicBaseUrl;
        if (configured is null)
            return Problems.Of(StatusCodes.Status404NotFound, "No public address configured",
                "The add-in manifest needs the HTTPS address Excel will load the task pane from. Start the service with --public-url https://… (or set CopOffice:PublicBaseUrl), or write one with `copoffice manifest --base-url https://…`.");
        if (!AddInManifest.TryParseBaseUrl(configured.OriginalString, out var baseUrl, out var error))
            return Problems.Of(StatusCodes.Status500InternalServerError, "Public address unusable", $"CopOffice:PublicBaseUrl: {error}");
        return TypedResults.Text(AddInManifest.Write(baseUrl), "application/xml; charset=utf-8");
    }

    private static IResult Config(IOptionsSnapshot<ServiceOptions> options, DevelopmentMode dev)
    {
        var o = options.Value;
        var auth = dev.On || string.IsNullOrWhiteSpace(o.Auth.ClientId)
            ? null
            : new AuthConfig(o.Auth.ClientId!, AuthorityForSignIn(o.Auth.Authority), o.Auth.Scopes);
        return TypedResults.Ok(new AddInConfig(dev.On, auth));
    }

    /// <summary>MSAL.js wants the authority without the "/v2.0" suffix the token validation uses.</summary>
    private static string? AuthorityForSignIn(string? authority) =>
        authority is null ? null : authority.TrimEnd('/').EndsWith("/v2.0", StringComparison.OrdinalIgnoreCase) ? authority.TrimEnd('/')[..^5] : authority.TrimEnd('/');
}

/// <summary>What the task pane needs before it starts: development mode (no token), or how to sign in.</summary>
public sealed record AddInConfig(bool Dev, AuthConfig? Auth);

public sealed record AuthConfig(string ClientId, string? Authority, IReadOnlyList<string> Scopes);
