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
        using var intakeDone = new CancellationTokenSource();
        var warmUp = WriterWarmUp.AfterAsync(TimeSpan.FromSeconds(2), intakeDone.Token);
        var reading = progress is null ? null : new Progress<IntakeProgress>(p => progress.Report(new ReportProgress(ReportStage.Reading, p.FilesRead, 0, p.LastFile)));
        Ledger ledger;
        try
        {
            ledger = await IntakeRun.LedgerAsync(source, options.Rules, options.Limits, reading, cancellationToken);
        }
        finally
        {
            await intakeDone.CancelAsync();
        }

        await warmUp;
        var context = new ReportContext(options.Clock.GetUtcNow(), options.CopOfficeVersion, source.Description);
        // ledger.xlsx (a row per input) is written on another core while the responses are aggregated.
        // Its size follows the inputs (8 MB for 100,000 rows), so it waits in a temporary file, not in memory.
        var ledgerBook = Task.Run(() => Written(stream => LedgerWorkbook.Write(stream, ledger), TemporaryFile()), cancellationToken);
        ValuePicture picture;
        Period period;
        try
        {
            progress?.Report(new ReportProgress(ReportStage.Aggregating, 0, 0));
            picture = ValueAggregation.Build(ledger, options.Rules.Roster, privacy);
            period = PeriodOf(picture, options.Period, ledger);
        }
        catch (ReportRunException)
        {
            // Nothing to report: ledger.xlsx still says why each input was rejected.
            using var book = await ledgerBook;
            await target.PublishAsync(LedgerFile, book, cancellationToken);
            throw;
        }

        var organisation = ReportFiles.Organisation(period);
        (string Path, Func<Task<Stream>> Write)[] reports =
        [
            (LedgerFile, () => ledgerBook),
            (organisation, Writing(stream => OrganisationReport.Write(picture.Organisation(period), ledger, context, stream))),
            .. picture.Communities.Select(c => (ReportFiles.Community(c, period), Writing(stream => CommunityReport.Write(picture.Community(c, period), ledger, context, stream)))),
            .. (options.PersonalWorkbooks ? picture.Members : []).Select(m => (ReportFiles.Member(m), Writing(stream => PersonalWorkbook.Write(picture.Member(m), context, stream)))),
        ];
        var total = reports.Length;
        var done = 0;
        // Workbooks are written in parallel (each in memory) and published one at a time, in a
        // stable order: a store need not take concurrent uploads, and the summary lists files in order.
        using var publishing = new SemaphoreSlim(1, 1);
        var published = new string?[total];
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, ct) =>
            {
                using var buffer = await reports[i].Write();
                await publishing.WaitAsync(ct);
                try
                {
                    await target.PublishAsync(reports[i].Path, buffer, ct);
                    published[i] = reports[i].Path;
                    progress?.Report(new ReportProgress(ReportStage.Writing, ++done, total, reports[i].Path));
                }
                finally
                {
                    publishing.Release();
                }
            });
        progress?.Report(new ReportProgress(ReportStage.Done, total, total));
        return new ReportSummary(ledger, period, published!);
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

    private static Func<Task<Stream>> Writing(Action<Stream> write) => () => Task.FromResult(Written(write));

    /// <summary>A workbook written in memory (or to <paramref name="buffer"/>), ready to publish: the store puts it in place whole.</summary>
    private static Stream Written(Action<Stream> write, Stream? buffer = null)
    {
        buffer ??= new MemoryStream();
        try
        {
            write(buffer);
            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>A file in the temporary folder that goes when it is closed; memory when the folder cannot be written to.</summary>
    private static Stream TemporaryFile()
    {
        try
        {
            return new FileStream(Path.Combine(Path.GetTempPath(), $"copoffice-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MemoryStream();
        }
    }
}
