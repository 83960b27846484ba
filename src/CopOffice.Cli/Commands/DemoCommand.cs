using System.CommandLine;
using CopOffice.Aggregation;
using CopOffice.Cli.Reporting;
using CopOffice.Intake.Lists;
using CopOffice.Pipeline;
using CopOffice.Responses;
using CopOffice.Samples;
using CopOffice.Store;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>copoffice demo [--out DIR] [--size full|small]</c>: a newcomer's first run. Generates a sample
/// organisation as the files people would send (filled templates, a Forms export, a roster, a few
/// flawed files) with the project's own templates, then runs the report on it.
/// </summary>
public static class DemoCommand
{
    public const string DefaultFolder = "copoffice-demo";
    public const string ReportsFolder = "reports";
    public const string MembersFolder = "members";
    public const string AdminFolder = "admin";

    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = $"Folder for the sample inputs and the run's output by audience: '{ReportsFolder}' (sponsors and coordinators), '{MembersFolder}' (one personal workbook per member) and '{AdminFolder}' (the ledger).",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultFolder),
        };
        var size = new Option<string>("--size")
        {
            Description = "full: 6 communities, 300 members, 3 periods; small: 2 communities, 24 members, 2 periods.",
            DefaultValueFactory = _ => "full",
        };
        size.AcceptOnlyFromAmong("full", "small");
        var minGroupSize = new Option<int>("--min-group-size")
        {
            Description = $"The fewest respondents a group needs before its figures are shown ({PrivacyOptions.LowestMinGroupSize}–{PrivacyOptions.HighestMinGroupSize}).",
            DefaultValueFactory = _ => PrivacyOptions.DefaultMinGroupSize,
        };
        var command = new Command("demo", "Generate a realistic sample organisation (communities, members, three periods of surveys, stories, some flawed files) and run the report on it.")
        {
            output,
            size,
            minGroupSize,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(output), parse.GetRequiredValue(size) == "small" ? SampleSize.Small : SampleSize.Demo,
            parse.GetValue(minGroupSize), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo output, SampleSize size, int minGroupSize, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!ReportRunOptions.TryPrivacy(minGroupSize, out var privacy, out var problem))
        {
            stderr.WriteLine($"copoffice demo: {problem}");
            return ExitCodes.BadInput;
        }
        stderr.WriteLine($"Generating a sample organisation of {size.Communities} communities and {size.Members} members over {size.Periods} periods in {output.FullName} …");
        var sample = SampleSet.Write(output.FullName, size);
        stdout.WriteLine($"Sample inputs: {sample.TemplateFiles:N0} filled templates, a Forms export per period with {sample.FormsRows:N0} responses in all, {sample.FlawedFiles} flawed files, in {sample.IntakeFolder}.");

        var options = new ReportOptions
        {
            Privacy = privacy,
            Rules = new IntakeRules { Roster = RosterReader.Read(sample.RosterFile), Lists = CommunityListReader.Read(sample.CommunitiesFile) },
            Programme = sample.ProgrammeFile is { } programme ? ProgrammeReader.Read(programme) : [],
        };
        var printer = new RunPrinter(stdout, stderr);
        var reports = Path.Combine(output.FullName, ReportsFolder);
        // One folder per audience, as a real run lays them out: the private two are created for their owner alone.
        var destinations = new ReportDestinations(new LocalFolderStore(reports))
        {
            Members = new LocalFolderStore(Path.Combine(output.FullName, MembersFolder), privateFolder: true),
            Ledger = new LocalFolderStore(Path.Combine(output.FullName, AdminFolder), privateFolder: true),
        };
        try
        {
            var summary = await ReportRun.RunAsync(new LocalFolderStore(sample.IntakeFolder), destinations, options, printer, cancellationToken);
            printer.Summary(summary, sample.IntakeFolder, destinations);
            stdout.WriteLine($"Start with {Path.Combine(reports, summary.Written.First(w => w.StartsWith("organisation/", StringComparison.Ordinal)))}.");
            return ExitCodes.Success;
        }
        catch (ReportRunException e)
        {
            stderr.WriteLine($"copoffice demo: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
