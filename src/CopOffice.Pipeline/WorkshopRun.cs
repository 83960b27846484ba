using CopOffice.Aggregation;
using CopOffice.Intake;
using CopOffice.Reports;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Pipeline;

/// <summary>
/// <c>copoffice workshop</c>: reads the source as a report run does and writes the material for seed 004's
/// workshop for one community, or for the organisation, to the reports' folder (it shows only what the
/// shared reports show).
/// </summary>
public static class WorkshopRun
{
    /// <summary>Writes the pack; returns its path in <paramref name="destination"/>.</summary>
    /// <param name="community">The community, in any spelling of its case; null for the organisation's pack.</param>
    /// <exception cref="ReportRunException">Nothing was accepted, the period or the community is unknown, or the pack could not be published.</exception>
    public static async Task<string> RunAsync(IDocumentStore source, IDocumentStore destination, ReportOptions options, string? community,
        CancellationToken cancellationToken = default)
    {
        var privacy = ReportRun.Validated(options.Privacy);
        var ledger = await IntakeRun.LedgerAsync(source, options.Rules, options.Limits, cancellationToken: cancellationToken);
        var picture = ValueAggregation.Build(ledger, options.Rules.Roster, privacy);
        var period = ReportRun.PeriodOf(picture, options.Period, ledger);
        var organisation = picture.Organisation(period);
        string? shown = null;
        if (community is not null)
        {
            shown = picture.Communities.FirstOrDefault(c => string.Equals(c, community.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ReportRunException($"\"{community}\" is not a community of these responses. Communities: {string.Join(", ", picture.Communities)}.");
        }
        var workshop = shown is null ? WorkshopMaterial.For(organisation) : WorkshopMaterial.For(picture.Community(shown, period), organisation);
        var context = new ReportContext(options.Clock.GetUtcNow(), options.CopOfficeVersion, source.Description);
        using var buffer = new MemoryStream();
        WorkshopPack.Write(workshop, privacy, organisation.Method, context, buffer);
        buffer.Position = 0;
        var path = ReportFiles.Workshop(shown, period);
        await destination.PublishAsync(path, buffer, cancellationToken);
        return path;
    }
}
