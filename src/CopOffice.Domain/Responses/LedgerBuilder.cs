using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// Makes a <see cref="Ledger"/> from results added in input order, kept in a <see cref="IResultStore"/>.
/// Of the responses with the same member (or, for a coordinator's workbook, none), community, kind and
/// period, the latest wins (completion time, else file time; on a tie the later path and row); the others
/// are superseded, naming which one replaced them. Anonymous responses cannot be recognised as repeats and all count.
/// </summary>
public sealed class LedgerBuilder(IResultStore? results = null)
{
    private readonly IResultStore _results = results ?? new ResultList();
    private readonly List<Kept> _kept = [];
    // The position of the latest response of each set of repeats so far, by the responses' duplicate key.
    private readonly Dictionary<string, int> _latest = new(StringComparer.Ordinal);
    private bool _built;

    public int Count => _kept.Count;

    /// <summary>Adds <paramref name="result"/> as the next input of the ledger.</summary>
    public void Add(IntakeResult result) => Add(Keep(result));

    /// <summary>
    /// Puts <paramref name="result"/> in the store without giving it its place yet: files are judged several at
    /// once, each result kept as it is judged, and the run adds them in input order. Safe on any thread.
    /// </summary>
    public Kept Keep(IntakeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.Response is null ? LedgerStatus.Rejected : result.Findings.Count == 0 ? LedgerStatus.Accepted : LedgerStatus.AcceptedWithWarnings;
        var response = result.Response;
        return new Kept(_results.Add(result), result.Kind, status, response?.Community,
            response is null || IsAnonymous(response) ? null : response.DuplicateKey,
            response?.Time ?? DateTimeOffset.MinValue, result.Source.Path, result.Source.Row ?? 0);
    }

    /// <summary>Adds a result put in the store by <see cref="Keep"/> as the next input of the ledger.</summary>
    public void Add(Kept kept)
    {
        if (_built) throw new InvalidOperationException("The ledger is built; a builder makes one ledger.");
        if (kept.Key is { } key && (!_latest.TryGetValue(key, out var latest) || IsLater(kept, _kept[latest]))) _latest[key] = _kept.Count;
        _kept.Add(kept);
    }

    public Ledger Build()
    {
        if (_built) throw new InvalidOperationException("The ledger is built; a builder makes one ledger.");
        _built = true;
        var rows = new Ledger.Row[_kept.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var kept = _kept[i];
            var winner = kept.Key is { } key && _latest[key] is var latest && latest != i ? _kept[latest].Index : -1;
            rows[i] = new Ledger.Row(kept.Index, kept.Kind, winner < 0 ? kept.Status : LedgerStatus.Superseded, kept.Community, winner);
        }
        _kept.Clear();
        _latest.Clear();
        return new Ledger(_results, rows);
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> replaces <paramref name="latest"/>: a later time (completion, else file),
    /// then the later path, then the later row. On a full tie the one met first stays.
    /// </summary>
    private static bool IsLater(Kept candidate, Kept latest)
    {
        var byTime = candidate.Time.CompareTo(latest.Time);
        if (byTime != 0) return byTime > 0;
        var byPath = StringComparer.Ordinal.Compare(candidate.Path, latest.Path);
        if (byPath != 0) return byPath > 0;
        return candidate.Row > latest.Row;
    }

    private static bool IsAnonymous(Response response) => response.Kind == TemplateKind.ValueSurvey && response.Respondent.Length == 0;

    /// <summary>
    /// A result in the store, waiting for its place: where it is, what became of it, and what resolving repeats
    /// compares (<see cref="Response.DuplicateKey"/>, null for a rejected or anonymous response, which repeats nothing).
    /// </summary>
    public readonly record struct Kept(int Index, TemplateKind? Kind, LedgerStatus Status, string? Community, string? Key, DateTimeOffset Time, string Path, int Row);
}
