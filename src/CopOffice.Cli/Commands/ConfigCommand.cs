using System.CommandLine;
using CopOffice.Cli.Configuration;
using CopOffice.Store;
using CopOffice.Store.SharePoint;
using CopOffice.Store.SharePoint.Configuration;
using CopOffice.Store.SharePoint.Graph;

namespace CopOffice.Cli.Commands;

/// <summary><c>copoffice config check [--source ADDRESS] [--Graph:Key value ...]</c></summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source")
        {
            Description = "A SharePoint folder address (as copied from the browser) or drive:{id}/path to resolve as the check, instead of the tenant's root site. Use it with Sites.Selected.",
        };
        var check = new Command("check", "Print the Microsoft Graph configuration (secrets only as set or not set) and try one Graph call.")
        {
            source,
        };
        // Configuration options (--Graph:TenantId value) are the command line source of the configuration.
        check.TreatUnmatchedTokensAsErrors = false;
        check.SetAction((parse, cancellationToken) => CheckAsync(parse.GetValue(source), parse.UnmatchedTokens, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return new Command("config", $"The configuration: {CliConfiguration.SettingsFile} in the working folder, {CliConfiguration.EnvironmentPrefix}Graph__Key environment variables, --Graph:Key value options.")
        {
            check,
        };
    }

    private static async Task<int> CheckAsync(string? source, IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
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
            if (result.Succeeded)
            {
                stdout.WriteLine(result.Message);
                return ExitCodes.Success;
            }
            stderr.WriteLine($"copoffice config check: {result.Message}");
            return ExitCodes.GraphFailed;
        }
    }
}
