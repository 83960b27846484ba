using CopOffice.Questionnaires;

namespace CopOffice.Responses;

public enum LedgerStatus { Accepted, AcceptedWithWarnings, Superseded, Rejected }

public static class LedgerStatuses
{
    /// <summary>The status as written in JSON and reports: accepted, accepted-with-warnings, superseded, rejected.</summary>
    public static string Id(this LedgerStatus status) => status switch
    {
        LedgerStatus.Accepted => "accepted",
        LedgerStatus.AcceptedWithWarnings => "accepted-with-warnings",
        LedgerStatus.Superseded => "superseded",
        LedgerStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>What became of one input, with its reasons.</summary>
public sealed record LedgerEntry(Source Source, TemplateKind? Kind, LedgerStatus Status, IReadOnlyList<Finding> Findings)
{
    /// <summary>The response, for accepted and superseded entries.</summary>
    public Response? Response { get; init; }

    /// <summary>The input that replaced this one, for superseded entries.</summary>
    public Source? SupersededBy { get; init; }
}

/// <summary>
/// Every input of a run and what became of it: accepted, accepted with warnings, superseded or
/// rejected. One entry per input, in input order: nothing is dropped silently. The results wait in an
/// <see cref="IResultStore"/> and are read when used; a ledger over a database that its run opened is read
/// before the run disposes it.
/// </summary>
public sealed class Ledger
{
    /// <summary>What the ledger keeps of an input: where its result is, what became of it, and where the result that replaced a superseded one is.</summary>
    internal readonly record struct Row(int Index, TemplateKind? Kind, LedgerStatus Status, string? Community, int Winner);

    private readonly IResultStore _results;
    private readonly Row[] _rows;
    private readonly int[] _accepted;
    private readonly int[] _counts = new int[Enum.GetValues<LedgerStatus>().Length];

    internal Ledger(IResultStore results, Row[] rows)
    {
        _results = results;
        _rows = rows;
        foreach (var row in rows) _counts[(int)row.Status]++;
        _accepted = [.. Enumerable.Range(0, rows.Length).Where(i => rows[i].Status is LedgerStatus.Accepted or LedgerStatus.AcceptedWithWarnings)];
        Entries = new Listed<LedgerEntry>(rows.Length, Entry);
        Accepted = new Listed<Response>(_accepted.Length, i => _results[rows[_accepted[i]].Index].Response!);
    }

    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>The responses that count: accepted, with or without warnings, in input order.</summary>
    public IReadOnlyList<Response> Accepted { get; }

    public int Count(LedgerStatus status) => _counts[(int)status];

    /// <summary>
    /// Kind and status of every input, or with <paramref name="community"/> of those with a response for it
    /// (any spelling of its case: accepted and superseded ones); no result is read.
    /// </summary>
    public IEnumerable<(TemplateKind? Kind, LedgerStatus Status)> Statuses(string? community = null) =>
        Rows(community).Select(i => (_rows[i].Kind, _rows[i].Status));

    /// <summary>The entries with findings, in input order: all but those accepted without warnings (an input is accepted only when nothing was found).</summary>
    public IEnumerable<LedgerEntry> WithFindings =>
        Rows(null).Where(i => _rows[i].Status != LedgerStatus.Accepted).Select(Entry);

    /// <summary>The rejected and superseded entries, or with <paramref name="community"/> the superseded ones of it.</summary>
    public IEnumerable<LedgerEntry> NotAccepted(string? community = null) =>
        Rows(community).Where(i => _rows[i].Status is LedgerStatus.Rejected or LedgerStatus.Superseded).Select(Entry);

    private IEnumerable<int> Rows(string? community) =>
        Enumerable.Range(0, _rows.Length).Where(i => community is null || string.Equals(_rows[i].Community, community, StringComparison.OrdinalIgnoreCase));

    /// <summary>Resolves repeats (see <see cref="LedgerBuilder"/>) among <paramref name="results"/>, kept in memory.</summary>
    public static Ledger Build(IEnumerable<IntakeResult> results)
    {
        var builder = new LedgerBuilder();
        foreach (var result in results) builder.Add(result);
        return builder.Build();
    }

    private LedgerEntry Entry(int index)
    {
        var row = _rows[index];
        var result = _results[row.Index];
        if (row.Status != LedgerStatus.Superseded)
            return new(result.Source, result.Kind, row.Status, result.Findings) { Response = result.Response };
        var winner = _results[row.Winner];
        var when = winner.Response!.Time is { } t ? $" on {t.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "";
        var superseded = Finding.Warning($"Superseded by {winner.Source}, a later submission{when} for the same {(result.Kind == TemplateKind.ValueSurvey ? "member, " : "")}community and period.",
            result.Source.Location);
        return new(result.Source, result.Kind, row.Status, [.. result.Findings, superseded])
        {
            Response = result.Response,
            SupersededBy = winner.Source,
        };
    }

    /// <summary>A list whose items are read when asked for.</summary>
    private sealed class Listed<T>(int count, Func<int, T> read) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? read(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return read(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
