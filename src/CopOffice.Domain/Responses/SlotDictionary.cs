using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

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

    protected AnswerKeys SlotKeys => _keys;

    /// <summary>How many answers of this kind the questionnaire has: the slots, filled or not.</summary>
    protected int SlotCount => _keys.Count;

    /// <summary>Whether the slots are those of <paramref name="keys"/>, so that a record need not name them.</summary>
    protected bool Uses(AnswerKeys keys) => ReferenceEquals(_keys, keys);

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

/// <summary>
/// A response's ratings: three bits per rated question of its questionnaire (0 = not answered, 1–5,
/// 6 = n/a) in one 128-bit field of the object itself, so up to <see cref="Capacity"/> ratings (a
/// questionnaire has 20 or 29). 100,000 Forms rows keep 100,000 of these: one small object each, not a dictionary.
/// </summary>
internal sealed class RatingSlots : SlotDictionary<Rating>
{
    private const int Mask = 0b111;

    /// <summary>A rating's code in a packed field (<see cref="CodeOf"/>): <see cref="Bits"/> bits, 0 absent, 1–5, 6 n/a.</summary>
    public const int Bits = 3, Absent = 0, NotApplicable = 6;

    /// <summary>The most ratings one questionnaire may have.</summary>
    public const int Capacity = 128 / Bits;

    private readonly UInt128 _codes;

    private RatingSlots(AnswerKeys keys, UInt128 codes, int count) : base(keys, count) => _codes = codes;

    protected override bool TryGetSlot(int slot, out Rating value)
    {
        var code = Code(_codes, slot);
        value = code == NotApplicable ? Rating.NotApplicable : new Rating(code);
        return code != Absent;
    }

    private static int Code(UInt128 codes, int slot) => (int)(codes >> (Bits * slot)) & Mask;

    /// <summary>
    /// The rating code (0 absent, 1–5, 6 n/a) of <paramref name="name"/> in <paramref name="ratings"/>, read
    /// from the packed codes when they use <paramref name="keys"/> (<paramref name="slot"/> is the name's slot there), else by name.
    /// </summary>
    public static int CodeOf(IReadOnlyDictionary<string, Rating> ratings, string name, AnswerKeys? keys, int slot)
    {
        if (ratings is RatingSlots packed && keys is not null && packed.Uses(keys)) return slot < 0 ? Absent : Code(packed._codes, slot);
        return !ratings.TryGetValue(name, out var rating) ? Absent : rating.Value ?? NotApplicable;
    }

    /// <summary>The answer keys of packed ratings, so that a reader of many responses can look their slots up once.</summary>
    public static AnswerKeys? KeysOf(IReadOnlyDictionary<string, Rating> ratings) => ratings is RatingSlots packed ? packed.SlotKeys : null;

    /// <summary>Fills the ratings of one response in any order; the last rating given for a name stands.</summary>
    /// <remarks><see cref="ResponseLayout"/> makes sure a questionnaire's ratings fit.</remarks>
    public sealed class Builder(AnswerKeys keys)
    {
        private readonly AnswerKeys _keys = keys;
        private UInt128 _codes;

        public void Set(string name, Rating rating)
        {
            var slot = _keys.SlotOf(name);
            if (slot < 0) throw new ArgumentException($"'{name}' is not one of the questionnaire's ratings.", nameof(name));
            int code = rating.Value switch
            {
                null => NotApplicable,
                >= Framework.RatingScale.Min and <= Framework.RatingScale.Max and var v => v,
                var v => throw new ArgumentOutOfRangeException(nameof(rating), v, "A rating is 1 to 5 or n/a."),
            };
            if (Code(_codes, slot) == Absent) Count++;
            _codes = (_codes & ~((UInt128)Mask << (Bits * slot))) | ((UInt128)(uint)code << (Bits * slot));
        }

        public int Count { get; private set; }

