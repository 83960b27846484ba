using System.CommandLine;
using CopOffice.Aggregation;
using CopOffice.Cli.Configuration;
using CopOffice.Cli.Reporting;
using CopOffice.Intake;
using CopOffice.Pipeline;
using CopOffice.Responses;
using CopOffice.Store;
using CopOffice.Store.SharePoint;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>copoffice report --source SRC --out OUT [--members-out DEST] [--ledger-out DEST] [--notify] [--period P] [--roster FILE] [--communities FILE] [--min-group-size K] [--driver-min N] [--programme FILE] [--results-on-disk]</c>:
/// the main job. Each location is a folder or a SharePoint folder address; individual data (personal workbooks,
/// the ledger) goes only to the private folders named for it, checked before anything is read. Exit 0 when
/// reports were written (rejected inputs are data, listed in ledger.xlsx), 1 when none could be or a private
/// folder is not private, 2 for an option or list that cannot be used, 3 when Microsoft Graph refused.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var source = RunFailures.SourceOption();
        var output = new Option<string>("--out")
        {
            Description = "Where the organisation and community reports go, for sponsors and coordinators: a folder (created if missing) or a SharePoint folder address. Reports there are replaced. Nothing about one person is written here.",
            Required = true,
        };
        var membersOut = new Option<string?>("--members-out")
        {
            Description = "Where each member's personal workbook goes: a folder only its owners can open (checked first), outside --out. In SharePoint each workbook is shared with its member alone when the address is verified. Without it, no personal workbook is written.",
        };
        var ledgerOut = new Option<string?>("--ledger-out")
        {
            Description = "Where ledger.xlsx goes (every input, with links to the raw workbooks): a folder only its owners can open (checked first), outside --out. Without it, no ledger is written; copoffice check SRC prints the same ledger.",
        };
        var notify = new Option<bool>("--notify")
        {
            Description = "SharePoint e-mails each member a link when their personal workbook is first shared with them. Without it the grant is silent.",
        };
        var options = new ReportRunOptions();
        var command = new Command("report", "Read every filled template and Forms export, aggregate the value they show, and write the organisation report and a report per community to --out, a personal workbook per member to --members-out and the intake ledger to --ledger-out. Microsoft Graph settings for SharePoint addresses may follow as --Graph:Key value (see copoffice config).")
        {
            source,
            output,
            membersOut,
            ledgerOut,
            notify,
        };
        options.AddTo(command);
        // Graph configuration may come as --Graph:Key value options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var printer = new RunPrinter(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var locations = new ReportLocations(parse.GetRequiredValue(source), parse.GetRequiredValue(output), parse.GetValue(membersOut), parse.GetValue(ledgerOut), parse.GetValue(notify));
            return RunAsync(parse, locations, options, printer, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>The command's folders, as typed.</summary>
    private sealed record ReportLocations(string Source, string Out, string? MembersOut, string? LedgerOut, bool Notify);

    private static async Task<int> RunAsync(ParseResult parse, ReportLocations locations, ReportRunOptions options, RunPrinter printer, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!options.TryRead(parse, out var reportOptions, out var problem))
        {
            stderr.WriteLine($"{Name}: {problem}");
            return ExitCodes.BadInput;
        }
        return await RunFailures.WithSource(Name, parse, locations.Source, stderr, (from, open) => Run(from, open, locations, reportOptions, printer, cancellationToken));
    }

    private const string Name = "copoffice report";

    /// <summary>Opens the destinations with <paramref name="open"/> (whose stores the caller disposes) and runs the report.</summary>
    private static async Task<int> Run(IDocumentStore from, Func<string, bool, IDocumentStore> open, ReportLocations locations, ReportOptions reportOptions, RunPrinter printer,
        CancellationToken cancellationToken)
    {
        var destinations = new ReportDestinations(open(locations.Out, false))
        {
            Members = locations.MembersOut is { } members ? open(members, true) : null,
            Ledger = locations.LedgerOut is { } ledger ? open(ledger, true) : null,
            Notify = locations.Notify,
        };
        var summary = await ReportRun.RunAsync(from, destinations, reportOptions, printer, cancellationToken);
        printer.Summary(summary, from.Description, destinations);
        return ExitCodes.Success;
    }
}

