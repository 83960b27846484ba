using CopOffice.Responses;
using Microsoft.Win32.SafeHandles;

namespace CopOffice.Intake;

/// <summary>
/// The intake's <see cref="Spool"/>: the first <see cref="IntakeLimits.SpoolMemoryBytes"/> in memory, the
/// rest in a temporary file, so a run's memory stays the same however many responses it reads. Ledger
/// entries and texts go in once, as inputs are judged, and come out when a report uses them; the file's
/// pages stay in the operating system's cache when there is room.
/// </summary>
/// <remarks>
/// The file is unlinked as soon as it is open (outside Windows, where it is deleted on close instead):
/// nothing is left in the temporary folder, even when the process is killed, and the space returns
/// when the handle is closed, at the latest when the spool is collected.
/// </remarks>
/// <param name="memoryBytes">How much is kept in memory before the file is started.</param>
/// <param name="folder">Where the file goes; the system's temporary folder (TMPDIR) by default.</param>
public sealed class SpillingSpool(long memoryBytes, string? folder = null) : Spool, IDisposable
{
    private const int BufferBytes = 1 << 16;

    private readonly string _folder = folder ?? Path.GetTempPath();
    private readonly Lock _gate = new();
    private readonly MemorySpool _memory = new();
    // The file is a bare handle written and read at offsets (RandomAccess), with a write buffer of our own:
    // a FileStream whose handle is shared checks its position with a system call before every operation.
    private SafeFileHandle? _file;
    private readonly byte[] _buffer = new byte[BufferBytes];
    private int _buffered;
    private long _fileStart;
    private long _flushed;
    private long _length;
    private bool _disposed;

    public override long Append(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var position = _length;
            if (_file is null && _length + bytes.Length <= memoryBytes)
            {
                _memory.Append(bytes);
            }
            else
            {
                if (_file is null)
                {
                    _file = OpenFile();
                    _fileStart = _length;
                }
                if (_buffered + bytes.Length > BufferBytes) Flush();
                if (bytes.Length >= BufferBytes) Write(bytes);
                else
                {
                    bytes.CopyTo(_buffer.AsSpan(_buffered));
                    _buffered += bytes.Length;
                }
            }
            _length += bytes.Length;
            return position;
        }
    }

    public override void Read(long position, Span<byte> destination)
    {
        SafeFileHandle file;
        long offset;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(position + destination.Length, _length, nameof(position));
            if (_file is null || position < _fileStart)
            {
                _memory.Read(position, destination);
                return;
            }
            offset = position - _fileStart;
            if (offset + destination.Length > _flushed) Flush();
            file = _file;
        }
        // Bytes once in the file never change: positioned reads of them need no lock, so views read on all cores.
        try
        {
            while (destination.Length > 0)
            {
                var read = RandomAccess.Read(file, destination, offset);
                if (read == 0) throw new IOException($"it ended early at {offset} bytes.");
                destination = destination[read..];
                offset += read;
            }
        }
        catch (IOException e)
        {
            throw Failed("could not read from", e);
        }
    }

    private void Flush()
    {
        if (_buffered == 0) return;
        Write(_buffer.AsSpan(0, _buffered));
        _buffered = 0;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        try
        {
            RandomAccess.Write(_file!, bytes, _flushed);
        }
        catch (IOException e)
        {
            throw Failed("could not write to", e);
        }
        _flushed += bytes.Length;
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
        }
    }

    private SafeFileHandle OpenFile()
    {
        var path = Path.Combine(_folder, $"copoffice-spool-{Guid.NewGuid():N}.tmp");
        try
        {
            var file = CopOffice.Store.PrivateFiles.CreateHandle(path, OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed("could not create", e);
        }
    }

    /// <summary>
    /// Trouble with the temporary file is the machine's, not an input's: it stops the run (an exception
    /// other than <see cref="IOException"/>, which the intake takes for a file it could not read) and says what to do.
    /// </summary>
    private InvalidOperationException Failed(string what, Exception e) =>
        new($"CopOffice keeps what a run read beyond its first {IntakeLimits.Describe(memoryBytes)} in a temporary file in {_folder}, and {what} it: {e.Message.TrimEnd('.')}. Free some space there, or set TMPDIR to a folder with room that CopOffice may write to.", e);
}
