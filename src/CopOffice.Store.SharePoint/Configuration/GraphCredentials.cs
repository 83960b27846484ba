using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace CopOffice.Store.SharePoint.Configuration;

/// <summary>The Azure.Identity credential that <see cref="GraphSettings.Credential"/> names.</summary>
public static class GraphCredentials
{
    /// <param name="prompts">Where the device code sign-in tells the administrator what to do (standard error at a terminal).</param>
    public static TokenCredential Create(GraphSettings settings, TextWriter? prompts = null)
    {
        var authority = settings.AuthorityHost;
        return settings.Credential switch
        {
            CredentialKind.Default => new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                AuthorityHost = authority,
                TenantId = settings.TenantId,
                ManagedIdentityClientId = settings.ClientId,
                WorkloadIdentityClientId = settings.ClientId,
            }),
            CredentialKind.ClientSecret => new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret,
                new ClientSecretCredentialOptions { AuthorityHost = authority }),
            CredentialKind.Certificate => new ClientCertificateCredential(settings.TenantId, settings.ClientId, LoadCertificate(settings),
                new ClientCertificateCredentialOptions { AuthorityHost = authority, SendCertificateChain = false }),
            CredentialKind.ManagedIdentity => new ManagedIdentityCredential(settings.ClientId is null
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(settings.ClientId)),
            CredentialKind.DeviceCode => new DeviceCodeCredential(new DeviceCodeCredentialOptions
            {
                AuthorityHost = authority,
                TenantId = settings.TenantId ?? "organizations",
                ClientId = settings.ClientId,
                DeviceCodeCallback = (code, _) =>
                {
                    (prompts ?? Console.Error).WriteLine(code.Message);
                    return Task.CompletedTask;
                },
            }),
            CredentialKind.Token => new AccessTokenCredential(settings.AccessToken!),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Credential, "Unknown credential kind."),
        };
    }

    private static X509Certificate2 LoadCertificate(GraphSettings settings)
    {
        if (settings.CertificateThumbprint is { } thumbprint)
        {
            foreach (var location in new[] { System.Security.Cryptography.X509Certificates.StoreLocation.CurrentUser, System.Security.Cryptography.X509Certificates.StoreLocation.LocalMachine })
            {
                using var store = new X509Store(StoreName.My, location);
                try
                {
                    store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                }
                catch (CryptographicException)
                {
                    continue; // that store does not exist on this machine
                }
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                if (found.Count > 0 && found[0].HasPrivateKey) return found[0];
            }
            throw new GraphConfigurationException($"{GraphSettings.Section}:CertificateThumbprint {thumbprint}: no certificate with a private key and that thumbprint in the CurrentUser or LocalMachine 'My' store.");
        }

        var path = settings.CertificatePath!;
        if (!File.Exists(path))
            throw new GraphConfigurationException($"{GraphSettings.Section}:CertificatePath {path}: the file does not exist.");
        try
        {
            var certificate = Path.GetExtension(path).Equals(".pem", StringComparison.OrdinalIgnoreCase)
                ? X509Certificate2.CreateFromPemFile(path)
                : X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
            if (!certificate.HasPrivateKey)
                throw new GraphConfigurationException($"{GraphSettings.Section}:CertificatePath {path}: the certificate has no private key (a .pfx with its key, or a .pem holding certificate and key).");
            return certificate;
        }
        catch (CryptographicException e)
        {
            // The message of a wrong password names no secret, but pass it through the redactor all the same.
            throw new GraphConfigurationException(settings.Redact($"{GraphSettings.Section}:CertificatePath {path}: the certificate could not be loaded ({e.Message}). Check the file and {GraphSettings.Section}:CertificatePassword."));
        }
    }
}