        public IReadOnlyDictionary<string, Rating> Build() => Count == 0 ? Empty : new RatingSlots(_keys, _codes, Count);
    }

    public static IReadOnlyDictionary<string, Rating> Empty => System.Collections.ObjectModel.ReadOnlyDictionary<string, Rating>.Empty;

    /// <summary>Writes <paramref name="ratings"/> for a spooled record: the codes alone when they use <paramref name="keys"/>.</summary>
    public static void Write(IReadOnlyDictionary<string, Rating> ratings, AnswerKeys keys, RecordWriter record)
    {
        if (ratings is RatingSlots slots && slots.Uses(keys))
        {
            record.Bool(true);
            record.Int(slots.Count);
            record.UInt128(slots._codes);
            return;
        }
        record.Bool(false);
        record.Int(ratings.Count);
        foreach (var (name, rating) in ratings)
        {
            record.String(name);
            record.NullableInt(rating.Value);
        }
    }

    public static IReadOnlyDictionary<string, Rating> Read(ref RecordReader record, AnswerKeys keys)
    {
        var compact = record.Bool();
        var count = record.Int();
        if (compact) return new RatingSlots(keys, record.UInt128(), count);
        if (count == 0) return Empty;
        var ratings = new Dictionary<string, Rating>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            ratings[record.RequiredString()] = record.NullableInt() is { } value ? new Rating(value) : Rating.NotApplicable;
        return ratings;
    }
}

/// <summary>
/// A response's texts and choices, one slot per text question of its questionnaire, packed into one
/// UTF-8 block: a table of where each slot's text ends, then the texts. What people wrote (stories,
/// comments) is most of what a ledger of 100,000 Forms rows keeps; packed, it is one block per response
/// instead of one string per answer, at half the bytes for the Latin alphabet, and with a
/// <see cref="Spool"/> the block lives in the spool rather than on the heap. A text is decoded each
/// time it is read (a new, equal string); a response whose texts UTF-8 cannot carry exactly (a lone
/// surrogate, which no XML workbook holds) keeps them as they are.
/// </summary>
internal sealed class TextSlots : SlotDictionary<string>
{
    private const int Present = int.MinValue, EndMask = int.MaxValue;

    // Exactly one of: the block itself, the block's place in a spool, the texts unpacked.
    private readonly byte[]? _packed;
    private readonly Spool? _spool;
    private readonly long _position;
    private readonly int _length;
    private readonly string?[]? _texts;

    private TextSlots(AnswerKeys keys, byte[]? packed, Spool? spool, long position, int length, string?[]? texts, int count) : base(keys, count)
    {
        _packed = packed;
        _spool = spool;
        _position = position;
        _length = length;
        _texts = texts;
    }

    protected override bool TryGetSlot(int slot, [MaybeNullWhen(false)] out string value)
    {
        if (_texts is not null)
        {
            value = _texts[slot];
            return value is not null;
        }
        if (_packed is not null) return TryDecode(_packed, slot, out value);
        return TryDecode(SpooledBlock(), slot, out value);
    }

    // The block read last on this thread: a reader asks for several texts of one response in a row
    // (the story answers, enablers and challenges), and each read of the spool may be a system call.
    [ThreadStatic] private static byte[]? s_block;
    [ThreadStatic] private static Spool? s_spool;
    [ThreadStatic] private static long s_position;

    private byte[] SpooledBlock()
    {
        if (s_block is { } cached && ReferenceEquals(s_spool, _spool) && s_position == _position) return cached;
        var block = ThreadBuffer(_length);
        s_spool = null;
        _spool!.Read(_position, block.AsSpan(0, _length));
        (s_block, s_spool, s_position) = (block, _spool, _position);
        return block;
    }

