namespace CopOffice.Store.SharePoint.Configuration;

/// <summary>The Graph:* configuration is incomplete or invalid. The message names the key and never a secret's value.</summary>
public sealed class GraphConfigurationException(string message) : StoreException(message);
