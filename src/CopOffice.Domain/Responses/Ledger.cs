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
/// rejected. One entry per input, in input order: nothing is dropped silently. The entries wait in a
/// <see cref="Spool"/> and are decoded when read, so a ledger of 100,000 Forms rows holds a few bytes
/// per row in memory; each read of <see cref="Entries"/> gives new, equal objects.
/// The ledger owns its spool: disposing it releases the spool (the intake's temporary file), after which
/// nothing read from the ledger may be used.
/// </summary>
public sealed class Ledger : IDisposable
{
    private readonly Spool _spool;
    private readonly LedgerBuilder.Row[] _rows;
    private readonly int[] _winners;
    private readonly string[] _communities;
    private readonly int[] _counts;
    private readonly ChunkedList<Aggregation.SurveyFacts> _facts;

    internal Ledger(Spool spool, LedgerBuilder.Row[] rows, int[] winners, string[] communities, ChunkedList<Aggregation.SurveyFacts> facts, Roster? factsRoster)
    {
        FactsRoster = factsRoster;
        _facts = facts;
        _spool = spool;
        _rows = rows;
        _winners = winners;
        _communities = communities;
        _counts = new int[Enum.GetValues<LedgerStatus>().Length];
        foreach (var row in rows) _counts[(int)row.Status]++;
        Entries = new EntryList(this);
    }

    public IReadOnlyList<LedgerEntry> Entries { get; }

    public void Dispose() => (_spool as IDisposable)?.Dispose();

    /// <summary>The responses that count: accepted, with or without warnings, in input order.</summary>
    public IEnumerable<Response> Accepted
    {
        get
        {
            foreach (var (index, _, _) in AcceptedRows) yield return Read(index).Response!;
        }
    }

    public int Count(LedgerStatus status) => _counts[(int)status];

    /// <summary>The roster the value surveys' facts were read against (their roster emails); null for none.</summary>
    internal Roster? FactsRoster { get; }

    /// <summary>The accepted inputs by index, with a value survey's facts (read at intake) or, for a coordinator's workbook, none.</summary>
    internal IEnumerable<(int Index, TemplateKind Kind, Aggregation.SurveyFacts? Facts)> AcceptedRows
    {
        get
        {
            for (var i = 0; i < _rows.Length; i++)
                if (_rows[i].Status is LedgerStatus.Accepted or LedgerStatus.AcceptedWithWarnings)
                    yield return (i, _rows[i].Kind!.Value, _rows[i].Facts >= 0 ? _facts[_rows[i].Facts] : null);
        }
    }

    /// <summary>The texts of an accepted value survey: read alone from the spool when its facts say where, else with the response.</summary>
    internal IReadOnlyDictionary<string, string> TextsAt(int index) =>
        _rows[index].Facts >= 0 && _facts[_rows[index].Facts].Texts is { } at
            ? TextSlots.Spooled(at.Keys, _spool, at.Position, at.Length, at.Count)
            : ResponseAt(index).Texts;

    /// <summary>The response of an accepted or superseded input, decoded from the spool.</summary>
    internal Response ResponseAt(int index) =>
        Read(index).Response ?? throw new InvalidOperationException($"Input {index} of the ledger has no response: it was rejected.");

    /// <summary>
    /// Kind and status of every input, or with <paramref name="community"/> of those with a response for it
    /// (any spelling of its case: accepted and superseded ones); nothing is decoded.
    /// </summary>
    public IEnumerable<(TemplateKind? Kind, LedgerStatus Status)> Statuses(string? community = null)
    {
        foreach (var i in Rows(community)) yield return (_rows[i].Kind, _rows[i].Status);
    }

    /// <summary>
    /// The entries with findings, in input order: all but those accepted without warnings (an input is
    /// accepted only when nothing was found), which are not decoded at all.
    /// </summary>
    public IEnumerable<LedgerEntry> WithFindings
    {
        get
        {
            for (var i = 0; i < _rows.Length; i++)
                if (_rows[i].Status != LedgerStatus.Accepted)
                    yield return Entry(i);
        }
    }

    /// <summary>The rejected and superseded entries, or with <paramref name="community"/> the superseded ones of it.</summary>
    public IEnumerable<LedgerEntry> NotAccepted(string? community = null)
    {
        foreach (var i in Rows(community))
            if (_rows[i].Status is LedgerStatus.Rejected or LedgerStatus.Superseded)
                yield return Entry(i);
    }

    private IEnumerable<int> Rows(string? community)
    {
        var id = community is null ? -1 : Array.FindIndex(_communities, c => string.Equals(c, community, StringComparison.OrdinalIgnoreCase));
        if (community is not null && id < 0) yield break;
        for (var i = 0; i < _rows.Length; i++)
            if (community is null || _rows[i].Community == id) yield return i;
    }

    /// <summary>
    /// Resolves repeats (see <see cref="LedgerBuilder"/>) among <paramref name="results"/>, kept in
    /// <paramref name="spool"/> or, without one, in memory.
    /// </summary>
    public static Ledger Build(IEnumerable<IntakeResult> results, Spool? spool = null)
    {
        var builder = new LedgerBuilder(spool ?? new MemorySpool());
        foreach (var result in results) builder.Add(result);
        return builder.Build();
    }

    private IntakeResult Read(int index)
    {
        var row = _rows[index];
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(row.Length);
        try
        {
            _spool.Read(row.Position, bytes.AsSpan(0, row.Length));
            return ResultRecord.Read(bytes.AsSpan(0, row.Length), _spool);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private LedgerEntry Entry(int index)
    {
        var result = Read(index);
        var status = _rows[index].Status;
        switch (status)
        {
            case LedgerStatus.Rejected:
                return new(result.Source, result.Kind, status, result.Findings);
            case LedgerStatus.Superseded:
                var winner = Read(_winners[_rows[index].Group]);
                var when = winner.Response!.Time is { } t ? $" on {t.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "";
                var superseded = Finding.Warning($"Superseded by {winner.Source}, a later submission{when} for the same {(result.Kind == TemplateKind.ValueSurvey ? "member, " : "")}community and period.",
                    result.Source.Location);
                return new(result.Source, result.Kind, status, [.. result.Findings, superseded])
                {
                    Response = result.Response,
                    SupersededBy = winner.Source,
                };
            default:
                return new(result.Source, result.Kind, status, result.Findings) { Response = result.Response };
        }
    }

    /// <summary>The entries, decoded one at a time as they are read.</summary>
    private sealed class EntryList(Ledger ledger) : IReadOnlyList<LedgerEntry>
    {
        public int Count => ledger._rows.Length;

        public LedgerEntry this[int index] =>
            (uint)index < (uint)ledger._rows.Length ? ledger.Entry(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<LedgerEntry> GetEnumerator()
        {
            for (var i = 0; i < ledger._rows.Length; i++) yield return ledger.Entry(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
