using CopOffice.Service.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Auth;

/// <summary>
/// Entra ID bearer tokens (JwtBearer; authority and audience from configuration, app roles in the "roles"
/// claim), and in development mode, unauthenticated requests from this computer. Which one applies is
/// decided per request, so configuration read after start-up (tests, reloads) is honoured.
/// </summary>
public static class AuthenticationSetup
{
    private const string Selector = "CopOffice";

    public static IServiceCollection AddCopOfficeAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "Bearer token, or development mode from this computer", o => o.ForwardDefaultSelector = SchemeFor)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthentication>(DevelopmentAuthentication.SchemeName, null);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, EntraBearerOptions>();

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, DelegatedScopeHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Signed, p => p.RequireAuthenticatedUser().AddRequirements(new DelegatedScopeRequirement()).RequireRole(Roles.All))
            .AddPolicy(Policies.Submit, p => p.RequireAuthenticatedUser().AddRequirements(new DelegatedScopeRequirement()).RequireRole(Roles.Member, Roles.Coordinator))
            .AddPolicy(Policies.Summaries, p => p.RequireAuthenticatedUser().AddRequirements(new DelegatedScopeRequirement()).RequireRole(Roles.Coordinator, Roles.Sponsor));
        return services;
    }

    private static string SchemeFor(HttpContext context)
    {
        return context.RequestServices.GetRequiredService<DevelopmentMode>().On && string.IsNullOrEmpty(context.Request.Headers.Authorization)
            ? DevelopmentAuthentication.SchemeName
            : JwtBearerDefaults.AuthenticationScheme;
    }

    /// <summary>JwtBearer's settings from the CopOffice:Auth section.</summary>
    private sealed class EntraBearerOptions(IOptionsMonitor<ServiceOptions> service) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(JwtBearerOptions options) => Configure(JwtBearerDefaults.AuthenticationScheme, options);

        public void Configure(string? name, JwtBearerOptions options)
        {
            if (name != JwtBearerDefaults.AuthenticationScheme) return;
            var auth = service.CurrentValue.Auth;
            options.Authority = auth.Authority;
            // Keep the token's own claim names: Entra's app roles arrive as "roles".
            options.MapInboundClaims = false;
            options.TokenValidationParameters.RoleClaimType = "roles";
            options.TokenValidationParameters.NameClaimType = "preferred_username";
            options.TokenValidationParameters.ValidAudiences = Audiences(auth);
            if (Issuers(auth.Authority) is { Length: > 0 } issuers) options.TokenValidationParameters.ValidIssuers = issuers;
            // Never let the handler explain token failures to the caller in detail.
            options.IncludeErrorDetails = false;
        }

        /// <summary>
        /// The configured tenant's two issuers: v2 tokens name login.microsoftonline.com/{tenant}/v2.0, v1 tokens
        /// sts.windows.net/{tenant}/ (an app registration issues v1 unless its manifest says accessTokenAcceptedVersion 2).
        /// A token from any other tenant is refused. None when the authority names no tenant id (the metadata's issuer then applies).
        /// </summary>
        private static string[] Issuers(string? authority)
        {
            if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri)) return [];
            var tenant = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (!Guid.TryParse(tenant, out var id)) return [];
            return [$"{uri.GetLeftPart(UriPartial.Authority)}/{id}/v2.0", $"https://sts.windows.net/{id}/"];
        }

        /// <summary>Entra v2 tokens carry the API's client id as audience; v1 tokens its application id URI.</summary>
        private static string[] Audiences(AuthSettings auth)
        {
            if (string.IsNullOrWhiteSpace(auth.Audience)) return [];
            var audience = auth.Audience.Trim();
            const string prefix = "api://";
            return audience.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(audience[prefix.Length..], out var id)
                ? [audience, id.ToString()]
                : [audience];
        }
    }
}
