using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace CopOffice.Store.SharePoint.Configuration;

/// <summary>
/// The <c>Graph:*</c> configuration: how to sign in and where Microsoft Graph is. Read with
/// <see cref="From"/>; secrets (client secret, certificate password, access token) are kept here and
/// nowhere else, shown only as "set"/"not set" and removed from any text by <see cref="Redact"/>.
/// </summary>
public sealed class GraphSettings
{
    public const string Section = "Graph";
    public static readonly Uri DefaultBaseUrl = new("https://graph.microsoft.com/v1.0");

    // National clouds: Graph host -> the Entra ID authority that issues its tokens.
    private static readonly Dictionary<string, Uri> AuthorityByGraphHost = new(StringComparer.OrdinalIgnoreCase)
    {
        ["graph.microsoft.com"] = new("https://login.microsoftonline.com/"),
        ["graph.microsoft.us"] = new("https://login.microsoftonline.us/"),
        ["dod-graph.microsoft.us"] = new("https://login.microsoftonline.us/"),
        ["microsoftgraph.chinacloudapi.cn"] = new("https://login.chinacloudapi.cn/"),
    };

    public CredentialKind Credential { get; init; } = CredentialKind.Default;

    /// <summary>Which key made <see cref="Credential"/> what it is, when Graph:Credential itself was not set.</summary>
    public string? CredentialInferredFrom { get; init; }

    public string? TenantId { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string? CertificatePath { get; init; }
    public string? CertificatePassword { get; init; }
    public string? CertificateThumbprint { get; init; }
    public string? AccessToken { get; init; }

    /// <summary>Graph's root including the version, without a trailing slash: https://graph.microsoft.com/v1.0.</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    public Uri AuthorityHost { get; init; } = AuthorityByGraphHost["graph.microsoft.com"];

    /// <summary>The longest one Graph call may take, its retries included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) answer; at most 10 (the SDK's limit).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first back-off when the answer has no Retry-After; doubles on each retry.</summary>
    public int RetryDelaySeconds { get; init; } = 2;

    /// <summary>The only host that ever receives the bearer token.</summary>
    public string Host => BaseUrl.Host;

    /// <summary>The scope tokens are requested for: the Graph host's .default.</summary>
    public string Scope => $"https://{BaseUrl.Host}/.default";

    public static GraphSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        string? Value(string key) => string.IsNullOrWhiteSpace(section[key]) ? null : section[key]!.Trim();

        var baseUrl = ParseUrl("BaseUrl", Value("BaseUrl")) ?? DefaultBaseUrl;
        if (baseUrl.AbsolutePath is "" or "/") baseUrl = new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + "/v1.0");
        baseUrl = new Uri(baseUrl.AbsoluteUri.TrimEnd('/'));
        var authority = ParseUrl("AuthorityHost", Value("AuthorityHost"))
            ?? AuthorityByGraphHost.GetValueOrDefault(baseUrl.Host)
            ?? AuthorityByGraphHost["graph.microsoft.com"];

