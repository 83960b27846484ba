using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CopOffice.Responses;

/// <summary>
/// Writes the fields of one spooled record: whole numbers in 7-bit groups, strings as their UTF-16 code
/// units (exactly what was read, a lone surrogate included), a null as a flag. The buffer is reused.
/// </summary>
internal sealed class RecordWriter
{
    private byte[] _buffer = new byte[1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    private Span<byte> Take(int count)
    {
        if (Length + count > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public void Byte(byte value) => Take(1)[0] = value;

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Int(long value)
    {
        // Zigzag, so small negative numbers stay small.
        var bits = (ulong)((value << 1) ^ (value >> 63));
        while (bits >= 0x80)
        {
            Byte((byte)(bits | 0x80));
            bits >>= 7;
        }
        Byte((byte)bits);
    }

    public void NullableInt(int? value)
    {
        Bool(value is not null);
        if (value is { } v) Int(v);
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Int(bytes.Length);
        bytes.CopyTo(Take(bytes.Length));
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Int(-1);
            return;
        }
        Int(value.Length);
        MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(Take(2 * value.Length));
    }

    public void Time(DateTimeOffset? value)
    {
        Bool(value is not null);
        if (value is not { } t) return;
        Int(t.Ticks);
        Int((long)t.Offset.TotalMinutes);
    }

    public void UInt128(UInt128 value) => BinaryPrimitives.WriteUInt128LittleEndian(Take(16), value);
}

/// <summary>Reads what <see cref="RecordWriter"/> wrote, field by field in the same order.</summary>
internal ref struct RecordReader(ReadOnlySpan<byte> record)
{
    private readonly ReadOnlySpan<byte> _record = record;
    private int _at;

    public bool AtEnd => _at == _record.Length;

    public byte Byte() => _record[_at++];

    public bool Bool() => Byte() != 0;

    public long Long()
    {
        ulong bits = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = Byte();
            bits |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return (long)(bits >> 1) ^ -(long)(bits & 1);
    }

    public int Int() => checked((int)Long());

    public int? NullableInt() => Bool() ? Int() : null;

    public ReadOnlySpan<byte> Bytes()
    {
        var length = Int();
        var bytes = _record.Slice(_at, length);
        _at += length;
        return bytes;
    }

    public string? String()
    {
        var length = Int();
        if (length < 0) return null;
        var text = new string(MemoryMarshal.Cast<byte, char>(_record.Slice(_at, 2 * length)));
        _at += 2 * length;
        return text;
    }

    public string RequiredString() => String() ?? throw new InvalidDataException("A spooled record holds no text where one is required.");

    public DateTimeOffset? Time() => Bool() ? new DateTimeOffset(Long(), TimeSpan.FromMinutes(Long())) : null;

    public UInt128 UInt128()
    {
        var value = BinaryPrimitives.ReadUInt128LittleEndian(_record.Slice(_at, 16));
        _at += 16;
        return value;
    }
}
