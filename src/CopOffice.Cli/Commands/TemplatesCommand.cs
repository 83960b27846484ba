using System.CommandLine;
using CopOffice.Intake;
using CopOffice.Intake.Lists;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Store.SharePoint;
using CopOffice.Templates;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>copoffice templates --out DIR [--communities FILE]</c>: the blank templates and Forms lists;
/// <c>copoffice templates --personal --source SRC --out DEST [--period P] [--communities FILE]</c>: each member's value
/// survey for the next period, filled in with who they are and their open stories, into a folder only its owners open.
/// </summary>
public static class TemplatesCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the templates into (created if missing). Existing templates there are replaced. With --personal: a folder only its owners can open (a local folder, or a SharePoint folder address), each member's templates in a folder of their own.",
            Required = true,
        };
        var personal = new Option<bool>("--personal")
        {
            Description = "Write each member's value survey for the next period instead, filled in with their name, email, community and types, and the stories they told that are still open, for them to say what came of each. Needs --source.",
        };
        var source = new Option<string?>("--source")
        {
            Description = "With --personal: where the filled workbooks are, as for copoffice report.",
        };
        var roster = new Option<FileInfo?>("--roster")
        {
            Description = "With --personal: the organisation's roster; an address it lists is proven, so that member's template is shared with them in SharePoint.",
        };
        var period = new Option<string?>("--period")
        {
            Description = "With --personal: the period the templates are for, e.g. 2027-Q1. Default: the one after the latest with accepted responses.",
        };
        var communities = new Option<FileInfo?>("--communities")
        {
            Description = "A .csv or .xlsx list with a \"Community\" column and optionally an \"Organisational unit\" column: turns those template fields into dropdowns.",
        };
        var command = new Command("templates", "Write the Excel templates (value survey, community health check, leadership-roles analysis, forming check) and the Microsoft Forms question lists; with --personal, each member's value survey filled in for their next period.")
        {
            output,
            communities,
            personal,
            source,
            period,
            roster,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => parse.GetValue(personal)
            ? PersonalAsync(parse, parse.GetValue(source), parse.GetRequiredValue(output), parse.GetValue(period), parse.GetValue(communities), parse.GetValue(roster),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken)
            : Task.FromResult(Run(new DirectoryInfo(parse.GetRequiredValue(output)), parse.GetValue(communities), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)));
        return command;
    }

    private static async Task<int> PersonalAsync(ParseResult parse, string? source, string output, string? periodText, FileInfo? communities, FileInfo? rosterFile,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        const string name = "copoffice templates --personal";
        if (source is null)
        {
            stderr.WriteLine($"{name}: --source is required: the folder (or SharePoint folder) with the filled workbooks whose stories the templates follow up.");
            return ExitCodes.BadInput;
        }
        Responses.Period? period = null;
        if (periodText is not null)
        {
            if (!Responses.Period.TryParse(periodText, out var parsed))
            {
                stderr.WriteLine($"{name}: --period: \"{periodText}\" is not a period: write it as 2027-Q1, Q1 2027 or 2027-01.");
                return ExitCodes.BadInput;
            }
            period = parsed;
        }
        if (!TryReadLists(communities, name, stderr, out var lists)) return ExitCodes.BadInput;
        Roster roster;
        try
        {
            roster = rosterFile is null ? Roster.Empty : RosterReader.Read(rosterFile.FullName);
        }
        catch (InputFileException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        return await RunFailures.WithSource(name, parse, source, stderr, async (from, open) =>
        {
            var to = open(output, true);   // each template names its member
            var options = new Pipeline.ReportOptions { Rules = new IntakeRules { Lists = lists, Roster = roster } };
            var written = await Pipeline.PersonalTemplateRun.RunAsync(from, to, options, period, cancellationToken);
            var shared = written.Count(w => w.Shared);
            stdout.WriteLine($"Wrote {written.Count} personal template{(written.Count == 1 ? "" : "s")} to {to.Description}, each in its member's own folder: " +
                (to is Store.IFileSharing { CanShare: true }
                    ? $"{shared} shared with their member alone; {written.Count - shared} not shared, their address not proven (not on the roster, not signed in): hand those over yourself."
                    : "hand each member theirs alone."));
            return ExitCodes.Success;
        });
    }

    /// <summary>The organisation's lists, read before anything is written: a bad list must leave the folder untouched.</summary>
    private static bool TryReadLists(FileInfo? communities, string name, TextWriter stderr, out OrganisationLists lists)
    {
        try
        {
            lists = communities is null ? OrganisationLists.None : CommunityListReader.Read(communities.FullName);
            return true;
        }
        catch (InputFileException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            lists = OrganisationLists.None;
            return false;
        }
    }

    private static int Run(DirectoryInfo output, FileInfo? communities, TextWriter stdout, TextWriter stderr)
    {
        if (!TryReadLists(communities, "copoffice templates", stderr, out var lists)) return ExitCodes.BadInput;

        var written = TemplateSet.Write(output.FullName, lists);
        stdout.WriteLine($"Wrote {written.Count} files to {output.FullName}:");
        foreach (var file in written) stdout.WriteLine($"  {file}");
        var framework = Framework.ValueFramework.Active;
        if (framework.Version > 1)
        {
            stdout.WriteLine($"Framework: {framework.Source}, version {framework.Version}:");
            foreach (var change in framework.Changes()) stdout.WriteLine($"  {change}");
        }
        if (communities is not null)
            stdout.WriteLine($"Community and unit dropdowns: {lists.Communities.Count} communities, {lists.Units.Count} units from {communities.Name}.");
        return ExitCodes.Success;
    }
}
