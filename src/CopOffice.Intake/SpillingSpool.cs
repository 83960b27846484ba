using CopOffice.Responses;

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
    private readonly string _folder = folder ?? Path.GetTempPath();
    private readonly Lock _gate = new();
    private readonly MemorySpool _memory = new();
    private FileStream? _file;
    private long _fileStart;
    private long _length;
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
                _memory.Append(bytes);
            }
            else
            {
                if (_file is null)
                {
                    _file = OpenFile();
                    _fileStart = _length;
                }
                try
                {
                    _file.Write(bytes);
                }
                catch (IOException e)
                {
                    throw Failed("could not write to", e);
                }
                _unflushed = true;
            }
            _length += bytes.Length;
            return position;
        }
    }

    public override void Read(long position, Span<byte> destination)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
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
            try
            {
                if (_unflushed)
                {
                    _file.Flush();
                    _unflushed = false;
                }
            }
            catch (IOException e)
            {
                throw Failed("could not read from", e);
            }
            (handle, offset) = (_file.SafeFileHandle, position - _fileStart);
        }
        // Bytes once flushed never change: positioned reads of them need no lock, so views read on all cores.
        try
        {
            while (destination.Length > 0)
            {
                var read = RandomAccess.Read(handle, destination, offset);
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

    private FileStream OpenFile()
    {
        var path = Path.Combine(_folder, $"copoffice-spool-{Guid.NewGuid():N}.tmp");
        try
        {
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
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
