namespace CopOffice.Store.SharePoint.Configuration;

/// <summary>How CopOffice signs in to Microsoft Graph (<c>Graph:Credential</c>).</summary>
public enum CredentialKind
{
    /// <summary>DefaultAzureCredential: environment, workload identity, managed identity, Azure CLI, ...</summary>
    Default,
    ClientSecret,
    Certificate,
    ManagedIdentity,
    /// <summary>An administrator at a terminal signs in with a code shown there (delegated permissions).</summary>
    DeviceCode,
    /// <summary>An access token acquired elsewhere (<c>Graph:AccessToken</c>), used as is until it expires.</summary>
    Token,
}

public static class CredentialKinds
{
    /// <summary>The value as written in configuration: "clientsecret", "devicecode", ...</summary>
    public static string Id(this CredentialKind kind) => kind.ToString().ToLowerInvariant();

    public static readonly IReadOnlyList<CredentialKind> All = Enum.GetValues<CredentialKind>();
}
