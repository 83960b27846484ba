using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// The groups of one kind (communities, units or member types) as people spelled them. Spellings that
/// differ only in case, spacing or dashes are one group; it is shown as the organisation spells it
/// (the roster or the framework), else as most people wrote it. Ids follow the order of first sight and
/// never leave the aggregation: everything shown is ordered by name.
/// </summary>
internal sealed class GroupNameTable
{
    public const int NotGiven = 0;

    private readonly Func<string, string> _key;
    private readonly Func<string, int> _rank;
    private readonly Dictionary<string, Spelling> _byRaw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [""];
    private readonly List<string?> _preferred = [null];

    private readonly string _notGivenLabel;
    private string[]? _display;
    private int[]? _ranks;

    /// <param name="key">How a name is compared (default: <see cref="AnswerParser.Normalise"/>).</param>
    /// <param name="rank">Sorts names before the alphabet does (member types follow the framework's order).</param>
    public GroupNameTable(string notGivenLabel, Func<string, string>? key = null, Func<string, int>? rank = null)
    {
        _notGivenLabel = notGivenLabel;
        _key = key ?? AnswerParser.Normalise;
        _rank = rank ?? (_ => 0);
    }

    public int Count => _keys.Count;

    /// <summary>The id of a name as written, counting the spelling; blank is <see cref="NotGiven"/>.</summary>
    public int Id(string? raw)
    {
        if (raw is null) return NotGiven;
        if (!_byRaw.TryGetValue(raw, out var spelling)) _byRaw[raw] = spelling = new Spelling(Register(raw));
        spelling.Count++;
        return spelling.Id;
    }

    /// <summary>One way a name was written, and how often: counted per raw string, so the hot path does one lookup.</summary>
    private sealed class Spelling(int id)
    {
        public int Id { get; } = id;
        public int Count { get; set; }
    }

    /// <summary>Registers the organisation's own spelling of a name (roster, framework): it is the one shown.</summary>
    public int Prefer(string raw)
    {
        var id = Register(raw);
        if (id != NotGiven) _preferred[id] ??= raw.Trim();
        return id;
    }

    public bool TryFind(string raw, out int id) =>
        _byKey.TryGetValue(_key(raw.Trim()), out id);

    public string Key(int id) => _keys[id];

    /// <summary>Compares ids in shown order (see <see cref="Ordered"/>).</summary>
    public int Compare(int a, int b)
    {
        if (a == b) return 0;
        if ((a == NotGiven) != (b == NotGiven)) return a == NotGiven ? 1 : -1;
        var byRank = Rank(a).CompareTo(Rank(b));
        if (byRank != 0) return byRank;
        var byName = StringComparer.OrdinalIgnoreCase.Compare(Display(a), Display(b));
        return byName != 0 ? byName : string.CompareOrdinal(_keys[a], _keys[b]);
    }

    private int Rank(int id)
    {
        _ranks ??= [.. _keys.Select(_rank)];
        return _ranks[id];
    }

    public string Display(int id)
    {
        if (_display is null)
        {
            var written = _byRaw.Where(s => s.Value.Count > 0).ToLookup(s => s.Value.Id);
            _display = [.. Enumerable.Range(0, _keys.Count).Select(i => Choose(i, written[i]))];
        }
        return _display[id];
    }

    /// <summary>Ids in the order they are shown: by rank, then name, case-insensitively; "not given" last.</summary>
    public IEnumerable<int> Ordered(IEnumerable<int> ids) => ids.Distinct()
        .OrderBy(id => id == NotGiven ? 1 : 0)
        .ThenBy(Rank)
        .ThenBy(Display, StringComparer.OrdinalIgnoreCase)
        .ThenBy(Key, StringComparer.Ordinal);

    private int Register(string raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.Length == 0) return NotGiven;
        var key = _key(trimmed);
        if (key.Length == 0) return NotGiven;
        if (_byKey.TryGetValue(key, out var id)) return id;
        id = _keys.Count;
        _keys.Add(key);
        _preferred.Add(null);
        _byKey[key] = id;
        _display = null;
        _ranks = null;
        return id;
    }

    private string Choose(int id, IEnumerable<KeyValuePair<string, Spelling>> written)
    {
        if (id == NotGiven) return _notGivenLabel;
        if (_preferred[id] is { } preferred) return preferred;
        return written
            .GroupBy(s => s.Key.Trim(), s => s.Value.Count, StringComparer.Ordinal)
            .Select(g => (Spelling: g.Key, Count: g.Sum()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Spelling, StringComparer.Ordinal)
            .Select(s => s.Spelling).FirstOrDefault() ?? _keys[id];
    }
}
