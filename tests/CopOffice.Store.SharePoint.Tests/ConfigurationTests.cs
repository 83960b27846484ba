using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using CopOffice.Store.SharePoint.Configuration;
using Microsoft.Extensions.Configuration;

namespace CopOffice.Store.SharePoint.Tests;

public class GraphSettingsTests
{
    private static GraphSettings Read(params (string Key, string? Value)[] values) =>
        GraphSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create("Graph:" + v.Key, v.Value))).Build());

    [Fact]
    public void Nothing_configured_is_the_default_credential_on_the_global_cloud()
    {
        var settings = Read();
        Assert.Equal((CredentialKind.Default, "https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/", "https://graph.microsoft.com/.default", "graph.microsoft.com"),
            (settings.Credential, settings.BaseUrl.AbsoluteUri, settings.AuthorityHost.AbsoluteUri, settings.Scope, settings.Host));
        Assert.Equal((TimeSpan.FromSeconds(100), 5, 2), (settings.Timeout, settings.MaxRetries, settings.RetryDelaySeconds));
    }

    [Theory]
    [InlineData("https://graph.microsoft.us", "https://graph.microsoft.us/v1.0", "https://login.microsoftonline.us/", "https://graph.microsoft.us/.default")]
    [InlineData("https://dod-graph.microsoft.us/v1.0/", "https://dod-graph.microsoft.us/v1.0", "https://login.microsoftonline.us/", "https://dod-graph.microsoft.us/.default")]
    [InlineData("https://microsoftgraph.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn/v1.0", "https://login.chinacloudapi.cn/", "https://microsoftgraph.chinacloudapi.cn/.default")]
    public void A_national_cloud_brings_its_authority_and_scope(string baseUrl, string expectedBase, string authority, string scope)
    {
        var settings = Read(("BaseUrl", baseUrl));
        Assert.Equal((expectedBase, authority, scope), (settings.BaseUrl.AbsoluteUri, settings.AuthorityHost.AbsoluteUri, settings.Scope));
    }

    [Fact]
    public void An_explicit_authority_host_wins()
    {
        Assert.Equal("https://login.example.test/", Read(("BaseUrl", "https://graph.microsoft.us"), ("AuthorityHost", "https://login.example.test")).AuthorityHost.AbsoluteUri);
    }

    [Theory]
    [InlineData("AccessToken", CredentialKind.Token)]
    [InlineData("ClientSecret", CredentialKind.ClientSecret)]
    [InlineData("CertificateThumbprint", CredentialKind.Certificate)]
    public void Without_Graph_Credential_the_configured_secret_names_the_kind(string key, CredentialKind kind)
    {
        var settings = Read((key, "x1y2"), ("TenantId", "t"), ("ClientId", "c"));
        Assert.Equal(kind, settings.Credential);
        Assert.Equal($"Graph:{key}", settings.CredentialInferredFrom);
    }

    [Theory]
    [InlineData("Credential=password", "Graph:Credential 'password' is not one of: default, clientsecret, certificate, managedidentity, devicecode, token.")]
    [InlineData("Credential=clientsecret;ClientSecret=S3cret-value", "Graph:Credential is clientsecret, so Graph:TenantId, Graph:ClientId and Graph:ClientSecret must be set; not set: Graph:TenantId, Graph:ClientId.")]
    [InlineData("Credential=certificate;TenantId=t;ClientId=c", "Graph:Credential is certificate, so exactly one of Graph:CertificatePath (a .pfx or .pem file) and Graph:CertificateThumbprint (a certificate in the CurrentUser or LocalMachine 'My' store) must be set.")]
    [InlineData("Credential=devicecode", "Graph:Credential is devicecode, so Graph:ClientId must be set; not set: Graph:ClientId.")]
    [InlineData("Credential=token", "Graph:Credential is token, so Graph:AccessToken must be set; not set: Graph:AccessToken.")]
    [InlineData("BaseUrl=http://graph.microsoft.com", "Graph:BaseUrl 'http://graph.microsoft.com' must use https.")]
    [InlineData("BaseUrl=graph.microsoft.com", "Graph:BaseUrl 'graph.microsoft.com' is not an absolute https URL.")]
    [InlineData("MaxRetries=11", "Graph:MaxRetries '11' must be a whole number from 0 to 10.")]
    [InlineData("TimeoutSeconds=0", "Graph:TimeoutSeconds '0' must be a whole number from 1 to 3600.")]
    public void Bad_configuration_names_the_key_and_never_the_secret(string values, string message)
    {
        var pairs = values.Split(';').Select(p => p.Split('=', 2)).Select(p => (p[0], (string?)p[1])).ToArray();
        var error = Assert.Throws<GraphConfigurationException>(() => Read(pairs));
        Assert.Equal(message, error.Message);
        Assert.DoesNotContain("S3cret-value", error.Message);
    }

    [Fact]
    public void Secrets_are_shown_only_as_set_and_redacted_from_any_text()
    {
        var settings = Read(("ClientSecret", "S3cret+value/1"), ("TenantId", "contoso.onmicrosoft.com"), ("ClientId", "11111111-2222"), ("CertificatePassword", "pfx-Pa55"));

        var shown = string.Join("\n", settings.Describe().Select(r => $"{r.Key}={r.Value}"));

        Assert.Contains("Graph:ClientSecret=set", shown);
        Assert.Contains("Graph:AccessToken=not set", shown);
        Assert.Contains("Graph:CertificatePassword=set", shown);
        Assert.Contains("Graph:TenantId=contoso.onmicrosoft.com", shown);
        Assert.Contains("Graph:Credential=clientsecret (because Graph:ClientSecret is set)", shown);
        Assert.DoesNotContain("S3cret", shown + settings);
        Assert.DoesNotContain("Pa55", shown + settings);
        Assert.Equal("failed with *** and *** and ***", settings.Redact("failed with S3cret+value/1 and S3cret%2Bvalue%2F1 and pfx-Pa55"));
    }
}

