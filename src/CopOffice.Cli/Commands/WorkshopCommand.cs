using System.CommandLine;
using CopOffice.Cli.Configuration;
using CopOffice.Pipeline;
using CopOffice.Store;
using CopOffice.Store.SharePoint;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>copoffice workshop --source SRC --out OUT [--community NAME] [--period P] [--roster FILE] [--communities FILE] [--min-group-size K]</c>:
/// the material for seed 004's workshop, "Demonstrating and extracting value from communities", for one community
/// or the organisation, written to OUT/workshop/. It shows only what the shared reports show. Exit codes as report's.
/// </summary>
public static class WorkshopCommand
{
    public static Command Create()
    {
        var source = RunFailures.SourceOption();
        var output = new Option<string>("--out")
        {
            Description = "Where the pack goes (under workshop/): the reports' folder or another that the session can read. Nothing about one person is written here.",
            Required = true,
        };
        var community = new Option<string?>("--community")
        {
            Description = "The community the workshop is for; without it, the organisation's pack.",
        };
        var options = new ReportRunOptions();
        var command = new Command("workshop", "Write the material for a workshop on the value communities create (seed 004): the community at its best in its stories, the four questions with what the responses show, the common threads across communities, and a frame for a new story.")
        {
            source,
            output,
            community,
        };
        options.AddTo(command, reportOptions: false);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => RunAsync(parse, parse.GetRequiredValue(source), parse.GetRequiredValue(output), parse.GetValue(community), options,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string source, string output, string? community, ReportRunOptions options,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        const string name = "copoffice workshop";
        if (!options.TryRead(parse, out var reportOptions, out var problem))
        {
            stderr.WriteLine($"{name}: {problem}");
            return ExitCodes.BadInput;
        }
        return await RunFailures.WithSource(name, parse, source, stderr, async (from, open) =>
        {
            var to = open(output, false);
            var path = await WorkshopRun.RunAsync(from, to, reportOptions, community, cancellationToken);
            stdout.WriteLine($"Wrote the workshop pack {path} to {to.Description}.");
            return ExitCodes.Success;
        });
    }
}
