using CopOffice.Intake.Spreadsheets;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Intake;

/// <summary>
/// Reads every file of a store, one at a time, and judges what it holds: the ledger of a run.
/// Every file gets at least one entry. Spreadsheets (.xlsx, .xlsm, .xls, .csv) go through
/// <see cref="WorkbookIntake"/>; any other file is listed as rejected, not a spreadsheet CopOffice reads.
/// Excel's owner files ("~$name.xlsx", which Excel keeps beside a workbook while it is open) are listed
/// as rejected too, with that reason, rather than silently dropped: a member who sees one learns that a
/// workbook was open, and the count of entries still equals the count of files.
/// </summary>
public sealed class IntakeRun
{
    private readonly IntakeLimits _limits;
    private readonly LedgerBuilder _ledger;

    /// <summary>A run that reads into one ledger, its results kept in <paramref name="results"/> (in memory by default).</summary>
    /// <param name="results">Where the results wait until the reports are written: a <see cref="ResultDatabase"/> for a large library, opened and disposed by the caller.</param>
    public IntakeRun(IntakeRules rules, IntakeLimits? limits = null, IResultStore? results = null)
    {
        Rules = rules;
        _limits = limits ?? IntakeLimits.Default;
        _ledger = new LedgerBuilder(results);
    }

    public IntakeRules Rules { get; }

    /// <summary>The ledger of every file in <paramref name="store"/>, its results kept in <paramref name="results"/> (in memory by default).</summary>
    public static async Task<Ledger> LedgerAsync(IDocumentStore store, IntakeRules rules, IntakeLimits? limits = null,
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default, IResultStore? results = null)
    {
        var run = new IntakeRun(rules, limits, results);
        await run.ReadAsync(store, "", progress, cancellationToken);
        return run.ToLedger();
    }

    /// <summary>
    /// Reads every file of <paramref name="store"/> into the run's ledger, each named by its path in the
    /// store after <paramref name="prefix"/>. A run may read several stores; repeats are resolved across them.
    /// Files are fetched as many at once as the store takes (<see cref="IDocumentStore.MaxConcurrentReads"/>:
    /// a SharePoint library waits on the network) and judged as many at once as there are cores; at most both
    /// together, and <see cref="IntakeLimits.MaxBytesWaiting"/> bytes, wait in memory. They join the ledger in
    /// the store's order. <paramref name="progress"/> hears of each file listed, downloaded and judged, and every
    /// second while nothing moves (a throttled store), one report at a time.
    /// </summary>
    public async Task ReadAsync(IDocumentStore store, string prefix = "",
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gates = new Gates(Math.Max(1, store.MaxConcurrentReads), Environment.ProcessorCount, _limits.MaxBytesWaiting);
        var counts = new Counts(store, progress);
        var reading = new Queue<(string Path, Task<List<LedgerBuilder.Kept>> Results)>();
        var ticking = progress is null ? Task.CompletedTask : TickAsync(counts, stop.Token);
        try
        {
            await foreach (var file in store.ListAsync(cancellationToken))
            {
                counts.Listed();
                if (reading.Count == gates.InFlight) await AddOldest();
                var path = prefix + file.Path;
                reading.Enqueue((path, Task.Run(() => ReadResultsAsync(store, file, path, gates, counts, stop.Token), stop.Token)));
            }
            counts.ListingDone();
            while (reading.Count > 0) await AddOldest();
        }
        catch
        {
            // Files still being read are stopped and waited for before the failure goes on: none reads on after the run.
            await stop.CancelAsync();
            foreach (var (_, results) in reading)
                try { await results; } catch (Exception) when (results.IsFaulted || results.IsCanceled) { }
            throw;
        }
        finally
        {
            await stop.CancelAsync();
            await ticking;
        }

        async Task AddOldest()
        {
            var (path, file) = reading.Dequeue();
            var results = await file;
            foreach (var result in results) _ledger.Add(result);
            // The finished task keeps its list: emptied, it holds none of the file's results after they went to the ledger.
            results.Clear();
            counts.Judged(path);
        }
    }

