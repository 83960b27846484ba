namespace CopOffice.Intake;

/// <summary>
/// The intake's <see cref="Responses.TextSpool"/>: the first <see cref="IntakeLimits.TextMemoryBytes"/> in
/// memory, the rest in a temporary file, so a run's memory for what people wrote stays the same however
/// many responses it reads. Texts go in once, as responses are judged, and come out when a report prints
/// them; the file's pages stay in the operating system's cache when there is room.
/// </summary>
/// <remarks>
/// The file is unlinked as soon as it is open (outside Windows, where it is deleted on close instead):
/// nothing is left in the temporary folder, even when the process is killed, and the space returns
/// when the handle is closed, at the latest when the spool is collected.
/// </remarks>
public sealed class SpilledTexts(long memoryBytes) : Responses.TextSpool, IDisposable
{
    private const int ChunkBytes = 1 << 20;

    private readonly Lock _gate = new();
    private readonly List<byte[]> _chunks = [];
    private long _length;
    private FileStream? _file;
    private long _fileStart;
    private bool _unflushed;
    private bool _disposed;

    public override long Append(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var position = _length;
            if (_file is null && _length + bytes.Length <= memoryBytes)
            {
                for (var done = 0; done < bytes.Length;)
                {
                    var at = (int)((_length + done) % ChunkBytes);
                    if (at == 0 && (_length + done) / ChunkBytes == _chunks.Count) _chunks.Add(new byte[ChunkBytes]);
                    var part = Math.Min(bytes.Length - done, ChunkBytes - at);
                    bytes.Slice(done, part).CopyTo(_chunks[(int)((_length + done) / ChunkBytes)].AsSpan(at));
                    done += part;
                }
            }
            else
            {
                if (_file is null)
                {
                    _file = OpenFile();
                    _fileStart = _length;
                }
                _file.Write(bytes);
                _unflushed = true;
            }
            _length += bytes.Length;
            return position;
        }
    }

    public override void Read(long position, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(position + destination.Length, _length, nameof(position));
            if (_file is not null && position >= _fileStart)
            {
                if (_unflushed)
                {
                    _file.Flush();
                    _unflushed = false;
                }
                var offset = position - _fileStart;
                while (destination.Length > 0)
                {
                    var read = RandomAccess.Read(_file.SafeFileHandle, destination, offset);
                    if (read == 0) throw new IOException($"The temporary file of texts ended early at {offset} bytes.");
                    destination = destination[read..];
                    offset += read;
                }
                return;
            }
            for (var done = 0; done < destination.Length;)
            {
                var at = (int)((position + done) % ChunkBytes);
                var part = Math.Min(destination.Length - done, ChunkBytes - at);
                _chunks[(int)((position + done) / ChunkBytes)].AsSpan(at, part).CopyTo(destination[done..]);
                done += part;
            }
        }
    }

    /// <summary>How many bytes are kept in all, and how many of them in the file.</summary>
    public (long Total, long InFile) Size
    {
        get
        {
            lock (_gate) return (_length, _file is null ? 0 : _length - _fileStart);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _file?.Dispose();
            _file = null;
            _chunks.Clear();
        }
    }

    private FileStream OpenFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"copoffice-texts-{Guid.NewGuid():N}.tmp");
        try
        {
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"CopOffice keeps what people wrote beyond the first {IntakeLimits.Describe(memoryBytes)} in a temporary file, and could not create one in {Path.GetTempPath()}: {e.Message} Set TMPDIR to a folder it may write to.", e);
        }
    }
}
