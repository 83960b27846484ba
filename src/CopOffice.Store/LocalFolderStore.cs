using System.Runtime.CompilerServices;

namespace CopOffice.Store;

/// <summary>A folder on disk: the embedded default store.</summary>
public sealed class LocalFolderStore : IDocumentStore
{
    private const string TemporaryMarker = ".copoffice-tmp-";

    public LocalFolderStore(string root) => Root = System.IO.Path.GetFullPath(root);

    public string Root { get; }

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
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, TemporaryMarker + Guid.NewGuid().ToString("N")[..8] + "-" + System.IO.Path.GetFileName(target));
        try
        {
            await using (var file = File.Create(temporary))
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

    private string FullPath(string relative)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relative));
        if (!full.StartsWith(Root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"The path '{relative}' leads outside the store's folder.", nameof(relative));
        return full;
    }
}
