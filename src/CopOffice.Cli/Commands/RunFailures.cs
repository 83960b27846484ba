using System.CommandLine;
using CopOffice.Cli.Configuration;
using CopOffice.Pipeline;
using CopOffice.Store;

namespace CopOffice.Cli.Commands;

/// <summary>
/// What the commands that read a source and publish (report, workshop, personal templates) share: their --source option, and how a
/// failure a person can act on becomes one line and an exit code. Anything else is a bug and goes on, loudly.
/// </summary>
internal static class RunFailures
{
    public static System.CommandLine.Option<string> SourceOption() => new("--source")
    {
        Description = "Where the filled workbooks are: a folder, a SharePoint folder address as copied from the browser, or drive:{id}/path. Read with its subfolders.",
        Required = true,
    };

    /// <summary>
    /// Opens <paramref name="source"/> (a local folder that does not exist is a bad setting, said in one line) and runs
    /// <paramref name="run"/> with it and a way to open the destinations (a location, and whether it is for individual
    /// data); every store opened is disposed afterwards, and failures are worded as <see cref="Guarded"/> words them.
    /// </summary>
    public static async Task<int> WithSource(string name, ParseResult parse, string source, TextWriter stderr,
        Func<IDocumentStore, Func<string, bool, IDocumentStore>, Task<int>> run)
    {
        var opened = new List<IDocumentStore>();
        try
        {
            return await Guarded(name, stderr, async () =>
            {
                var configuration = CliConfiguration.Build(parse.UnmatchedTokens, Directory.GetCurrentDirectory());
                IDocumentStore Open(string location, bool privateFolder)
                {
                    var store = Store.SharePoint.StoreLocation.Open(location, configuration, stderr, privateFolder);
                    opened.Add(store);
                    return store;
                }
                var from = Open(source, false);
                if (from is LocalFolderStore local && !Directory.Exists(local.Root))
                {
                    stderr.WriteLine($"{name}: {source}: no such folder.");
                    return ExitCodes.BadInput;
                }
                return await run(from, Open);
            });
        }
        finally
        {
            foreach (var store in opened) (store as IDisposable)?.Dispose();
        }
    }

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
