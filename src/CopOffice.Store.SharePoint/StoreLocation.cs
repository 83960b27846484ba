using CopOffice.Store.SharePoint.Configuration;
using CopOffice.Store.SharePoint.Graph;
using CopOffice.Store.SharePoint.Locations;
using Microsoft.Extensions.Configuration;

namespace CopOffice.Store.SharePoint;

/// <summary>Turns a <c>--source</c> or <c>--out</c> argument into a store.</summary>
public static class StoreLocation
{
    /// <summary>
    /// A SharePoint address (https://...) or drive:{id}/path opens a <see cref="SharePointStore"/> signed in
    /// as the <c>Graph:*</c> configuration says (dispose it when done); anything else is a folder path and
    /// opens a <see cref="LocalFolderStore"/>. Throws <see cref="StoreException"/> for a malformed address
    /// or configuration; nothing is contacted until the store is used.
    /// </summary>
    /// <param name="prompts">Where a device code sign-in shows its instructions (standard error at a terminal).</param>
    /// <param name="privateFolder">For individual data: a local folder is created for its owner alone (a SharePoint folder's access is checked before use, not set).</param>
    public static IDocumentStore Open(string sourceOrOut, IConfiguration configuration, TextWriter? prompts = null, bool privateFolder = false)
    {
        if (!SharePointLocation.IsSharePoint(sourceOrOut)) return new LocalFolderStore(sourceOrOut, privateFolder);
        SharePointLocation.Parse(sourceOrOut); // a malformed address fails before anything signs in
        var settings = GraphSettings.From(configuration);
        var connection = GraphConnection.Open(settings, prompts);
        try
        {
            return new SharePointStore(sourceOrOut, connection, SharePointStoreOptions.From(configuration), ownsConnection: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
