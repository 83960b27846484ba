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
        _ledger = new LedgerBuilder(_spool);
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
    /// </summary>
    public async Task ReadAsync(IDocumentStore store, string prefix = "",
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var file in store.ListAsync(cancellationToken))
        {
            await ReadFileAsync(store, file, prefix + file.Path, cancellationToken);
            progress?.Report(new IntakeProgress(++count, prefix + file.Path));
        }
    }

    /// <summary>Reads one file of <paramref name="store"/> into the run's ledger, named <paramref name="path"/> there.</summary>
    public async Task ReadFileAsync(IDocumentStore store, StoredFile file, string path, CancellationToken cancellationToken = default)
    {
        var source = new Source(path) { FileTime = file.LastModified, WebUrl = file.WebUrl };
        if (IsExcelOwnerFile(file.Name))
        {
            _ledger.Add(IntakeResult.Unreadable(source, "An Excel owner file (~$…), not a response: Excel keeps one beside a workbook while someone has it open. Skipped; it disappears once the workbook is closed."));
            return;
        }
        if (!SpreadsheetFile.IsSpreadsheet(file.Name))
        {
            _ledger.Add(IntakeResult.Unreadable(source, $"Not a spreadsheet CopOffice reads: only .xlsx, .xlsm, .xls and .csv files are read{(Path.GetExtension(file.Name) is { Length: > 0 } e ? $", not '{e}'" : "")}. Skipped."));
            return;
        }
        if (file.Size > _limits.MaxFileBytes)
        {
            _ledger.Add(IntakeResult.Unreadable(source, Probing.FileProbe.TooLarge(file.Size, _limits)));
            return;
        }

        try
        {
            await using var content = await store.OpenReadAsync(file, cancellationToken);
            // Judged and spooled as read: a large Forms export's rows never sit in memory together.
            foreach (var item in ReadAhead.Of(WorkbookIntake.Read(content, source, _limits), cancellationToken))
                _ledger.Add(item.Judge(Rules, _spool));
        }
        catch (Exception e) when (e is DocumentUnavailableException or IOException or UnauthorizedAccessException)
        {
            // After the rows read before it, as for a file found damaged part-way.
            var reason = e is DocumentUnavailableException unavailable ? unavailable.Reason : e.Message;
            _ledger.Add(IntakeResult.Unreadable(source, $"The file could not be read from {store.Description}: {reason.TrimEnd('.')}. Check that it still exists and can be read, then run again."));
        }
    }

    /// <summary>The ledger of everything the run read, repeats resolved. A run makes one ledger.</summary>
    public Ledger ToLedger() => _ledger.Build();

    /// <summary>"~$Book1.xlsx": the lock file Excel writes beside an open workbook, holding the user's name.</summary>
    public static bool IsExcelOwnerFile(string name) => name.StartsWith("~$", StringComparison.Ordinal);
}
