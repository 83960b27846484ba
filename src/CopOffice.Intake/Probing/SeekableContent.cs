namespace CopOffice.Intake.Probing;

/// <summary>
/// A file's content as a seekable stream: zip and compound files are read from their end and by
/// offset. A file stream is used as it is; a download (SharePoint) is copied, in memory while small
/// and into a temporary file beyond that, so that memory does not grow with the size of an export.
/// </summary>
internal sealed class SeekableContent : IDisposable
{
    private const int InMemoryBytes = 8 * 1024 * 1024;

    private readonly bool _owned;

    private SeekableContent(Stream stream, bool owned)
    {
        Stream = stream;
        _owned = owned;
    }

    public Stream Stream { get; }

    /// <summary>The content, or null when it is longer than <paramref name="maxBytes"/> (only so much is read).</summary>
    public static SeekableContent? Of(Stream content, long maxBytes)
    {
        if (content.CanSeek) return content.Length > maxBytes ? null : new SeekableContent(content, owned: false);

        Stream copy = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    copy.Dispose();
                    return null;
                }
                if (copy is MemoryStream memory && memory.Length + read > InMemoryBytes)
                    copy = SpillToFile(memory);
                copy.Write(buffer, 0, read);
            }
            copy.Position = 0;
            return new SeekableContent(copy, owned: true);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    private static FileStream SpillToFile(MemoryStream memory)
    {
        var file = CopOffice.Store.PrivateFiles.Open(Path.Combine(Path.GetTempPath(), "copoffice-intake-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        memory.Position = 0;
        memory.CopyTo(file);
        memory.Dispose();
        return file;
    }

    public void Dispose()
    {
        if (_owned) Stream.Dispose();
    }
}
