using CopOffice.Aggregation;
using CopOffice.Intake;
using CopOffice.Reports;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Pipeline;

/// <summary>
/// One report run: every input of the source store through the intake into a ledger, the accepted
/// responses into the value picture, and each audience's workbooks published to its own folder (see
/// <see cref="ReportDestinations"/>): the organisation report and one per community to the reports' folder,
/// one per member to the members' folder (shared with each verified member alone), ledger.xlsx to the
/// ledger's. Rejected inputs are data, not failure: a run fails only when no report can be written, or a
/// private folder is not private, and says why.
/// </summary>
public static class ReportRun
{
    public const string LedgerFile = LedgerWorkbook.FileName;

    public static async Task<ReportSummary> RunAsync(IDocumentStore source, ReportDestinations destinations, ReportOptions options,
        IProgress<ReportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var privacy = Validated(options.Privacy);
        // Before reading anything: a folder for individual data that others can read stops the run, with nothing published.
        await PrivateFolders.RequireAsync(destinations, cancellationToken);
        var reading = progress is null ? null : new Relay<IntakeProgress>(p => progress.Report(new ReportProgress(ReportStage.Reading, p.Judged, p.ListingDone ? p.Listed : 0, p.LastFile) { Reading = p }));
        // What the intake read waits in memory until the reports are written, or in a temporary database that the
        // run deletes when it ends, whichever way.
        await using var database = options.ResultsOnDisk ? ResultDatabase.CreateTemporary() : null;
        var ledger = await IntakeRun.LedgerAsync(source, options.Rules, options.Limits, reading, cancellationToken, database);
        var context = new ReportContext(options.Clock.GetUtcNow(), options.CopOfficeVersion, source.Description) { Programme = options.Programme };
        // ledger.xlsx's size follows the inputs (8 MB for 100,000 rows), so it waits in a temporary file, not in
        // memory. With personal workbooks it waits for their grants, so that its Delivery sheet says what
        // happened; without, it is written on another core at once, while the responses are aggregated.
        MemberDelivery[]? delivered = null;
        var membersDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<Stream>? ledgerBook = null;
        Task<Stream> LedgerBook() => ledgerBook ??= Task.Run(async () =>
        {
            await membersDone.Task.WaitAsync(cancellationToken);
            return Written(stream => LedgerWorkbook.Write(stream, ledger, delivered), TemporaryFile());
        }, cancellationToken);
        // The ledger book may still be writing when the run fails: it ends before the database it reads goes.
        await using var ledgerBookEnded = new AtEnd(async () =>
        {
            if (ledgerBook is null) return;
            membersDone.TrySetCanceled(CancellationToken.None);
            try { (await ledgerBook).Dispose(); } catch (Exception) when (ledgerBook.IsFaulted || ledgerBook.IsCanceled) { }
        });
        if (destinations.Members is null)
        {
            membersDone.SetResult();
            if (destinations.Ledger is not null) _ = LedgerBook();
        }

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
            // Nothing to report: ledger.xlsx, where it has a folder, still says why each input was rejected.
            if (destinations.Ledger is { } admin)
            {
                membersDone.TrySetResult();
                using var book = await LedgerBook();
                await admin.PublishAsync(LedgerFile, book, cancellationToken);
            }
            throw;
        }

        // The period asked for (or the latest) first, then any other the caller names that has responses.
        List<Period> periods = [period, .. options.AlsoPeriods.Where(p => p != period && picture.Periods.Contains(p)).Distinct().Order()];
        foreach (var p in periods) RequireDistinctFiles(picture, p);
        var planned = destinations.Members is { } members ? Deliveries(picture, options, members) : null;
        delivered = planned?.ToArray();
        if (planned is { Count: 0 }) membersDone.TrySetResult();
        Func<Task<Stream>>? writeLedger = destinations.Ledger is null ? null : LedgerBook;

