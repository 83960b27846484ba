using System.CommandLine;
using CopOffice.Cli.Commands;

namespace CopOffice.Cli;

/// <summary>The root <c>copoffice</c> command and its subcommands.</summary>
public static class CopOfficeCommand
{
    private static readonly Option<FileInfo?> Framework = FrameworkOption.Create();

    public static RootCommand Create() => new("CopOffice shows what communities of practice are worth: templates members fill in, the check of what they sent back, and the reports: for sponsors, coordinators and each member.")
    {
        Framework,
        TemplatesCommand.Create(),
        CheckCommand.Create(),
        ReportCommand.Create(),
        WorkshopCommand.Create(),
        DemoCommand.Create(),
        ConfigCommand.Create(),
        ServeCommand.Create(),
        ManifestCommand.Create(),
    };

    /// <summary>
    /// Runs <c>copoffice</c> with these arguments, printing to the given writers (the console by default).
    /// Async all the way down: a caller with a synchronization context, a test runner among them,
    /// deadlocks if it blocks on commands that await Graph or a web host.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var parse = Create().Parse(args);
        var configuration = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        // The framework is chosen before any command reads it (FrameworkOption); a file that cannot be used stops here.
        if (parse.Errors.Count == 0 && !FrameworkOption.TryUse(parse.GetValue(Framework), configuration.Error)) return ExitCodes.BadInput;
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