    /// <summary>Where texts kept in <paramref name="spool"/> are, to be read again without their response (<see cref="Spooled"/>); null when they are not there.</summary>
    public static (AnswerKeys Keys, long Position, int Length, int Count)? SpooledAt(IReadOnlyDictionary<string, string> texts, Spool spool) =>
        texts is TextSlots { _packed: null, _texts: null } slots && ReferenceEquals(slots._spool, spool)
            ? (slots.SlotKeys, slots._position, slots._length, slots.Count)
            : null;

    /// <summary>Texts kept in a spool at a place <see cref="SpooledAt"/> gave.</summary>
    public static IReadOnlyDictionary<string, string> Spooled(AnswerKeys keys, Spool spool, long position, int length, int count) =>
        new TextSlots(keys, null, spool, position, length, null, count);

    /// <summary>
    /// The UTF-8 bytes of text <paramref name="name"/> without making a string, when the texts are packed;
    /// false when they are not (read them by name). The span is valid until the next read on this thread.
    /// </summary>
    public static bool TryGetUtf8(IReadOnlyDictionary<string, string> texts, string name, out bool present, out ReadOnlySpan<byte> utf8)
    {
        present = false;
        utf8 = default;
        if (texts is not TextSlots slots || slots._texts is not null) return false;
        var slot = slots.SlotKeys.SlotOf(name);
        if (slot < 0) return true;
        var block = slots._packed ?? slots.SpooledBlock();
        if (!slots.TrySlice(block, slot, out var start, out var length)) return true;
        present = true;
        utf8 = block.AsSpan(start, length);
        return true;
    }

    /// <summary>
    /// Makes a block just spooled the one read last on this thread: the thread that judged a response
    /// reads its texts next (the aggregation's facts), and a spilled spool would read them back from disk.
    /// </summary>
    private static void Remember(Spool spool, long position, ReadOnlySpan<byte> block)
    {
        var buffer = ThreadBuffer(block.Length);
        block.CopyTo(buffer);
        (s_block, s_spool, s_position) = (buffer, spool, position);
    }

    /// <summary>This thread's block buffer when it is large enough, else a new one.</summary>
    private static byte[] ThreadBuffer(int length) => s_block is { } buffer && buffer.Length >= length ? buffer : new byte[Math.Max(length, 4096)];

    // The table: per slot, 4 bytes saying where its text ends in the data after the table, the top bit set when it has one.
    private bool TrySlice(byte[] block, int slot, out int start, out int length)
    {
        var end = BinaryPrimitives.ReadInt32LittleEndian(block.AsSpan(4 * slot));
        if ((end & Present) == 0)
        {
            (start, length) = (0, 0);
            return false;
        }
        var from = slot == 0 ? 0 : BinaryPrimitives.ReadInt32LittleEndian(block.AsSpan(4 * (slot - 1))) & EndMask;
        (start, length) = (4 * SlotCount + from, (end & EndMask) - from);
        return true;
    }

    private bool TryDecode(byte[] block, int slot, [MaybeNullWhen(false)] out string value)
    {
        value = TrySlice(block, slot, out var start, out var length) ? Encoding.UTF8.GetString(block, start, length) : null;
        return value is not null;
    }

    /// <summary>The size of the packed block; its contents are written by <see cref="Pack"/>.</summary>
    private static int PackedSize(string?[] texts)
    {
        var size = 4 * texts.Length;
        foreach (var text in texts)
            if (text is not null) size += Encoding.UTF8.GetByteCount(text);
        return size;
    }

