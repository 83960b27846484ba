using System.Runtime.CompilerServices;

namespace CopOffice.Store;

/// <summary>
/// A folder on disk: the embedded default store. A <see cref="Private"/> store (personal workbooks, the
/// ledger) creates its folders for their owner alone (0700) and its files 0600, and refuses, through
/// <see cref="ReadersAsync"/>, an existing folder that other accounts of the computer can open.
/// </summary>
public sealed class LocalFolderStore : IDocumentStore, IPrivateFolder
{
    private const string TemporaryMarker = ".copoffice-tmp-";
    private const UnixFileMode OthersCanOpen = UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public LocalFolderStore(string root, bool privateFolder = false)
    {
        Root = System.IO.Path.GetFullPath(root);
        Private = privateFolder;
    }

    public string Root { get; }

    /// <summary>Folders and files are created for their owner alone.</summary>
    public bool Private { get; }

    /// <summary>
    /// On Linux and macOS: "other accounts of this computer" when <paramref name="folder"/>, or the nearest
    /// existing folder above it for a store that is not private, lets its group or others read or enter it.
    /// A private store creates a missing folder owner-only, so a missing folder has no readers. Windows
    /// folders are judged by their access lists, which this store does not read: it reports none.
    /// </summary>
    public Task<IReadOnlyList<FolderReader>> ReadersAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (OperatingSystem.IsWindows()) return Task.FromResult<IReadOnlyList<FolderReader>>([]);
        var path = folder.Length == 0 ? Root : FullPath(folder);
        if (Private && !Directory.Exists(path)) return Task.FromResult<IReadOnlyList<FolderReader>>([]);
        while (!Directory.Exists(path) && System.IO.Path.GetDirectoryName(path) is { } parent) path = parent;
        var mode = File.GetUnixFileMode(path);
        IReadOnlyList<FolderReader> readers = (mode & OthersCanOpen) == 0 ? [] :
            [new FolderReader("other accounts of this computer", $"{path} has mode {Convert.ToString((int)mode, 8)}; chmod 700 keeps it to its owner")];
        return Task.FromResult(readers);
    }

    public string Description => Root;

    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Root)) throw new DirectoryNotFoundException($"The folder {Root} does not exist.");
        var files = Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !System.IO.Path.GetFileName(f).Contains(TemporaryMarker, StringComparison.Ordinal))
            .Select(f => (Full: f, Relative: System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(full);
            yield return new StoredFile(relative, relative, info.Length, info.LastWriteTimeUtc)
            {
                Version = $"{info.Length}-{info.LastWriteTimeUtc.Ticks}",
                WebUrl = new Uri(full).AbsoluteUri,
            };
        }
        await Task.CompletedTask;
    }

    public Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult<Stream>(File.OpenRead(FullPath(file.Path)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentUnavailableException(file, "it was deleted or moved after the folder was listed", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new DocumentUnavailableException(file, e.Message, e);
        }
    }

    public async Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var target = FullPath(path);
        CreateFolder(System.IO.Path.GetDirectoryName(target)!);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, TemporaryMarker + Guid.NewGuid().ToString("N")[..8] + "-" + System.IO.Path.GetFileName(target));
        try
        {
            await using (var file = Private ? PrivateFiles.Open(temporary, FileMode.Create, FileAccess.Write) : File.Create(temporary))
                await content.CopyToAsync(file, cancellationToken);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        var info = new FileInfo(target);
        var relative = path.Replace('\\', '/');
        return new StoredFile(relative, relative, info.Length, info.LastWriteTimeUtc) { Version = $"{info.Length}-{info.LastWriteTimeUtc.Ticks}", WebUrl = new Uri(target).AbsoluteUri };
    }

    private void CreateFolder(string folder)
    {
        if (Private) PrivateFiles.CreateFolder(folder);
        else Directory.CreateDirectory(folder);
    }

    private string FullPath(string relative)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relative));
        if (!full.StartsWith(Root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"The path '{relative}' leads outside the store's folder.", nameof(relative));
        return full;
    }
}
