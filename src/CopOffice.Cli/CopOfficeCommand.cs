using System.CommandLine;
using CopOffice.Cli.Commands;

namespace CopOffice.Cli;

/// <summary>The root <c>copoffice</c> command and its subcommands.</summary>
public static class CopOfficeCommand
{
    public static RootCommand Create() => new("CopOffice shows what communities of practice are worth: templates members fill in, the check of what they sent back, and the reports: for sponsors, coordinators and each member.")
    {
        TemplatesCommand.Create(),
        CheckCommand.Create(),
        ReportCommand.Create(),
        DemoCommand.Create(),
        ConfigCommand.Create(),
        ServeCommand.Create(),
        ManifestCommand.Create(),
    };
}
