using System.CommandLine;
using CopOffice.Cli.Ledgers;
using CopOffice.Intake;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>copoffice check PATH... [--json] [--roster FILE] [--communities FILE]</c>: reads files and folders with the intake
/// and prints the ledger. The exit code says whether the command ran, not what it found: 0 whenever
/// every input was read, whatever its status; 2 when a path, the roster or the community list cannot be used.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Filled templates or Forms exports (.xlsx, .xlsm, .xls, .csv), or folders of them (read with their subfolders).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the ledger as a JSON array of entries (source, status, findings with severity, message, location).",
        };
        var rules = new IntakeRuleOptions();
        var command = new Command("check", "Read filled templates and Forms exports as the intake would, and print what became of each: accepted, accepted with warnings, superseded or rejected, with the reasons and where to look.")
        {
            paths,
            json,
        };
        rules.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, parse.GetRequiredValue(paths), parse.GetValue(json), rules,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string[] paths, bool json, IntakeRuleOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        IntakeRules rules;
        try
        {
            rules = options.Read(parse);
        }
        catch (InputFileException e)
        {
            stderr.WriteLine($"copoffice check: {e.Message}");
            return ExitCodes.BadInput;
        }
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) stderr.WriteLine($"copoffice check: {path}: no such file or folder.");
        if (missing.Count > 0) return ExitCodes.BadInput;

        var run = new IntakeRun(rules);
        foreach (var path in paths.DistinctBy(Path.GetFullPath))
        {
            if (Directory.Exists(path))
            {
                await run.ReadAsync(new LocalFolderStore(path), FolderPrefix(path), cancellationToken: cancellationToken);
                continue;
            }
            var file = new FileInfo(path);
            var stored = new StoredFile(file.Name, file.Name, file.Length, file.LastWriteTimeUtc) { WebUrl = new Uri(file.FullName).AbsoluteUri };
            await run.ReadFileAsync(new LocalFolderStore(file.DirectoryName!), stored, Shown(path), cancellationToken);
        }

        var ledger = run.ToLedger();
        if (json) LedgerJson.Write(ledger, stdout);
        else LedgerText.Write(ledger, stdout);
        return ExitCodes.Success;
    }

    /// <summary>Entries of a folder are named as the user would find them: "inbox/ada.xlsx" for "inbox".</summary>
    private static string FolderPrefix(string folder)
    {
        var shown = Shown(folder).TrimEnd('/');
        return shown is "" or "." ? "" : shown + "/";
    }

    private static string Shown(string path) => path.Replace('\\', '/');
}
