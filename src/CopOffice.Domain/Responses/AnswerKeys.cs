using System.Collections.Frozen;

namespace CopOffice.Responses;

/// <summary>
/// The names one kind of answer of a questionnaire can have (its ratings, its texts), in the
/// questionnaire's order. One set serves every response of that questionnaire, so a response keeps
/// only its values by position instead of a dictionary of its own: 100,000 Forms rows share the keys.
/// </summary>
internal sealed class AnswerKeys
{
    private readonly FrozenDictionary<string, int> _slots;

    public AnswerKeys(IEnumerable<string> names)
    {
        var ordered = new List<string>();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
            if (slots.TryAdd(name, ordered.Count)) ordered.Add(name);
        Names = [.. ordered];
        _slots = slots.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>The position of <paramref name="name"/> (compared ordinally, as the answer dictionaries always did), or -1.</summary>
    public int SlotOf(string name) => _slots.TryGetValue(name, out var slot) ? slot : -1;
}
