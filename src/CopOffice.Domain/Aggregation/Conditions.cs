namespace CopOffice.Aggregation;

/// <summary>An enabler or challenge as most people worded it, and how many respondents named it.</summary>
public sealed record RepeatedText(string Text, int Count);

/// <summary>"In your organization …": what helps communities create value and what stands in the way, most named first.</summary>
public sealed record Conditions(IReadOnlyList<RepeatedText> Enablers, IReadOnlyList<RepeatedText> Challenges)
{
    public static Conditions None { get; } = new([], []);
}

public sealed record CommunityConditions(string Community, Figure<Conditions> Conditions);

/// <summary>Counts repeated items of free text: each respondent counts once per item, however often they wrote it.</summary>
internal sealed class RepeatCounter
{
    private readonly Dictionary<string, (int Count, Dictionary<string, int> Wordings)> _items = new(StringComparer.Ordinal);

    public void Add(string? text)
    {
        if (text is null) return;
        foreach (var group in FreeText.Items(text).GroupBy(FreeText.Key, StringComparer.Ordinal))
        {
            var key = group.Key;
            if (!_items.TryGetValue(key, out var item)) item = (0, new(StringComparer.Ordinal));
            var wording = group.First();
            item.Wordings[wording] = item.Wordings.GetValueOrDefault(wording) + 1;
            _items[key] = (item.Count + 1, item.Wordings);
        }
    }

    public void Add(RepeatCounter other)
    {
        foreach (var (key, (count, wordings)) in other._items)
        {
            if (!_items.TryGetValue(key, out var item)) item = (0, new(StringComparer.Ordinal));
            foreach (var (wording, n) in wordings) item.Wordings[wording] = item.Wordings.GetValueOrDefault(wording) + n;
            _items[key] = (item.Count + count, item.Wordings);
        }
    }

    /// <summary>Most named first; then alphabetically by the compared form. Each in the wording most people used (ties: the first in ordinal order).</summary>
    public IReadOnlyList<RepeatedText> Items() =>
    [
        .. _items.OrderByDescending(i => i.Value.Count).ThenBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => new RepeatedText(
                i.Value.Wordings.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                i.Value.Count)),
    ];
}
