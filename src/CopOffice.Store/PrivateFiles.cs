using Microsoft.Win32.SafeHandles;

namespace CopOffice.Store;

/// <summary>
/// Files and folders that hold people's answers (temporary copies, a run's result database, the content cache, the sync state)
/// are created for their owner alone on Linux and macOS: 0600 and 0700, whatever the umask. Windows keeps the
/// folder's access list, which for the temporary and per-user folders is the user's already.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode File0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Folder0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>A new file stream; the file, when created, is its owner's alone.</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share = FileShare.None, int bufferSize = 4096, FileOptions options = FileOptions.None)
    {
        var settings = new FileStreamOptions { Mode = mode, Access = access, Share = share, BufferSize = bufferSize, Options = options };
        if (!OperatingSystem.IsWindows() && mode != FileMode.Open && mode != FileMode.Truncate) settings.UnixCreateMode = File0600;
        return new FileStream(path, settings);
    }

    /// <summary>A handle to a new file that is its owner's alone.</summary>
    public static SafeFileHandle CreateHandle(string path, FileOptions options = FileOptions.None)
    {
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, options);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(handle, File0600);
        return handle;
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = Open(path, FileMode.Create, FileAccess.Write);
        file.Write(bytes);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> beside <paramref name="path"/> and moves them into place (creating the folder),
    /// so a crash or a reader meets the old file or the new one, never half of one.
    /// </summary>
    public static void Replace(string path, ReadOnlySpan<byte> bytes)
    {
        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Creates <paramref name="path"/> and any missing folder above it, each new one its owner's alone.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
        {
            missing.Push(folder);
            if (Path.GetDirectoryName(folder) is null) break;
        }
        while (missing.TryPop(out var folder)) Directory.CreateDirectory(folder, Folder0700);
    }
}
