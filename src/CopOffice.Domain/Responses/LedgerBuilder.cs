using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// Makes a <see cref="Ledger"/> from results as they are judged, one at a time in input order: each
/// goes to the spool at once, and only what resolving repeats needs stays in memory. Of the responses
/// with the same member (or, for a coordinator's workbook, none), community, kind and period, the
/// latest wins (completion time, else file time; on a tie the later path and row); the others are
/// superseded, naming which one replaced them. Anonymous responses cannot be recognised as repeats and all count.
/// </summary>
public sealed class LedgerBuilder(Spool spool, Roster? roster = null)
{
    /// <summary>What the ledger keeps of an input in memory: where its record is, and what became of it.</summary>
    internal struct Row
    {
        public long Position;
        public int Length;
        public int Group;
        public int Community;
        /// <summary>The index of the value survey's facts, -1 for none.</summary>
        public int Facts;
        public LedgerStatus Status;
        public TemplateKind? Kind;
    }

    /// <summary>The latest of a set of repeats so far, with what <see cref="IsLater"/> compares.</summary>
    private struct Group
    {
        public int Latest;
        public int Size;
        public DateTimeOffset Time;
        public string Path;
        public int Row;
    }

    // One writer per thread: results may be spooled by several readers at once.
    [ThreadStatic] private static RecordWriter? s_record;

    private readonly List<Row> _rows = [];
    private readonly List<Group> _groups = [];
    private readonly ChunkedList<Aggregation.SurveyFacts> _facts = new();
    // The roster lets the facts of a survey carry the member's email as the roster lists it, for response rates.
    private readonly Aggregation.Spellings _spellings = new(roster);
    // Repeats are found by a 128-bit digest of their key, not the key itself: 16 bytes per member
    // whatever the lengths of names and communities; two different keys sharing one is beyond chance.
    private readonly Dictionary<UInt128, int> _groupOfKey = [];
    // Numbered as results are spooled, on any thread; a number only needs to stand for one community.
    private readonly Dictionary<string, int> _communityIds = new(StringComparer.OrdinalIgnoreCase);
    private bool _built;

    public int Count => _rows.Count;

    /// <summary>Spools <paramref name="result"/> and adds it: the next input of the ledger.</summary>
    public void Add(IntakeResult result) => Add(Spool(result));

    /// <summary>
    /// Writes <paramref name="result"/> to the spool without giving it its place yet: readers of several
    /// files at once spool as they judge, and the run adds the results in input order. Safe on any thread.
    /// </summary>
    public SpooledResult Spool(IntakeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var record = s_record ??= new RecordWriter();
        record.Clear();
        ResultRecord.Write(result, spool, record);
        var position = spool.Append(record.Written);
        var status = result.Response is null ? LedgerStatus.Rejected
            : result.Findings.Count == 0 ? LedgerStatus.Accepted : LedgerStatus.AcceptedWithWarnings;
        if (result.Response is not { } response) return new(position, record.Length, status, result.Kind, -1, null, default, result.Source.Path, 0);
        UInt128? key = IsAnonymous(response) ? null : MemoryMarshal.Read<UInt128>(SHA256.HashData(MemoryMarshal.AsBytes(response.DuplicateKey.AsSpan())));
        return new(position, record.Length, status, result.Kind, CommunityId(response.Community), key,
            response.Time ?? DateTimeOffset.MinValue, result.Source.Path, result.Source.Row ?? 0)
        {
            // Read here, on the thread that judged the response, while it is at hand: the aggregation need not decode it again.
            Facts = response.Kind == TemplateKind.ValueSurvey ? Aggregation.SurveyFacts.Of(response, _spellings, spool) : null,
        };
    }

    /// <summary>Adds a result spooled by <see cref="Spool"/> as the next input of the ledger.</summary>
    public void Add(SpooledResult result)
    {
        if (_built) throw new InvalidOperationException("The ledger is built; a builder makes one ledger.");
        var row = new Row
        {
            Position = result.Position,
            Length = result.Length,
            Group = -1,
            Facts = -1,
            Community = result.Community,
            Kind = result.Kind,
            Status = result.Status,
        };
        if (result.Facts is { } facts)
        {
            row.Facts = _facts.Count;
            _facts.Add(facts);
        }
        if (result.Key is { } key) row.Group = Repeat(key, new Group { Latest = _rows.Count, Size = 1, Time = result.Time, Path = result.Path, Row = result.Row });
        _rows.Add(row);
    }

    public Ledger Build()
    {
        if (_built) throw new InvalidOperationException("The ledger is built; a builder makes one ledger.");
        _built = true;
        var rows = _rows.ToArray();
        var winners = new int[_groups.Count];
        for (var g = 0; g < _groups.Count; g++) winners[g] = _groups[g].Latest;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Group < 0) continue;
            var group = _groups[rows[i].Group];
            if (group.Size > 1 && group.Latest != i) rows[i].Status = LedgerStatus.Superseded;
        }
        string[] communities;
        lock (_communityIds)
        {
            communities = new string[_communityIds.Count];
            foreach (var (community, id) in _communityIds) communities[id] = community;
        }
        // A builder makes one ledger: what it kept to resolve repeats goes, whoever still holds the builder.
        _rows.Clear();
        _rows.TrimExcess();
        _groups.Clear();
        _groups.TrimExcess();
        _groupOfKey.Clear();
        _groupOfKey.TrimExcess();
        return new Ledger(spool, rows, winners, communities, _facts, roster);
    }

    private int CommunityId(string community)
    {
        lock (_communityIds)
        {
            if (!_communityIds.TryGetValue(community, out var id)) _communityIds[community] = id = _communityIds.Count;
            return id;
        }
    }

    private int Repeat(UInt128 key, Group candidate)
    {
        if (!_groupOfKey.TryGetValue(key, out var id))
        {
            _groupOfKey[key] = id = _groups.Count;
            _groups.Add(candidate);
            return id;
        }
        var group = _groups[id];
        group.Size++;
        if (IsLater(candidate, group))
            (group.Latest, group.Time, group.Path, group.Row) = (candidate.Latest, candidate.Time, candidate.Path, candidate.Row);
        _groups[id] = group;
        return id;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> replaces <paramref name="latest"/>: a later time (completion, else file),
    /// then the later path, then the later row. On a full tie the one met first stays.
    /// </summary>
    private static bool IsLater(Group candidate, Group latest)
    {
        var byTime = candidate.Time.CompareTo(latest.Time);
        if (byTime != 0) return byTime > 0;
        var byPath = StringComparer.Ordinal.Compare(candidate.Path, latest.Path);
        if (byPath != 0) return byPath > 0;
        return candidate.Row > latest.Row;
    }

    private static bool IsAnonymous(Response response) => response.Kind == TemplateKind.ValueSurvey && response.Respondent.Length == 0;
}
