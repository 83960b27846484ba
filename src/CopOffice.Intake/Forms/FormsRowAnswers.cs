using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Forms;

/// <summary>
/// Where the answers of an export's rows go: one slot per answer column, then one per option of each
/// multiple-choice column (in the order the options are matched), each with its column letters.
/// Resolved once per export from its <see cref="FormsLayout"/>; every row shares it.
/// </summary>
internal sealed class FormsRowShape
{
    private readonly FrozenDictionary<string, int> _slots;

    public FormsRowShape(FormsLayout layout)
    {
        var names = new List<string>();
        var letters = new List<string>();
        foreach (var column in layout.Answers)
        {
            names.Add(column.Name);
            letters.Add(column.Letters);
        }
        ChoiceSlots = new int[layout.Choices.Length][];
        for (var c = 0; c < layout.Choices.Length; c++)
        {
            var column = layout.Choices[c];
            var options = column.Matcher.Options;
            ChoiceSlots[c] = new int[options.Count];
            for (var o = 0; o < options.Count; o++)
            {
                ChoiceSlots[c][o] = names.Count;
                names.Add(options[o].Name);
                letters.Add(column.Letters);
            }
        }
        Names = [.. names];
        Letters = [.. letters];
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
            if (!slots.TryAdd(Names[i], i))
                throw new InvalidOperationException($"The {layout.Best.Survey.Kind.Id()} Forms survey fills the answer {Names[i]} from two columns.");
        _slots = slots.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The answer name of each slot; the first <c>layout.Answers.Length</c> are the answer columns'.</summary>
    public string[] Names { get; }

    /// <summary>The column letters of each slot.</summary>
    public string[] Letters { get; }

    /// <summary>For each multiple-choice column, the slot of each option, in <see cref="ChoiceMatcher.Options"/> order.</summary>
    public int[][] ChoiceSlots { get; }

    public int SlotOf(string name) => _slots.TryGetValue(name, out var slot) ? slot : -1;
}

/// <summary>
/// The answers of one Forms row: the non-blank values by slot of the export's <see cref="FormsRowShape"/>.
/// Read as a dictionary it behaves as the one it replaces (entries in column order, ordinal keys), but a
/// <see cref="RawAnswer"/> and its <see cref="Location"/> are made only when asked for: validation reads
/// values through <see cref="IAnswerValues"/>, and only a finding needs a location.
/// </summary>
internal sealed class FormsRowAnswers : IReadOnlyDictionary<string, RawAnswer>, IAnswerValues
{
    private readonly FormsRowShape _shape;
    private readonly object?[] _values;
    private readonly string _path;
    private readonly int _row;
    private readonly string? _rowId;
    private RawAnswer?[]? _answers;

    /// <param name="values">By slot; null where the cell was blank (or the option not chosen).</param>
    public FormsRowAnswers(FormsRowShape shape, object?[] values, string path, int row, string? rowId)
    {
        _shape = shape;
        _values = values;
        _path = path;
        _row = row;
        _rowId = rowId;
        foreach (var value in values)
            if (value is not null) Count++;
    }

    public int Count { get; }

    public bool TryGetAnswerValue(string name, out object? value)
    {
        var slot = _shape.SlotOf(name);
        value = slot >= 0 ? _values[slot] : null;
        return value is not null;
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out RawAnswer value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slot = _shape.SlotOf(key);
        value = slot >= 0 ? Answer(slot) : null;
        return value is not null;
    }

    public RawAnswer this[string key] =>
        TryGetValue(key, out var answer) ? answer : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<RawAnswer> Values => this.Select(pair => pair.Value);

    public IEnumerator<KeyValuePair<string, RawAnswer>> GetEnumerator()
    {
        for (var slot = 0; slot < _values.Length; slot++)
            if (Answer(slot) is { } answer) yield return new(_shape.Names[slot], answer);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The answer in <paramref name="slot"/>, made on first request (a race makes an equal one twice, harmlessly).</summary>
    private RawAnswer? Answer(int slot)
    {
        if (_values[slot] is not { } value) return null;
        var answers = _answers ??= new RawAnswer?[_values.Length];
        return answers[slot] ??= new RawAnswer(value, new Location(_path)
        {
            Cell = _shape.Letters[slot] + _row.ToString(CultureInfo.InvariantCulture),
            Row = _row,
            RowId = _rowId,
            Name = _shape.Names[slot],
        });
    }
}