    /// <summary>A report every second, so that a run waiting on a throttled store still says where it is.</summary>
    private static async Task TickAsync(Counts counts, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken)) counts.Report();
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Reads one file of <paramref name="store"/> into the run's ledger, named <paramref name="path"/> there.</summary>
    public async Task ReadFileAsync(IDocumentStore store, StoredFile file, string path, CancellationToken cancellationToken = default)
    {
        var results = await ReadResultsAsync(store, file, path, new Gates(1, 1, _limits.MaxBytesWaiting), null, cancellationToken);
        foreach (var result in results) _ledger.Add(result);
    }

    /// <summary>What became of one file: a result per row or item it holds, or one saying why it could not be read.</summary>
    private async Task<List<LedgerBuilder.Kept>> ReadResultsAsync(IDocumentStore store, StoredFile file, string path, Gates gates, Counts? counts, CancellationToken cancellationToken)
    {
        // Counted once its content is in hand, or once it is clear none will be (skipped, failed).
        var fetched = false;
        void Fetched()
        {
            if (fetched) return;
            fetched = true;
            counts?.Downloaded();
        }
        try
        {
            return await JudgeFileAsync(store, file, path, gates, Fetched, cancellationToken);
        }
        finally
        {
            Fetched();
        }
    }

    private async Task<List<LedgerBuilder.Kept>> JudgeFileAsync(IDocumentStore store, StoredFile file, string path, Gates gates, Action fetched, CancellationToken cancellationToken)
    {
        var results = new List<LedgerBuilder.Kept>();
        var source = new Source(path) { FileTime = file.LastModified, WebUrl = file.WebUrl };
        if (IsExcelOwnerFile(file.Name))
        {
            results.Add(_ledger.Keep(IntakeResult.Unreadable(source, "An Excel owner file (~$…), not a response: Excel keeps one beside a workbook while someone has it open. Skipped; it disappears once the workbook is closed.")));
            return results;
        }
        if (!SpreadsheetFile.IsSpreadsheet(file.Name))
        {
            results.Add(_ledger.Keep(IntakeResult.Unreadable(source, $"Not a spreadsheet CopOffice reads: only .xlsx, .xlsm, .xls and .csv files are read{(Path.GetExtension(file.Name) is { Length: > 0 } e ? $", not '{e}'" : "")}. Skipped.")));
            return results;
        }
        if (file.Size > _limits.MaxFileBytes)
        {
            results.Add(_ledger.Keep(IntakeResult.Unreadable(source, Probing.FileProbe.TooLarge(file.Size, _limits))));
            return results;
        }

        try
        {
            // Its bytes are held from the download until it is judged.
            using var held = await gates.Bytes.EnterAsync(file.Size, cancellationToken);
            Stream content;
            using (await Gates.EnterAsync(gates.Fetching, cancellationToken))
                content = await store.OpenReadAsync(file, cancellationToken);
            fetched();
            await using (content)
            using (await Gates.EnterAsync(gates.Judging, cancellationToken))
            {
                foreach (var item in ReadAhead.Of(WorkbookIntake.Read(content, source, _limits), cancellationToken))
                    results.Add(_ledger.Keep(item.Judge(Rules)));
            }
        }
        catch (Exception e) when (e is DocumentUnavailableException or IOException or UnauthorizedAccessException)
        {
            // After the rows read before it, as for a file found damaged part-way.
            var reason = e is DocumentUnavailableException unavailable ? unavailable.Reason : e.Message;
            results.Add(_ledger.Keep(IntakeResult.Unreadable(source, $"The file could not be read from {store.Description}: {reason.TrimEnd('.')}. Check that it still exists and can be read, then run again.")));
        }
        return results;
    }

    /// <summary>The ledger of everything the run read, repeats resolved. A run makes one ledger.</summary>
    public Ledger ToLedger() => _ledger.Build();

    /// <summary>How many files are fetched and how many judged at once (the run's queue holds both), and how many bytes wait.</summary>
    private sealed class Gates(int fetching, int judging, long bytes)
    {
        public SemaphoreSlim Fetching { get; } = new(fetching, fetching);
        public SemaphoreSlim Judging { get; } = new(judging, judging);
        public ByteBudget Bytes { get; } = new(bytes);
        public int InFlight { get; } = fetching + judging;

        /// <summary>Waits for a place at <paramref name="gate"/>; disposing the result gives it back.</summary>
        public static async Task<IDisposable> EnterAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            return new Place(gate);
        }

        private sealed class Place(SemaphoreSlim gate) : IDisposable
        {
            public void Dispose() => gate.Release();
        }
    }

    /// <summary>The run's counts, reported one at a time whichever thread moved them.</summary>
    private sealed class Counts(IDocumentStore store, IProgress<IntakeProgress>? progress)
    {
        private readonly object _lock = new();
        private int _listed, _downloaded, _judged;
        private bool _listingDone;
        private string? _last;

        public void Listed() => Change(() => _listed++);
        public void ListingDone() => Change(() => _listingDone = true);
        public void Downloaded() => Change(() => _downloaded++);
        public void Judged(string path) => Change(() => { _judged++; _last = path; });

        public void Report() => Change(() => { });

        private void Change(Action change)
        {
            lock (_lock)
            {
                change();
                progress?.Report(new IntakeProgress(_listed, _listingDone, _downloaded, _judged, _last, store.ThrottledUntil));
            }
        }
    }

    /// <summary>"~$Book1.xlsx": the lock file Excel writes beside an open workbook, holding the user's name.</summary>
    public static bool IsExcelOwnerFile(string name) => name.StartsWith("~$", StringComparison.Ordinal);
}
