using System.CommandLine;
using CopOffice.Cli.Configuration;
using CopOffice.Store;
using CopOffice.Store.SharePoint;
using CopOffice.Store.SharePoint.Configuration;
using CopOffice.Store.SharePoint.Graph;

namespace CopOffice.Cli.Commands;

/// <summary><c>copoffice config check [--source ADDRESS] [--out ADDRESS] [--members-out ADDRESS] [--ledger-out ADDRESS] [--Graph:Key value ...]</c></summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source")
        {
            Description = "A SharePoint folder address (as copied from the browser) or drive:{id}/path to resolve as the check, instead of the tenant's root site. Use it with Sites.Selected.",
        };
        var output = new Option<string?>("--out") { Description = "The reports' folder of your runs: who reads it is listed." };
        var membersOut = new Option<string?>("--members-out") { Description = "The personal workbooks' folder of your runs: anyone beyond its owners who can read it is a refusal (exit 1), as copoffice report would refuse." };
        var ledgerOut = new Option<string?>("--ledger-out") { Description = "The ledger's folder of your runs: checked as --members-out." };
        var check = new Command("check", "Print the Microsoft Graph configuration (secrets only as set or not set), try one Graph call, and say who can read each folder given.")
        {
            source,
            output,
            membersOut,
            ledgerOut,
        };
        // Configuration options (--Graph:TenantId value) are the command line source of the configuration.
        check.TreatUnmatchedTokensAsErrors = false;
        check.SetAction((parse, cancellationToken) =>
        {
            var folders = new List<(FolderAudit.Role, string)>();
            foreach (var (role, option) in new[] { (FolderAudit.Role.Intake, source), (FolderAudit.Role.Reports, output), (FolderAudit.Role.Members, membersOut), (FolderAudit.Role.Ledger, ledgerOut) })
                if (parse.GetValue(option) is { } location) folders.Add((role, location));
            return CheckAsync(parse.GetValue(source), folders, parse.UnmatchedTokens, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return new Command("config", $"The configuration: {CliConfiguration.SettingsFile} in the working folder, {CliConfiguration.EnvironmentPrefix}Graph__Key environment variables, --Graph:Key value options.")
        {
            check,
        };
    }

    private static async Task<int> CheckAsync(string? source, IReadOnlyList<(FolderAudit.Role Role, string Location)> folders, IReadOnlyList<string> arguments,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        GraphSettings settings;
        try
        {
            settings = GraphSettings.From(CliConfiguration.Build(arguments, Directory.GetCurrentDirectory()));
        }
        catch (Exception e) when (e is ConfigurationArgumentException or GraphConfigurationException)
        {
            stderr.WriteLine($"copoffice config check: {e.Message}");
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"Microsoft Graph configuration ({CliConfiguration.SettingsFile}, {CliConfiguration.EnvironmentPrefix}* environment variables, --Graph:Key options):");
        var rows = settings.Describe();
        var width = rows.Max(r => r.Key.Length);
        foreach (var (key, value) in rows) stdout.WriteLine($"  {key.PadRight(width)}  {value}");

        GraphConnection connection;
        try
        {
            connection = GraphConnection.Open(settings, stderr);
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"copoffice config check: {settings.Redact(e.Message)}");
            return ExitCodes.BadInput;
        }
        using (connection)
        {
            stdout.WriteLine($"Checking: {GraphCheck.Describe(connection, source)}");
            var result = await GraphCheck.RunAsync(connection, source, cancellationToken);
            if (!result.Succeeded)
            {
                stderr.WriteLine($"copoffice config check: {result.Message}");
                return ExitCodes.GraphFailed;
            }
            stdout.WriteLine(result.Message);
            if (folders.Count == 0) return ExitCodes.Success;
            stdout.WriteLine("Who can read each folder:");
            var refused = false;
            foreach (var (role, location) in folders)
            {
                var finding = await FolderAudit.CheckAsync(role, location, connection, cancellationToken);
                stdout.WriteLine($"  {finding.Line}");
                refused |= finding.Refused;
            }
            return refused ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}
