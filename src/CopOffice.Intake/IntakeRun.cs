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
public sealed class IntakeRun(IntakeRules rules, IntakeLimits? limits = null)
{
    private readonly IntakeLimits _limits = limits ?? IntakeLimits.Default;
    private SpilledTexts? _texts;

    public IntakeRules Rules { get; } = rules;

    /// <summary>The ledger of every file in <paramref name="store"/>.</summary>
    public static async Task<Ledger> LedgerAsync(IDocumentStore store, IntakeRules rules, IntakeLimits? limits = null,
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ledger.Build(await new IntakeRun(rules, limits).ReadAsync(store, "", progress, cancellationToken));

    /// <summary>
    /// What became of every file in <paramref name="store"/>, before repeats are resolved (<see cref="Ledger.Build"/>
    /// does that, also across stores). Each source is the file's path in the store after <paramref name="prefix"/>.
    /// </summary>
    public async Task<IReadOnlyList<IntakeResult>> ReadAsync(IDocumentStore store, string prefix = "",
        IProgress<IntakeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<IntakeResult>();
        var count = 0;
        await foreach (var file in store.ListAsync(cancellationToken))
        {
            results.AddRange(await ReadFileAsync(store, file, prefix + file.Path, cancellationToken));
            progress?.Report(new IntakeProgress(++count, prefix + file.Path));
        }
        return results;
    }

    /// <summary>What became of one file of <paramref name="store"/>, named <paramref name="path"/> in the ledger.</summary>
    public async Task<IReadOnlyList<IntakeResult>> ReadFileAsync(IDocumentStore store, StoredFile file, string path, CancellationToken cancellationToken = default)
    {
        var source = new Source(path) { FileTime = file.LastModified, WebUrl = file.WebUrl };
        if (IsExcelOwnerFile(file.Name))
            return [IntakeResult.Unreadable(source, "An Excel owner file (~$…), not a response: Excel keeps one beside a workbook while someone has it open. Skipped; it disappears once the workbook is closed.")];
        if (!SpreadsheetFile.IsSpreadsheet(file.Name))
            return [IntakeResult.Unreadable(source, $"Not a spreadsheet CopOffice reads: only .xlsx, .xlsm, .xls and .csv files are read{(Path.GetExtension(file.Name) is { Length: > 0 } e ? $", not '{e}'" : "")}. Skipped.")];
        if (file.Size > _limits.MaxFileBytes)
            return [IntakeResult.Unreadable(source, Probing.FileProbe.TooLarge(file.Size, _limits))];

        try
        {
            await using var content = await store.OpenReadAsync(file, cancellationToken);
            // Judged as read, so only the judgements of a large Forms export are kept, not its raw rows.
            _texts ??= new SpilledTexts(_limits.TextMemoryBytes);
            return [.. WorkbookIntake.Read(content, source, _limits).Select(item => item.Judge(Rules, _texts))];
        }
        catch (DocumentUnavailableException e)
        {
            return [IntakeResult.Unreadable(source, $"The file could not be read from {store.Description}: {e.Reason.TrimEnd('.')}. Check that it still exists and can be read, then run again.")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IntakeResult.Unreadable(source, $"The file could not be read from {store.Description}: {e.Message.TrimEnd('.')}. Check that it still exists and can be read, then run again.")];
        }
    }

    /// <summary>"~$Book1.xlsx": the lock file Excel writes beside an open workbook, holding the user's name.</summary>
    public static bool IsExcelOwnerFile(string name) => name.StartsWith("~$", StringComparison.Ordinal);
}
