namespace CopOffice.Aggregation;

/// <summary>
/// Counts repeated items of free text: each respondent counts once per item, however often they wrote it.
/// Items are told apart by their compared form (<see cref="FreeText.Key"/>), and an item keeps its wordings
/// only once a second one turns up: a period in which every respondent wrote something of their own costs
/// an item, not a table per item.
/// </summary>
internal sealed class RepeatCounter
{
    private sealed class Item(string wording)
    {
        public int Count;
        public string Wording = wording;
        public Dictionary<string, int>? Wordings;

        public void Add(string wording, int times)
        {
            Count += times;
            if (Wordings is null && wording == Wording) return;
            Wordings ??= new(StringComparer.Ordinal) { [Wording] = Count - times };
            Wordings[wording] = Wordings.GetValueOrDefault(wording) + times;
        }

        /// <summary>The wording most people used (ties: the first in ordinal order).</summary>
        public string Shown => Wordings is null ? Wording
            : Wordings.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;

        public IEnumerable<(string Wording, int Count)> All => Wordings is null ? [(Wording, Count)] : Wordings.Select(w => (w.Key, w.Value));
    }

    private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);

    public void Add(string? text) => Add(Split(text));

    /// <summary>A respondent's text as its items (compared form, first wording), split once to be counted in several counters.</summary>
    public static IReadOnlyList<(string Key, string Wording)> Split(string? text) => text is null ? []
        : [.. FreeText.Items(text).GroupBy(FreeText.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First()))];

    /// <summary>Counts one respondent's items, as <see cref="Split"/> gave them.</summary>
    public void Add(IReadOnlyList<(string Key, string Wording)> items)
    {
        foreach (var (key, wording) in items) Add(key, wording, 1);
    }

    public void Add(RepeatCounter other)
    {
        foreach (var (key, item) in other._items)
            foreach (var (wording, count) in item.All)
                Add(key, wording, count);
    }

    private void Add(string key, string wording, int times)
    {
        if (!_items.TryGetValue(key, out var item)) _items[key] = item = new Item(wording);
        item.Add(wording, times);
    }

    /// <summary>Most named first; then alphabetically by the compared form. Each in the wording most people used (ties: the first in ordinal order).</summary>
    public IReadOnlyList<RepeatedText> Items() =>
    [
        .. _items.Select(i => (Item: i.Value, Shown: i.Value.Shown, i.Key))
            .OrderByDescending(x => x.Item.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => new RepeatedText(x.Shown, x.Item.Count)),
    ];
}