        var jobs = new List<Job>();
        foreach (var p in periods)
        {
            jobs.Add(new(destinations.Reports, ReportFiles.Organisation(p), Writing(stream => OrganisationReport.Write(picture.Organisation(p), ledger, context, stream))));
            jobs.AddRange(picture.Communities.Select(c => new Job(destinations.Reports, ReportFiles.Community(c, p), Writing(stream => CommunityReport.Write(picture.Community(c, p), ledger, context, stream)))
            {
                Coordinators = options.Rules.Lists.CoordinatorsOf(c),
                Community = c,
                Period = p,
            }));
        }
        var firstMember = jobs.Count;
        foreach (var delivery in planned ?? [])
            jobs.Add(new Job(destinations.Members!, delivery.Workbook, Writing(stream => PersonalWorkbook.Write(picture.Member(delivery.Email), context, stream)), delivery));
        if (writeLedger is not null) jobs.Add(new Job(destinations.Ledger!, LedgerFile, writeLedger) { After = membersDone.Task });

        var invitation = destinations.Notify ? Invitation(period) : null;
        var total = jobs.Count;
        var done = 0;
        var membersLeft = planned?.Count ?? 0;
        int newlyShared = 0, alreadyShared = 0, coordinatorsShared = 0;
        var coordinatorProblems = new List<string>();
        // Workbooks are written as many at once as there are cores (each in memory) and published as many at once
        // as their store takes (a local folder one at a time; SharePoint Graph:MaxConcurrentDownloads), so that
        // hundreds of personal workbooks do not wait on the network one by one. At most both together are in
        // memory. The ledger comes last, so waiting for the members' grants holds no one up.
        using var writing = new SemaphoreSlim(Environment.ProcessorCount);
        var publishing = jobs.Select(j => j.Store).Distinct().ToDictionary(store => store, store => new SemaphoreSlim(Math.Max(1, store.MaxConcurrentWrites)));
        var degree = Environment.ProcessorCount + (publishing.Count == 0 ? 0 : publishing.Keys.Max(store => Math.Max(1, store.MaxConcurrentWrites)));
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = degree },
                async (i, ct) =>
                {
                    try
                    {
                        await PublishAsync(i, ct);
                    }
                    catch
                    {
                        // The loop stops starting jobs: a ledger waiting for every member's grant must not wait for ever.
                        membersDone.TrySetCanceled(CancellationToken.None);
                        throw;
                    }
                });
        }
        finally
        {
            foreach (var gate in publishing.Values) gate.Dispose();
        }

        async Task<Stream> WriteAsync(Job job, CancellationToken ct)
        {
            // A job that waits (the ledger, for the members' grants) waits before it takes a writer, never holding
            // one the jobs it waits for need: on one core that would be a deadlock.
            if (job.After is { } after) await after.WaitAsync(ct);
            await writing.WaitAsync(ct);
            try
            {
                return await job.Write();
            }
            finally
            {
                writing.Release();
            }
        }

        async Task PublishAsync(int i, CancellationToken ct)
        {
            var job = jobs[i];
            using var buffer = await WriteAsync(job, ct);
            var gate = publishing[job.Store];
            await gate.WaitAsync(ct);
            try
            {
                var file = await job.Store.PublishAsync(job.Path, buffer, ct);
                if (job.Delivery is { Sharing: MemberSharing.Shared } delivery)
                {
                    try
                    {
                        var granted = await ((IFileSharing)job.Store).ShareWithAsync(file, [delivery.Email], invitation, alone: true, ct);
                        Interlocked.Increment(ref granted == 1 ? ref newlyShared : ref alreadyShared);
                    }
                    catch (StoreException e)
                    {
                        // One member's refused grant (a guest, an address SharePoint does not know) stops no one else's.
                        delivered![i - firstMember] = delivery with { Sharing = MemberSharing.Refused, Problem = e.Message };
                    }
                }
                if (job.Coordinators.Count > 0 && job.Store is IFileSharing { CanShare: true } reports)
                {
                    try
                    {
                        Interlocked.Add(ref coordinatorsShared, await reports.ShareWithAsync(file, job.Coordinators, destinations.Notify ? CoordinatorInvitation(job.Community!, job.Period) : null, alone: false, ct));
                    }
                    catch (StoreException e)
                    {
                        lock (coordinatorProblems) coordinatorProblems.Add(e.Message);
                    }
                }
                progress?.Report(new ReportProgress(ReportStage.Writing, Interlocked.Increment(ref done), total, job.Path));
                if (job.Delivery is not null && Interlocked.Decrement(ref membersLeft) == 0) membersDone.TrySetResult();
            }
            finally
            {
                gate.Release();
            }
        }

        progress?.Report(new ReportProgress(ReportStage.Done, total, total));
        return new ReportSummary(period, [.. jobs.Where(j => j.Store == destinations.Reports).Select(j => j.Path)])
        {
            Inputs = ledger.Entries.Count,
            Accepted = ledger.Count(LedgerStatus.Accepted) + ledger.Count(LedgerStatus.AcceptedWithWarnings),
            WithWarnings = ledger.Count(LedgerStatus.AcceptedWithWarnings),
            Superseded = ledger.Count(LedgerStatus.Superseded),
            Rejected = ledger.Count(LedgerStatus.Rejected),
            Periods = periods,
            Deliveries = delivered ?? [],
            Granted = newlyShared,
            AlreadyShared = alreadyShared,
            CoordinatorGrants = coordinatorsShared,
            CoordinatorProblems = coordinatorProblems,
        };
    }

    /// <summary>Something to do when a scope ends, however it ends.</summary>
    private sealed class AtEnd(Func<Task> action) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await action();
    }

    /// <summary>A workbook to write and where it goes; a personal one with how it is delivered, a community's with its coordinators.</summary>
    private sealed record Job(IDocumentStore Store, string Path, Func<Task<Stream>> Write, MemberDelivery? Delivery = null)
    {
        public IReadOnlyList<string> Coordinators { get; init; } = [];

        /// <summary>What the job waits for before it is written.</summary>
        public Task? After { get; init; }
        public string? Community { get; init; }
        public Period Period { get; init; }
    }

    /// <summary>
    /// Each member's personal workbook and whether it may be shared with their address: only an address that
    /// is verified (on the roster, or signed in) is granted access; the rest wait in the private folder.
    /// </summary>
    private static List<MemberDelivery> Deliveries(ValuePicture picture, ReportOptions options, IDocumentStore members)
    {
        var canShare = members is IFileSharing { CanShare: true };
        return [.. picture.Members.Select(email =>
        {
            var address = picture.Address(email);
            var proof = options.Rules.Roster.ByEmail(email).Count > 0 ? AddressProof.Roster : address.SignedIn ? AddressProof.SignIn : AddressProof.None;
            var sharing = !canShare ? MemberSharing.FolderCannotShare : proof == AddressProof.None ? MemberSharing.NotVerified : MemberSharing.Shared;
            return new MemberDelivery(address.Email, ReportFiles.Member(email), proof, sharing, address.Latest);
        })];
    }

    private static string CoordinatorInvitation(string community, Period period) =>
        $"The CopOffice report of the {community} community for {period}: its value, stories, roles and health, for its coordinators.";

    private static string Invitation(Period period) =>
        $"Your personal CopOffice workbook, up to {period}: your own answers and value profile beside your community's figures. Only you can open it.";

    /// <summary>Two communities whose names differ only in what a file name cannot hold would overwrite one report with the other.</summary>
    private static void RequireDistinctFiles(ValuePicture picture, Period period)
    {
        var clash = picture.Communities.GroupBy(c => ReportFiles.Community(c, period), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new ReportRunException($"The communities {string.Join(" and ", clash.Select(c => $"\"{c}\""))} would share one report file, {clash.Key}, and one would overwrite the other. "
                + "Give the run the organisation's communities list (--communities) so that each community is spelled one way, or correct the workbooks. Nothing was published.");
    }

    internal static PrivacyOptions Validated(PrivacyOptions privacy) =>
        privacy.Problem is { } problem ? throw new ReportRunException(problem) : privacy;

    internal static Period PeriodOf(ValuePicture picture, Period? requested, Ledger ledger)
    {
        if (picture.LatestPeriod is not { } latest)
            throw new ReportRunException(ledger.Entries.Count == 0
                ? "The source holds no files: nothing to report."
                : $"None of the {ledger.Entries.Count} inputs was accepted, so there is nothing to report. The ledger (ledger.xlsx in the ledger's folder, or copoffice check on the source) says why each was rejected.");
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
            return PrivateFiles.Open(Path.Combine(Path.GetTempPath(), $"copoffice-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MemoryStream();
        }
    }

    /// <summary>Passes each report on at once, on the reporting thread (Progress&lt;T&gt; would post it, out of order).</summary>
    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
