using CopOffice.Cli.Configuration;
using CopOffice.Pipeline;
using CopOffice.Store;

namespace CopOffice.Cli.Commands;

/// <summary>
/// What the commands that read a source and publish (report, workshop) share: their --source option, and how a
/// failure a person can act on becomes one line and an exit code. Anything else is a bug and goes on, loudly.
/// </summary>
internal static class RunFailures
{
    public static System.CommandLine.Option<string> SourceOption() => new("--source")
    {
        Description = "Where the filled workbooks are: a folder, a SharePoint folder address as copied from the browser, or drive:{id}/path. Read with its subfolders.",
        Required = true,
    };

    /// <summary>Runs <paramref name="run"/>; a bad setting is exit 2, a run that could not publish 1, a refusal by Microsoft Graph 3.</summary>
    public static async Task<int> Guarded(string name, TextWriter stderr, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (ConfigurationArgumentException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is ReportRunException or PublishFailedException)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.GraphFailed;
        }
    }
}
