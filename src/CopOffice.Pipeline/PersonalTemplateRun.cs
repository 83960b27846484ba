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
/// </summary>
public static class PersonalTemplateRun
{
    /// <summary>Writes the templates; returns their paths in <paramref name="destination"/>, in the members' order.</summary>
    /// <param name="period">The period the templates are for; the one after the latest with responses by default.</param>
    /// <exception cref="ReportRunException">Nothing was accepted, or the destination can be read beyond its owners.</exception>
    public static async Task<IReadOnlyList<string>> RunAsync(IDocumentStore source, IDocumentStore destination, ReportOptions options, Period? period,
        CancellationToken cancellationToken = default)
    {
        await PrivateFolders.RequireOwnersOnlyAsync(destination, "Personal templates", cancellationToken);
        var privacy = ReportRun.Validated(options.Privacy);
        var ledger = await IntakeRun.LedgerAsync(source, options.Rules, options.Limits, cancellationToken: cancellationToken);
        var picture = ValueAggregation.Build(ledger, options.Rules.Roster, privacy);
        if (picture.LatestPeriod is null) throw new ReportRunException($"No value survey was accepted from {source.Description}, so there is no member to write a template for.");
        var filler = new TemplateFiller(options.Rules.Lists);
        var written = new List<string>();
        foreach (var survey in picture.NextSurveys(period))
        {
            using var buffer = new MemoryStream();
            PersonalTemplate.Write(survey, filler, buffer);
            buffer.Position = 0;
            var path = $"{FileNames.Safe(survey.Email, "member")}/{PersonalTemplate.FileName(survey)}";
            await destination.PublishAsync(path, buffer, cancellationToken);
            written.Add(path);
        }
        return written;
    }
}