/// <summary>The options a report run shares between <c>report</c> and <c>demo</c>.</summary>
internal sealed class ReportRunOptions
{
    private readonly IntakeRuleOptions _rules = new();

    public Option<string?> Period { get; } = new("--period")
    {
        Description = "The period to report, e.g. 2026-Q4 (also Q4 2026, 2026-11). Default: the latest period with accepted responses.",
    };

    public Option<int> MinGroupSize { get; } = new("--min-group-size")
    {
        Description = $"The fewest respondents a group needs before its figures are shown to anyone but its members ({PrivacyOptions.LowestMinGroupSize}–{PrivacyOptions.HighestMinGroupSize}).",
        DefaultValueFactory = _ => PrivacyOptions.DefaultMinGroupSize,
    };

    public Option<int?> DriverMin { get; } = new("--driver-min")
    {
        Description = $"The fewest responses a group needs for its driver analysis (which indicators go with value); default {PrivacyOptions.DefaultMinDriverGroupSize}, never below the free-text threshold.",
    };

    public Option<bool> ResultsOnDisk { get; } = new("--results-on-disk")
    {
        Description = "Keep what was read in a temporary database (deleted when the run ends) instead of memory: for a library too large for this machine's memory. Slower: 100,000 Forms rows took 20 s instead of 17 s, with a 778 MB peak instead of 989 MB.",
    };

    public Option<FileInfo?> Programme { get; } = new("--programme")
    {
        Description = "The programme lead's .csv or .xlsx with Action, Status and Notes columns (the organisation report's Programme table): copied into the Programme sheet.",
    };

    private bool _reportOptions;

    /// <param name="reportOptions">Also --driver-min, --programme and --results-on-disk, which only the report run uses (a workshop has no drivers).</param>
    public void AddTo(Command command, bool reportOptions = true)
    {
        command.Options.Add(Period);
        _rules.AddTo(command);
        command.Options.Add(MinGroupSize);
        _reportOptions = reportOptions;
        if (!reportOptions) return;
        command.Options.Add(DriverMin);
        command.Options.Add(Programme);
        command.Options.Add(ResultsOnDisk);
    }

    public bool TryRead(ParseResult parse, out ReportOptions options, out string problem)
    {
        options = new ReportOptions();
        problem = "";
        Period? period = null;
        if (parse.GetValue(Period) is { } text)
        {
            if (!Responses.Period.TryParse(text, out var parsed))
            {
                problem = $"--period: \"{text}\" is not a period: write it as 2026-Q4, Q4 2026 or 2026-11.";
                return false;
            }
            period = parsed;
        }
        if (!TryPrivacy(parse.GetValue(MinGroupSize), out var privacy, out problem, _reportOptions ? parse.GetValue(DriverMin) : null)) return false;
        IntakeRules rules;
        IReadOnlyList<ProgrammeStatus> programme;
        try
        {
            rules = _rules.Read(parse);
            programme = _reportOptions && parse.GetValue(Programme) is { } file ? Intake.Lists.ProgrammeReader.Read(file.FullName) : [];
        }
        catch (InputFileException e)
        {
            problem = e.Message;
            return false;
        }
        options = new ReportOptions { Period = period, Privacy = privacy, Rules = rules, Programme = programme, ResultsOnDisk = _reportOptions && parse.GetValue(ResultsOnDisk) };
        return true;
    }

    /// <summary>The privacy options for a minimum group size (and driver minimum), or the reason they cannot be used.</summary>
    public static bool TryPrivacy(int minGroupSize, out PrivacyOptions privacy, out string problem, int? driverMin = null)
    {
        try
        {
            privacy = PrivacyOptions.Create(minGroupSize, minDriverGroupSize: driverMin);
            problem = "";
            return true;
        }
        catch (ArgumentException e)
        {
            privacy = PrivacyOptions.Default;
            problem = $"{(e.Message.StartsWith("The driver analysis", StringComparison.Ordinal) ? "--driver-min" : "--min-group-size")}: {e.Message}";
            return false;
        }
    }
}
