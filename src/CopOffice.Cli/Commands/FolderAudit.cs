using CopOffice.Pipeline;
using CopOffice.Store;
using CopOffice.Store.SharePoint;
using CopOffice.Store.SharePoint.Graph;
using CopOffice.Store.SharePoint.Locations;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>config check</c>'s look at who can read each folder a run would use, the way <c>report</c> checks
/// before it publishes: the private folders (personal workbooks, ledger) must be the owners' alone; the
/// intake folder holds members' raw answers, so readers there are a warning; the reports' readers are listed.
/// </summary>
internal static class FolderAudit
{
    public enum Role { Intake, Reports, Members, Ledger }

    /// <summary>A line to print, and whether a report run would refuse the folder.</summary>
    public sealed record Finding(string Line, bool Refused);

    public static async Task<Finding> CheckAsync(Role role, string location, GraphConnection? connection, CancellationToken cancellationToken)
    {
        var what = role switch
        {
            Role.Intake => "Intake (members' raw answers)",
            Role.Reports => "Reports (sponsors and coordinators)",
            Role.Members => "Personal workbooks",
            _ => "Ledger",
        };
        IReadOnlyList<FolderReader> readers;
        try
        {
            readers = await ReadersAsync(role, location, connection, cancellationToken);
        }
        catch (StoreException e)
        {
            return new Finding($"{what}, {location}: {connection?.Settings.Redact(e.Message) ?? e.Message}", role is Role.Members or Role.Ledger);
        }
        var who = string.Join("; ", readers);
        return (role, readers.Count) switch
        {
            (_, 0) => new Finding($"{what}, {location}: only its owners can open it.", false),
            (Role.Reports, _) => new Finding($"{what}, {location}: read by {who}.", false),
            (Role.Intake, _) => new Finding($"Warning: {what}, {location}: readable beyond its owners by {who}. Members' raw answers should be private too. {PrivateFolders.Advice}", false),
            _ => new Finding($"Refused: {what}, {location}: readable beyond its owners by {who}; copoffice report would publish nothing. {PrivateFolders.Advice}", true),
        };
    }

    private static async Task<IReadOnlyList<FolderReader>> ReadersAsync(Role role, string location, GraphConnection? connection, CancellationToken cancellationToken)
    {
        if (!SharePointLocation.IsSharePoint(location))
            return await new LocalFolderStore(location, privateFolder: role is Role.Members or Role.Ledger).ReadersAsync("", cancellationToken);
        if (connection is null) throw new StoreException("a SharePoint address needs the Graph configuration above.");
        using var store = new SharePointStore(location, connection);
        return await store.ReadersAsync("", cancellationToken);
    }
}
