using CopOffice.Intake.Spreadsheets;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Intake;

/// <summary>How far a run has come: files read so far and the one just read.</summary>
public sealed record IntakeProgress(int FilesRead, string LastFile);

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
    private readonly SpillingSpool _spool;
    private readonly LedgerBuilder _ledger;

    /// <summary>A run that reads into one ledger, its entries and texts kept in a <see cref="SpillingSpool"/>.</summary>
    public IntakeRun(IntakeRules rules, IntakeLimits? limits = null)
    {
        Rules = rules;
        _limits = limits ?? IntakeLimits.Default;
        _spool = new SpillingSpool(_limits.SpoolMemoryBytes);
        _ledger = new LedgerBuilder(_spool, rules.Roster);
    }

    public IntakeRules Rules { get; }

    /// <summary>The ledger of every file in <paramref name="store"/>.</summary>
    public static async Task<Ledger> LedgerAsync(IDocumentStore store, IntakeRules rules, IntakeLimits? limits = null,
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = new IntakeRun(rules, limits);
        await run.ReadAsync(store, "", progress, cancellationToken);
        return run.ToLedger();
    }

    /// <summary>
    /// Reads every file of <paramref name="store"/> into the run's ledger, each named by its path in the
    /// store after <paramref name="prefix"/>. A run may read several stores; repeats are resolved across them.
    /// Files are fetched as many at once as the store takes (<see cref="IDocumentStore.MaxConcurrentReads"/>:
    /// a SharePoint library waits on the network) and judged as many at once as there are cores; at most both
    /// together wait in memory. They join the ledger in the store's order.
    /// </summary>
    public async Task ReadAsync(IDocumentStore store, string prefix = "",
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gates = new Gates(Math.Max(1, store.MaxConcurrentReads), Environment.ProcessorCount);
        var reading = new Queue<(string Path, Task<ChunkedList<SpooledResult>> Results)>();
        var count = 0;
        try
        {
            await foreach (var file in store.ListAsync(cancellationToken))
            {
                if (reading.Count == gates.InFlight) await AddOldest();
                var path = prefix + file.Path;
                reading.Enqueue((path, Task.Run(() => SpoolFileAsync(store, file, path, gates, stop.Token), stop.Token)));
            }
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

        async Task AddOldest()
        {
            var (path, file) = reading.Dequeue();
            var results = await file;
            foreach (var result in results) _ledger.Add(result);
            // The finished task keeps its list: emptied, it keeps nothing of the file's results.
            results.Clear();
            progress?.Report(new IntakeProgress(++count, path));
        }
    }

    /// <summary>Reads one file of <paramref name="store"/> into the run's ledger, named <paramref name="path"/> there.</summary>
    public async Task ReadFileAsync(IDocumentStore store, StoredFile file, string path, CancellationToken cancellationToken = default)
    {
        var results = await SpoolFileAsync(store, file, path, new Gates(1, 1), cancellationToken);
        foreach (var result in results) _ledger.Add(result);
        results.Clear();
    }

    /// <summary>What became of one file, judged and spooled as read: a large Forms export's rows never sit in memory together.</summary>
    private async Task<ChunkedList<SpooledResult>> SpoolFileAsync(IDocumentStore store, StoredFile file, string path, Gates gates, CancellationToken cancellationToken)
    {
        var results = new ChunkedList<SpooledResult>();
        var source = new Source(path) { FileTime = file.LastModified, WebUrl = file.WebUrl };
        if (IsExcelOwnerFile(file.Name))
        {
            results.Add(_ledger.Spool(IntakeResult.Unreadable(source, "An Excel owner file (~$…), not a response: Excel keeps one beside a workbook while someone has it open. Skipped; it disappears once the workbook is closed.")));
            return results;
        }
        if (!SpreadsheetFile.IsSpreadsheet(file.Name))
        {
            results.Add(_ledger.Spool(IntakeResult.Unreadable(source, $"Not a spreadsheet CopOffice reads: only .xlsx, .xlsm, .xls and .csv files are read{(Path.GetExtension(file.Name) is { Length: > 0 } e ? $", not '{e}'" : "")}. Skipped.")));
            return results;
        }
        if (file.Size > _limits.MaxFileBytes)
        {
            results.Add(_ledger.Spool(IntakeResult.Unreadable(source, Probing.FileProbe.TooLarge(file.Size, _limits))));
            return results;
        }

        try
        {
            Stream content;
            using (await Gates.EnterAsync(gates.Fetching, cancellationToken))
                content = await store.OpenReadAsync(file, cancellationToken);
            await using (content)
            using (await Gates.EnterAsync(gates.Judging, cancellationToken))
            {
                foreach (var item in ReadAhead.Of(WorkbookIntake.Read(content, source, _limits), cancellationToken))
                    results.Add(_ledger.Spool(item.Judge(Rules, _spool)));
            }
        }
        catch (Exception e) when (e is DocumentUnavailableException or IOException or UnauthorizedAccessException)
        {
            // After the rows read before it, as for a file found damaged part-way.
            var reason = e is DocumentUnavailableException unavailable ? unavailable.Reason : e.Message;
            results.Add(_ledger.Spool(IntakeResult.Unreadable(source, $"The file could not be read from {store.Description}: {reason.TrimEnd('.')}. Check that it still exists and can be read, then run again.")));
        }
        return results;
    }

    /// <summary>The ledger of everything the run read, repeats resolved. A run makes one ledger.</summary>
    public Ledger ToLedger() => _ledger.Build();

    /// <summary>How many files are fetched and how many judged at once; the run's queue holds both.</summary>
    private sealed class Gates(int fetching, int judging)
    {
        public SemaphoreSlim Fetching { get; } = new(fetching, fetching);
        public SemaphoreSlim Judging { get; } = new(judging, judging);
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

    /// <summary>"~$Book1.xlsx": the lock file Excel writes beside an open workbook, holding the user's name.</summary>
    public static bool IsExcelOwnerFile(string name) => name.StartsWith("~$", StringComparison.Ordinal);
}