        var (kind, inferredFrom) = ParseCredential(Value("Credential"), Value);
        var settings = new GraphSettings
        {
            Credential = kind,
            CredentialInferredFrom = inferredFrom,
            TenantId = Value("TenantId"),
            ClientId = Value("ClientId"),
            ClientSecret = Value("ClientSecret"),
            CertificatePath = Value("CertificatePath"),
            CertificatePassword = section["CertificatePassword"] is { Length: > 0 } password ? password : null,
            CertificateThumbprint = Value("CertificateThumbprint")?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
            AccessToken = Value("AccessToken"),
            BaseUrl = baseUrl,
            AuthorityHost = authority,
            Timeout = TimeSpan.FromSeconds(ParseInt("TimeoutSeconds", Value("TimeoutSeconds"), 100, 1, 3600)),
            MaxRetries = ParseInt("MaxRetries", Value("MaxRetries"), 5, 0, 10),
            RetryDelaySeconds = ParseInt("RetryDelaySeconds", Value("RetryDelaySeconds"), 2, 1, 180),
        };
        settings.Validate();
        return settings;
    }

    /// <summary>What is configured, for a person: secrets only as "set" or "not set".</summary>
    public IReadOnlyList<(string Key, string Value)> Describe()
    {
        static string Shown(string? value) => value ?? "not set";
        static string Secret(string? value) => value is null ? "not set" : "set";
        return
        [
            ("Graph:Credential", Credential.Id() + (CredentialInferredFrom is null ? "" : $" (because {CredentialInferredFrom} is set)")),
            ("Graph:TenantId", Shown(TenantId)),
            ("Graph:ClientId", Shown(ClientId)),
            ("Graph:ClientSecret", Secret(ClientSecret)),
            ("Graph:CertificatePath", Shown(CertificatePath)),
            ("Graph:CertificatePassword", Secret(CertificatePassword)),
            ("Graph:CertificateThumbprint", Shown(CertificateThumbprint)),
            ("Graph:AccessToken", Secret(AccessToken)),
            ("Graph:BaseUrl", BaseUrl.AbsoluteUri),
            ("Graph:AuthorityHost", AuthorityHost.AbsoluteUri),
            ("Graph:TimeoutSeconds", ((int)Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
            ("Graph:MaxRetries", MaxRetries.ToString(CultureInfo.InvariantCulture)),
            ("Graph:RetryDelaySeconds", RetryDelaySeconds.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>
    /// <paramref name="text"/> with every configured secret replaced by "***": applied to every message
    /// built from an exception we did not write, in case a library echoes what it was given.
    /// </summary>
    public string Redact(string text)
    {
        foreach (var secret in new[] { ClientSecret, CertificatePassword, AccessToken })
        {
            if (string.IsNullOrEmpty(secret)) continue;
            text = text.Replace(secret, "***", StringComparison.Ordinal);
            // A library may have percent-encoded it (a form body, a query string).
            var encoded = WebUtility.UrlEncode(secret);
            if (encoded != secret) text = text.Replace(encoded, "***", StringComparison.OrdinalIgnoreCase);
        }
        return text;
    }

    /// <summary>Never the secrets: records and default ToString would print every property.</summary>
    public override string ToString() => $"Microsoft Graph at {BaseUrl} ({Credential.Id()} credential)";

    private void Validate()
    {
        var required = Credential switch
        {
            CredentialKind.ClientSecret => new[] { ("TenantId", TenantId), ("ClientId", ClientId), ("ClientSecret", ClientSecret) },
            CredentialKind.Certificate => [("TenantId", TenantId), ("ClientId", ClientId)],
            CredentialKind.DeviceCode => [("ClientId", ClientId)],
            CredentialKind.Token => [("AccessToken", AccessToken)],
            _ => [],
        };
        var missing = required.Where(r => r.Item2 is null).Select(r => $"{Section}:{r.Item1}").ToList();
        if (missing.Count > 0)
            throw new GraphConfigurationException($"{Section}:Credential is {Credential.Id()}, so {Enumerate(required.Select(r => $"{Section}:{r.Item1}").ToList())} must be set; not set: {string.Join(", ", missing)}.");
        if (Credential == CredentialKind.Certificate && (CertificatePath is null) == (CertificateThumbprint is null))
            throw new GraphConfigurationException($"{Section}:Credential is certificate, so exactly one of {Section}:CertificatePath (a .pfx or .pem file) and {Section}:CertificateThumbprint (a certificate in the CurrentUser or LocalMachine 'My' store) must be set.");
    }

    private static string Enumerate(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";

    private static (CredentialKind, string?) ParseCredential(string? value, Func<string, string?> get)
    {
        if (value is not null)
        {
            var match = CredentialKinds.All.Where(k => k.Id().Equals(value.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
                throw new GraphConfigurationException($"{Section}:Credential '{value}' is not one of: {string.Join(", ", CredentialKinds.All.Select(k => k.Id()))}.");
            return (match[0], null);
        }
        // Graph:Credential left out: the one kind whose secret is configured, else DefaultAzureCredential.
        if (get("AccessToken") is not null) return (CredentialKind.Token, $"{Section}:AccessToken");
        if (get("ClientSecret") is not null) return (CredentialKind.ClientSecret, $"{Section}:ClientSecret");
        if (get("CertificatePath") is not null) return (CredentialKind.Certificate, $"{Section}:CertificatePath");
        if (get("CertificateThumbprint") is not null) return (CredentialKind.Certificate, $"{Section}:CertificateThumbprint");
        return (CredentialKind.Default, null);
    }

    private static Uri? ParseUrl(string key, string? value)
    {
        if (value is null) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new GraphConfigurationException($"{Section}:{key} '{value}' is not an absolute https URL.");
        // Plain http only to this machine: that is how tests point the real client at a local server.
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            throw new GraphConfigurationException($"{Section}:{key} '{value}' must use https.");
        return uri;
    }

    private static int ParseInt(string key, string? value, int fallback, int min, int max)
    {
        if (value is null) return fallback;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            throw new GraphConfigurationException($"{Section}:{key} '{value}' must be a whole number from {min} to {max}.");
        return number;
    }
}
