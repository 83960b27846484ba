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
/// <c>copoffice report --source SRC --out OUT [--period P] [--roster FILE] [--communities FILE] [--min-group-size K]</c>:
/// the main job. SRC and OUT are folders or SharePoint folder addresses. Exit 0 when reports were
/// written (rejected inputs are data, listed in ledger.xlsx), 1 when none could be, 2 for an option
/// or list that cannot be used, 3 when Microsoft Graph refused.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source")
        {
            Description = "Where the filled workbooks are: a folder, a SharePoint folder address as copied from the browser, or drive:{id}/path. Read with its subfolders.",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where the reports go: a folder (created if missing) or a SharePoint folder address. Reports there are replaced.",
            Required = true,
        };
        var options = new ReportRunOptions();
        var command = new Command("report", "Read every filled template and Forms export, aggregate the value they show, and write the organisation report, a report per community, a personal workbook per member and the intake ledger. Microsoft Graph settings for SharePoint addresses may follow as --Graph:Key value (see copoffice config).")
        {
            source,
            output,
        };
        options.AddTo(command);
        // Graph configuration may come as --Graph:Key value options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var printer = new RunPrinter(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return RunAsync(parse, parse.GetRequiredValue(source), parse.GetRequiredValue(output), options, printer, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string source, string output, ReportRunOptions options, RunPrinter printer, TextWriter stderr, CancellationToken cancellationToken)
    {
        const string name = "copoffice report";
        if (!options.TryRead(parse, out var reportOptions, out var problem))
        {
            stderr.WriteLine($"{name}: {problem}");
            return ExitCodes.BadInput;
        }
        IDocumentStore? from = null, to = null;
        try
        {
            var configuration = CliConfiguration.Build(parse.UnmatchedTokens, Directory.GetCurrentDirectory());
            from = StoreLocation.Open(source, configuration, stderr);
            to = StoreLocation.Open(output, configuration, stderr);
            if (from is LocalFolderStore local && !Directory.Exists(local.Root))
            {
                stderr.WriteLine($"{name}: {source}: no such folder.");
                return ExitCodes.BadInput;
            }
            var summary = await ReportRun.RunAsync(from, to, reportOptions, printer, cancellationToken);
            printer.Summary(summary, from.Description, to.Description);
            return ExitCodes.Success;
        }
        catch (ConfigurationArgumentException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (ReportRunException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (PublishFailedException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.GraphFailed;
        }
        finally
        {
            (from as IDisposable)?.Dispose();
            (to as IDisposable)?.Dispose();
        }
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

    public Option<bool> NoPersonalWorkbooks { get; } = new("--no-personal-workbooks")
    {
        Description = "Write the organisation and community reports only.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Period);
        _rules.AddTo(command);
        command.Options.Add(MinGroupSize);
        command.Options.Add(NoPersonalWorkbooks);
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
        if (!TryPrivacy(parse.GetValue(MinGroupSize), out var privacy, out problem)) return false;
        IntakeRules rules;
        try
        {
            rules = _rules.Read(parse);
        }
        catch (InputFileException e)
        {
            problem = e.Message;
            return false;
        }
        options = new ReportOptions { Period = period, Privacy = privacy, Rules = rules, PersonalWorkbooks = !parse.GetValue(NoPersonalWorkbooks) };
        return true;
    }

    /// <summary>The privacy options for a minimum group size, or the reason it cannot be used.</summary>
    public static bool TryPrivacy(int minGroupSize, out PrivacyOptions privacy, out string problem)
    {
        try
        {
            privacy = PrivacyOptions.Create(minGroupSize);
            problem = "";
            return true;
        }
        catch (ArgumentException e)
        {
            privacy = PrivacyOptions.Default;
            problem = $"--min-group-size: {e.Message}";
            return false;
        }
    }
}
