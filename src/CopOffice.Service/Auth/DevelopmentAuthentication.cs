using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CopOffice.Service.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Auth;

/// <summary>
/// Development mode's sign-in: a request from this computer (loopback at both ends of the connection),
/// addressed to localhost and carrying <see cref="DevelopmentMode.Header"/>, without a bearer token, is a
/// developer holding every role. Anything else is refused with the reason, so neither another computer,
/// a reverse proxy, a rebound DNS name nor another site's form gets in unauthenticated.
/// </summary>
public sealed class DevelopmentAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DevelopmentMode mode)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CopOfficeDevelopment";
    public const string Claim = "copoffice:development";
    public const string RefusedKey = "copoffice:development-refused";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!mode.On) return Task.FromResult(AuthenticateResult.NoResult());
        if (Refusal(Context) is { } reason)
        {
            Context.Items[RefusedKey] = reason;
            return Task.FromResult(AuthenticateResult.Fail(reason));
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "developer (development mode)"),
            new Claim(Claim, "true"),
            .. Roles.All.Select(r => new Claim("roles", r)),
        ], SchemeName, ClaimTypes.Name, "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>Why a request is not a developer's on this computer, or null when it is.</summary>
    public static string? Refusal(HttpContext context)
    {
        if (!IsLocal(context.Connection))
            return "This CopOffice server runs in development mode, which accepts unauthenticated requests from its own computer only. Use it from that computer, or sign in with a Microsoft Entra ID token.";
        if (!DevelopmentMode.IsLocalHost(context.Request.Host))
            return $"This CopOffice server runs in development mode, which answers requests addressed to localhost only, and this one was addressed to \"{context.Request.Host}\". Open it as https://localhost:PORT/.";
        if (string.IsNullOrEmpty(context.Request.Headers[DevelopmentMode.Header]))
            return $"This CopOffice server runs in development mode, which answers the task pane only: the request lacks the {DevelopmentMode.Header} header the task pane sends.";
        return null;
    }

    /// <summary>
    /// Both ends of the connection must be loopback addresses (the local end is unknown on a test server). Forwarded headers are not honoured by this service,
    /// so a proxy cannot vouch for a remote caller; an unknown address is not local.
    /// </summary>
    public static bool IsLocal(ConnectionInfo connection) =>
        IsLoopback(connection.RemoteIpAddress) && (connection.LocalIpAddress is null || IsLoopback(connection.LocalIpAddress));

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