    /// <summary>Packs the texts into <paramref name="block"/>; false when one of them is not well-formed UTF-16 and UTF-8 would change it.</summary>
    private static bool Pack(string?[] texts, Span<byte> block)
    {
        var table = 4 * texts.Length;
        var offset = 0;
        for (var slot = 0; slot < texts.Length; slot++)
        {
            var end = offset;
            if (texts[slot] is { } text)
            {
                if (Utf8.FromUtf16(text, block[(table + offset)..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                    return false;
                offset += written;
                end = offset | Present;
            }
            BinaryPrimitives.WriteInt32LittleEndian(block[(4 * slot)..], end);
        }
        return true;
    }

    /// <summary>Fills the texts of one response in any order; the last text given for a name stands.</summary>
    public sealed class Builder(AnswerKeys keys)
    {
        private string?[]? _texts;

        public void Set(string name, string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var slot = keys.SlotOf(name);
            if (slot < 0) throw new ArgumentException($"'{name}' is not one of the questionnaire's text answers.", nameof(name));
            _texts ??= new string?[keys.Count];
            if (_texts[slot] is null) Count++;
            _texts[slot] = text;
        }

        public int Count { get; private set; }

        public bool Contains(string name) => _texts is not null && keys.SlotOf(name) is >= 0 and var slot && _texts[slot] is not null;

        /// <param name="spool">Where the packed texts go; null keeps them in the response.</param>
        public IReadOnlyDictionary<string, string> Build(Spool? spool = null)
        {
            if (_texts is null) return Empty;
            var size = PackedSize(_texts);
            if (spool is null)
            {
                var packed = new byte[size];
                return Pack(_texts, packed) ? new TextSlots(keys, packed, null, 0, 0, null, Count) : Unpacked();
            }
            var block = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                if (!Pack(_texts, block.AsSpan(0, size))) return Unpacked();
                var position = spool.Append(block.AsSpan(0, size));
                Remember(spool, position, block.AsSpan(0, size));
                return new TextSlots(keys, null, spool, position, size, null, Count);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block);
            }
        }

        private TextSlots Unpacked() => new(keys, null, null, 0, 0, _texts, Count);
    }

    public static IReadOnlyDictionary<string, string> Empty => System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    private const byte InSpool = 1, Packed = 2, Unpacked = 3, Named = 0;

    /// <summary>
    /// Writes <paramref name="texts"/> for a spooled record: where they are when they already wait in
    /// <paramref name="spool"/>, the packed block otherwise, and name by name when they do not use <paramref name="keys"/>.
    /// </summary>
    public static void Write(IReadOnlyDictionary<string, string> texts, AnswerKeys keys, Spool spool, RecordWriter record)
    {
        if (texts is not TextSlots slots || !slots.Uses(keys))
        {
            record.Byte(Named);
            record.Int(texts.Count);
            foreach (var (name, text) in texts)
            {
                record.String(name);
                record.String(text);
            }
            return;
        }
        if (slots._texts is { } unpacked)
        {
            record.Byte(Unpacked);
            record.Int(slots.Count);
            foreach (var text in unpacked) record.String(text);
            return;
        }
        if (ReferenceEquals(slots._spool, spool))
        {
            record.Byte(InSpool);
            record.Int(slots.Count);
            record.Int(slots._position);
            record.Int(slots._length);
            return;
        }
        record.Byte(Packed);
        record.Int(slots.Count);
        record.Bytes(slots._packed ?? slots.SpooledBlock().AsSpan(0, slots._length));
    }

    public static IReadOnlyDictionary<string, string> Read(ref RecordReader record, AnswerKeys keys, Spool spool)
    {
        var form = record.Byte();
        var count = record.Int();
        switch (form)
        {
            case InSpool:
                return new TextSlots(keys, null, spool, record.Long(), record.Int(), null, count);
            case Packed:
                return new TextSlots(keys, record.Bytes().ToArray(), null, 0, 0, null, count);
            case Unpacked:
                var unpacked = new string?[keys.Count];
                for (var i = 0; i < unpacked.Length; i++) unpacked[i] = record.String();
                return new TextSlots(keys, null, null, 0, 0, unpacked, count);
            case Named:
                if (count == 0) return Empty;
                var texts = new Dictionary<string, string>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++) texts[record.RequiredString()] = record.RequiredString();
                return texts;
            default:
                throw new InvalidDataException($"A spooled record holds texts in an unknown form {form}.");
        }
    }
}
