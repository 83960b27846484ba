using CopOffice.Aggregation;
using CopOffice.Intake;
using CopOffice.Reports;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Pipeline;

/// <summary>
/// One report run: every input of the source store through the intake into a ledger, the accepted
/// responses into the value picture, and the reports (organisation, one per community, one per
/// member, and ledger.xlsx) published to the target store. Rejected inputs are data, not failure:
/// a run fails only when no report can be written, and says why.
/// </summary>
public static class ReportRun
{
    public const string LedgerFile = LedgerWorkbook.FileName;

    public static async Task<ReportSummary> RunAsync(IDocumentStore source, IDocumentStore target, ReportOptions options,
        IProgress<ReportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var privacy = Validated(options.Privacy);
        var reading = progress is null ? null : new Progress<IntakeProgress>(p => progress.Report(new ReportProgress(ReportStage.Reading, p.FilesRead, 0, p.LastFile)));
        var ledger = await IntakeRun.LedgerAsync(source, options.Rules, options.Limits, reading, cancellationToken);

        var written = new List<string>();
        var context = new ReportContext(options.Clock.GetUtcNow(), options.CopOfficeVersion, source.Description);
        await Publish(target, LedgerFile, stream => LedgerWorkbook.Write(stream, ledger), written, cancellationToken);

        progress?.Report(new ReportProgress(ReportStage.Aggregating, 0, 0));
        var picture = ValueAggregation.Build(ledger.Accepted, options.Rules.Roster, privacy);
        var period = PeriodOf(picture, options.Period, ledger);

        var communities = picture.Communities;
        var members = options.PersonalWorkbooks ? picture.Members : [];
        var total = 1 + communities.Count + members.Count;
        var done = 0;
        void Step(string item) => progress?.Report(new ReportProgress(ReportStage.Writing, ++done, total, item));

        var organisation = ReportFiles.Organisation(period);
        await Publish(target, organisation, stream => OrganisationReport.Write(picture.Organisation(period), ledger, context, stream), written, cancellationToken);
        Step(organisation);
        foreach (var community in communities)
        {
            var path = ReportFiles.Community(community, period);
            await Publish(target, path, stream => CommunityReport.Write(picture.Community(community, period), ledger, context, stream), written, cancellationToken);
            Step(path);
        }
        foreach (var member in members)
        {
            var path = ReportFiles.Member(member);
            await Publish(target, path, stream => PersonalWorkbook.Write(picture.Member(member), context, stream), written, cancellationToken);
            Step(path);
        }
        progress?.Report(new ReportProgress(ReportStage.Done, total, total));
        return new ReportSummary(ledger, period, written);
    }

    private static PrivacyOptions Validated(PrivacyOptions privacy) =>
        privacy.Problem is { } problem ? throw new ReportRunException(problem) : privacy;

    private static Period PeriodOf(ValuePicture picture, Period? requested, Ledger ledger)
    {
        if (picture.LatestPeriod is not { } latest)
            throw new ReportRunException(ledger.Entries.Count == 0
                ? "The source holds no files: nothing to report."
                : $"None of the {ledger.Entries.Count} inputs was accepted, so there is nothing to report. {LedgerFile} says why each was rejected.");
        if (requested is not { } period) return latest;
        if (picture.Periods.Contains(period)) return period;
        throw new ReportRunException($"No accepted responses are for {period}. The periods with responses are: {string.Join(", ", picture.Periods)}.");
    }

    /// <summary>Writes a workbook in memory, then publishes it: the store moves it into place whole.</summary>
    private static async Task Publish(IDocumentStore target, string path, Action<Stream> write, List<string> written, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        await target.PublishAsync(path, buffer, cancellationToken);
        written.Add(path);
    }
}
