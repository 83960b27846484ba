using CopOffice.Aggregation;
using CopOffice.Intake;
using CopOffice.Responses;
using CopOffice.Store;
using CopOffice.Templates;

namespace CopOffice.Pipeline;

/// <summary>
/// <c>copoffice templates --personal</c>: reads the source as a report run does and writes each member's value survey
/// for the next period, filled in with who they are and the stories they told that are still open, into a folder only
/// its owners can open (each member's templates in a folder of their own, as personal workbooks are kept apart).
/// Where the folder can share (SharePoint), each template is shared with its member alone, read only, as personal
/// workbooks are, and only when their address is proven (the roster lists it, or they signed in to answer).
/// </summary>
public static class PersonalTemplateRun
{
    /// <summary>Writes the templates; returns their paths in <paramref name="destination"/>, in the members' order, and whether each was shared with its member.</summary>
    /// <param name="period">The period the templates are for; the one after the latest with responses by default.</param>
    /// <exception cref="ReportRunException">Nothing was accepted, or the destination can be read beyond its owners.</exception>
    public static async Task<IReadOnlyList<(string Path, bool Shared)>> RunAsync(IDocumentStore source, IDocumentStore destination, ReportOptions options, Period? period,
        CancellationToken cancellationToken = default)
    {
        await PrivateFolders.RequireOwnersOnlyAsync(destination, "Personal templates", cancellationToken);
        var privacy = ReportRun.Validated(options.Privacy);
        var ledger = await IntakeRun.LedgerAsync(source, options.Rules, options.Limits, cancellationToken: cancellationToken);
        var picture = ValueAggregation.Build(ledger, options.Rules.Roster, privacy);
        if (picture.LatestPeriod is null) throw new ReportRunException($"No value survey was accepted from {source.Description}, so there is no member to write a template for.");
        var filler = new TemplateFiller(options.Rules.Lists);
        var sharing = destination as IFileSharing is { CanShare: true } can ? can : null;
        var written = new List<(string, bool)>();
        foreach (var survey in picture.NextSurveys(period))
        {
            using var buffer = new MemoryStream();
            PersonalTemplate.Write(survey, filler, buffer);
            buffer.Position = 0;
            var path = $"{FileNames.Safe(survey.Email, "member")}/{PersonalTemplate.FileName(survey)}";
            var file = await destination.PublishAsync(path, buffer, cancellationToken);
            // A typed address is only a claim: a template quoting someone's stories goes only to an address that is proven.
            var proven = options.Rules.Roster.ByEmail(survey.Email).Count > 0 || picture.Address(survey.Email).SignedIn;
            if (sharing is not null && proven) await sharing.ShareWithAsync(file, [survey.Email], invitation: null, alone: true, cancellationToken);
            written.Add((path, sharing is not null && proven));
        }
        return written;
    }
}