public class CredentialTests
{
    private static GraphSettings Read(params (string Key, string? Value)[] values) =>
        GraphSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create("Graph:" + v.Key, v.Value))).Build());

    [Theory]
    [InlineData("default", typeof(DefaultAzureCredential))]
    [InlineData("clientsecret", typeof(ClientSecretCredential))]
    [InlineData("managedidentity", typeof(ManagedIdentityCredential))]
    [InlineData("devicecode", typeof(DeviceCodeCredential))]
    public void Each_kind_is_its_Azure_Identity_credential(string kind, Type type)
    {
        // Constructing a credential contacts nothing; only asking it for a token would.
        var credential = GraphCredentials.Create(Read(("Credential", kind), ("TenantId", "t"), ("ClientId", "c"), ("ClientSecret", "s")));
        Assert.IsType(type, credential);
    }

    [Fact]
    public async Task A_pre_acquired_token_is_handed_over_as_is_until_it_expires()
    {
        var valid = Jwt(DateTimeOffset.UtcNow.AddHours(1));
        var credential = GraphCredentials.Create(Read(("AccessToken", valid)));
        var token = await credential.GetTokenAsync(new TokenRequestContext(["https://graph.microsoft.com/.default"]), default);
        Assert.Equal(valid, token.Token);

        var expired = GraphCredentials.Create(Read(("AccessToken", Jwt(new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero)))));
        var error = await Assert.ThrowsAsync<GraphConfigurationException>(() => expired.GetTokenAsync(new TokenRequestContext(["x"]), default).AsTask());
        Assert.Equal("Graph:AccessToken expired at 2025-03-01 08:30 UTC: acquire a new one.", error.Message);
    }

    [Fact]
    public void A_certificate_file_with_its_key_makes_a_certificate_credential()
    {
        var path = Path.Combine(Path.GetTempPath(), $"copoffice-{Guid.NewGuid():N}.pfx");
        try
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=CopOffice test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "right-Pa55"));

            Assert.IsType<ClientCertificateCredential>(GraphCredentials.Create(Read(("TenantId", "t"), ("ClientId", "c"), ("CertificatePath", path), ("CertificatePassword", "right-Pa55"))));

            var error = Assert.Throws<GraphConfigurationException>(() => GraphCredentials.Create(Read(("TenantId", "t"), ("ClientId", "c"), ("CertificatePath", path), ("CertificatePassword", "wrong-Pa55"))));
            Assert.StartsWith($"Graph:CertificatePath {path}: the certificate could not be loaded (", error.Message);
            Assert.EndsWith("Check the file and Graph:CertificatePassword.", error.Message);
            Assert.DoesNotContain("Pa55", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_certificate_says_where_it_was_looked_for()
    {
        var missing = Assert.Throws<GraphConfigurationException>(() => GraphCredentials.Create(Read(("TenantId", "t"), ("ClientId", "c"), ("CertificatePath", "/nowhere/app.pfx"))));
        Assert.Equal("Graph:CertificatePath /nowhere/app.pfx: the file does not exist.", missing.Message);

        var thumbprint = Assert.Throws<GraphConfigurationException>(() => GraphCredentials.Create(Read(("TenantId", "t"), ("ClientId", "c"), ("CertificateThumbprint", "ab cd 00 11"))));
        Assert.Equal("Graph:CertificateThumbprint ABCD0011: no certificate with a private key and that thumbprint in the CurrentUser or LocalMachine 'My' store.", thumbprint.Message);
    }

    private static string Jwt(DateTimeOffset expires)
    {
        static string Part(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Part("{\"alg\":\"none\"}")}.{Part($"{{\"aud\":\"https://graph.microsoft.com\",\"exp\":{expires.ToUnixTimeSeconds()}}}")}.c2ln";
    }
}
