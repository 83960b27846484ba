using System.Net;

namespace CopOffice.Service.Hosting;

/// <summary>
/// Development mode: unauthenticated requests from this computer, with every role. It is switched on by
/// <c>copoffice serve --dev</c> alone, never by configuration or the environment, so that no setting can open
/// a deployed service; and it holds only where nothing but this computer can reach the service.
/// </summary>
public sealed record DevelopmentMode(bool On)
{
    public static readonly DevelopmentMode Disabled = new(false);
    public static readonly DevelopmentMode Enabled = new(true);

    /// <summary>
    /// The header every development-mode request carries (the task pane sends it). A page on another site
    /// cannot add it without a CORS preflight, which this service refuses, so it cannot post a form here.
    /// </summary>
    public const string Header = "X-CopOffice-Client";

    /// <summary>The settings development mode cannot run with; called as the service starts.</summary>
    public void Check(ServiceOptions options, IHostEnvironment environment, IConfiguration configuration)
    {
        if (configuration.GetSection(ServiceOptions.Section)["Dev"] is not null)
            throw new ServiceConfigurationException(
                "CopOffice:Dev is set (in a settings file or as CopOffice__Dev in the environment), but development mode is turned on only by `copoffice serve --dev`. Remove the setting.");
        if (!On) return;
        if (!environment.IsDevelopment())
            throw new ServiceConfigurationException(
                $"`--dev` runs only in the Development environment, and this one is \"{environment.EnvironmentName}\" (ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT). Unset it, or run without --dev.");
        var signIn = new[]
        {
            ("CopOffice:Auth:Authority", options.Auth.Authority),
            ("CopOffice:Auth:Audience", options.Auth.Audience),
            ("CopOffice:Auth:ClientId", options.Auth.ClientId),
        }.Where(s => !string.IsNullOrWhiteSpace(s.Item2)).Select(s => s.Item1).ToList();
        if (signIn.Count > 0)
            throw new ServiceConfigurationException(
                $"`--dev` signs nobody in, and sign-in is configured ({string.Join(", ", signIn)}): this looks like a real deployment. Run without --dev, or remove those settings on a developer's computer.");
    }

    /// <summary>Every address the server listens on must be this computer's own; called once it listens.</summary>
    public void CheckListening(IEnumerable<string> addresses)
    {
        if (!On) return;
        var open = addresses.Where(a => !IsLoopback(a)).ToList();
        if (open.Count > 0)
            throw new ServiceConfigurationException(
                $"`--dev` listens on this computer only, and {string.Join(", ", open)} can be reached from other computers. Use --urls with localhost or 127.0.0.1 (e.g. https://localhost:3000).");
    }

    /// <summary>A listening address such as http://localhost:5000 or http://127.0.0.1:0; "*", "+", 0.0.0.0 and host names listen on every interface.</summary>
    public static bool IsLoopback(string address)
    {
        var host = Host(address);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>
    /// A request's Host header names this computer. A page served from another name (DNS rebinding, or a
    /// reverse proxy passing on the public name) is not a request from a developer here.
    /// </summary>
    public static bool IsLocalHost(HostString host) => host.HasValue && IsLoopback("http://" + host.Value);

    private static string Host(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('[')) return rest[..(rest.IndexOf(']') + 1)];
        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
