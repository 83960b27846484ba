using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// The groups of one kind (communities, units or member types) as people spelled them. Spellings that
/// differ only in case, spacing or dashes are one group; it is shown as the organisation spells it
/// (the roster or the framework), else as most people wrote it. Ids follow the order of first sight and
/// never leave the aggregation: everything shown is ordered by name.
/// </summary>
internal sealed class NameTable
{
    public const int NotGiven = 0;

    private readonly Func<string, string> _key;
    private readonly Func<string, int> _rank;
    private readonly Dictionary<string, int> _byRaw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [""];
    private readonly List<string?> _preferred = [null];
    private readonly List<Dictionary<string, int>> _spellings = [new(StringComparer.Ordinal)];
    private readonly string _notGivenLabel;
    private string[]? _display;

    /// <param name="key">How a name is compared (default: <see cref="AnswerParser.Normalise"/>).</param>
    /// <param name="rank">Sorts names before the alphabet does (member types follow the framework's order).</param>
    public NameTable(string notGivenLabel, Func<string, string>? key = null, Func<string, int>? rank = null)
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
        if (_byRaw.TryGetValue(raw, out var id))
        {
            if (id != NotGiven) _spellings[id][raw.Trim()]++;
            return id;
        }
        id = Register(raw);
        _byRaw[raw] = id;
        if (id != NotGiven) _spellings[id][raw.Trim()] = _spellings[id].GetValueOrDefault(raw.Trim()) + 1;
        return id;
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
        var byRank = _rank(_keys[a]).CompareTo(_rank(_keys[b]));
        if (byRank != 0) return byRank;
        var byName = StringComparer.OrdinalIgnoreCase.Compare(Display(a), Display(b));
        return byName != 0 ? byName : string.CompareOrdinal(_keys[a], _keys[b]);
    }

    public string Display(int id)
    {
        _display ??= [.. Enumerable.Range(0, _keys.Count).Select(Choose)];
        return _display[id];
    }

    /// <summary>Ids in the order they are shown: by rank, then name, case-insensitively; "not given" last.</summary>
    public IEnumerable<int> Ordered(IEnumerable<int> ids) => ids.Distinct()
        .OrderBy(id => id == NotGiven ? 1 : 0)
        .ThenBy(id => _rank(_keys[id]))
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
        _spellings.Add(new(StringComparer.Ordinal));
        _byKey[key] = id;
        _display = null;
        return id;
    }

    private string Choose(int id)
    {
        if (id == NotGiven) return _notGivenLabel;
        if (_preferred[id] is { } preferred) return preferred;
        return _spellings[id].OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).FirstOrDefault() ?? _keys[id];
    }
}
