using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CopOffice.Responses;

/// <summary>
/// A read-only dictionary over values stored by position against shared <see cref="AnswerKeys"/>. It
/// behaves as the <see cref="Dictionary{TKey,TValue}"/> it replaces, filled in key order: entries
/// enumerate in that order, keys compare ordinally, a null key throws, a missing key throws
/// <see cref="KeyNotFoundException"/> with the same message.
/// </summary>
internal abstract class SlotDictionary<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly AnswerKeys _keys;

    protected SlotDictionary(AnswerKeys keys, int count)
    {
        _keys = keys;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The value at <paramref name="slot"/>, false when that answer is absent.</summary>
    protected abstract bool TryGetSlot(int slot, [MaybeNullWhen(false)] out TValue value);

    public TValue this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slot = _keys.SlotOf(key);
        if (slot >= 0 && TryGetSlot(slot, out value)) return true;
        value = default;
        return false;
    }

    public IEnumerable<string> Keys
    {
        get
        {
            for (var slot = 0; slot < _keys.Count; slot++)
                if (TryGetSlot(slot, out _)) yield return _keys.Names[slot];
        }
    }

    public IEnumerable<TValue> Values
    {
        get
        {
            for (var slot = 0; slot < _keys.Count; slot++)
                if (TryGetSlot(slot, out var value)) yield return value;
        }
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var slot = 0; slot < _keys.Count; slot++)
            if (TryGetSlot(slot, out var value)) yield return new(_keys.Names[slot], value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A response's ratings: one byte per rated question of its questionnaire (0 = not answered, 1–5, 6 = n/a).</summary>
internal sealed class RatingSlots : SlotDictionary<Rating>
{
    private const byte Absent = 0, NotApplicable = 6;

    private readonly byte[] _codes;

    private RatingSlots(AnswerKeys keys, byte[] codes, int count) : base(keys, count) => _codes = codes;

    protected override bool TryGetSlot(int slot, out Rating value)
    {
        var code = _codes[slot];
        value = code == NotApplicable ? Rating.NotApplicable : new Rating(code);
        return code != Absent;
    }

    /// <summary>Fills the ratings of one response in any order; the last rating given for a name stands.</summary>
    public sealed class Builder(AnswerKeys keys)
    {
        private byte[]? _codes;
        private int _count;

        public void Set(string name, Rating rating)
        {
            var slot = keys.SlotOf(name);
            if (slot < 0) throw new ArgumentException($"'{name}' is not one of the questionnaire's ratings.", nameof(name));
            _codes ??= new byte[keys.Count];
            if (_codes[slot] == Absent) _count++;
            _codes[slot] = rating.Value switch
            {
                null => NotApplicable,
                >= Framework.RatingScale.Min and <= Framework.RatingScale.Max and var v => (byte)v,
                var v => throw new ArgumentOutOfRangeException(nameof(rating), v, "A rating is 1 to 5 or n/a."),
            };
        }

        public int Count => _count;

        public IReadOnlyDictionary<string, Rating> Build() =>
            _codes is null ? Empty : new RatingSlots(keys, _codes, _count);
    }

    public static IReadOnlyDictionary<string, Rating> Empty => System.Collections.ObjectModel.ReadOnlyDictionary<string, Rating>.Empty;
}

/// <summary>A response's texts and choices: one reference per text question of its questionnaire, null when not answered.</summary>
internal sealed class TextSlots : SlotDictionary<string>
{
    private readonly string?[] _texts;

    private TextSlots(AnswerKeys keys, string?[] texts, int count) : base(keys, count) => _texts = texts;

    protected override bool TryGetSlot(int slot, [MaybeNullWhen(false)] out string value)
    {
        value = _texts[slot];
        return value is not null;
    }

    /// <summary>Fills the texts of one response in any order; the last text given for a name stands.</summary>
    public sealed class Builder(AnswerKeys keys)
    {
        private string?[]? _texts;
        private int _count;

        public void Set(string name, string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var slot = keys.SlotOf(name);
            if (slot < 0) throw new ArgumentException($"'{name}' is not one of the questionnaire's text answers.", nameof(name));
            _texts ??= new string?[keys.Count];
            if (_texts[slot] is null) _count++;
            _texts[slot] = text;
        }

        public bool Contains(string name) => _texts is not null && keys.SlotOf(name) is >= 0 and var slot && _texts[slot] is not null;

        public IReadOnlyDictionary<string, string> Build() =>
            _texts is null ? Empty : new TextSlots(keys, _texts, _count);
    }

    public static IReadOnlyDictionary<string, string> Empty => System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
}
