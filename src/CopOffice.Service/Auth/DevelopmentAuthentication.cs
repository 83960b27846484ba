using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CopOffice.Service.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Auth;

/// <summary>
/// Development mode's sign-in: a request from this computer (a loopback address) without a bearer token is
/// a developer holding every role. Anything from elsewhere is refused, so a development server reachable
/// on a network still admits nobody unauthenticated.
/// </summary>
public sealed class DevelopmentAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ServiceOptions> service)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CopOfficeDevelopment";
    public const string Claim = "copoffice:development";
    public const string RefusedKey = "copoffice:development-refused";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!service.CurrentValue.Dev) return Task.FromResult(AuthenticateResult.NoResult());
        if (!IsLocal(Context.Connection))
        {
            Context.Items[RefusedKey] = true;
            return Task.FromResult(AuthenticateResult.Fail("Development mode accepts unauthenticated requests from this computer only."));
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "developer (development mode)"),
            new Claim(Claim, "true"),
            .. Roles.All.Select(r => new Claim("roles", r)),
        ], SchemeName, ClaimTypes.Name, "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>
    /// The TCP peer itself must be a loopback address. Forwarded headers are not honoured by this service,
    /// so a proxy cannot vouch for a remote caller; an unknown address is not local.
    /// </summary>
    public static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
}
