namespace CopOffice.Responses;

/// <summary>
/// A <see cref="Spool"/> in memory: blocks of 128 KB, so that growing never copies what is kept, and
/// each block goes straight to the large-object heap instead of being copied up through the generations.
/// </summary>
public sealed class MemorySpool : Spool
{
    private const int ChunkBytes = 1 << 17;

    private readonly Lock _gate = new();
    private readonly List<byte[]> _chunks = [];
    private long _length;

    /// <summary>How many bytes are kept.</summary>
    public long Length
    {
        get
        {
            lock (_gate) return _length;
        }
    }

    public override long Append(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            var position = _length;
            while (bytes.Length > 0)
            {
                var at = (int)(_length % ChunkBytes);
                if (at == 0 && _length / ChunkBytes == _chunks.Count) _chunks.Add(new byte[ChunkBytes]);
                var part = Math.Min(bytes.Length, ChunkBytes - at);
                bytes[..part].CopyTo(_chunks[(int)(_length / ChunkBytes)].AsSpan(at));
                bytes = bytes[part..];
                _length += part;
            }
            return position;
        }
    }

    public override void Read(long position, Span<byte> destination)
    {
        lock (_gate)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(position + destination.Length, _length, nameof(position));
            while (destination.Length > 0)
            {
                var at = (int)(position % ChunkBytes);
                var part = Math.Min(destination.Length, ChunkBytes - at);
                _chunks[(int)(position / ChunkBytes)].AsSpan(at, part).CopyTo(destination);
                destination = destination[part..];
                position += part;
            }
        }
    }
}
