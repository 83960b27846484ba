using System.Security.Cryptography;
using System.Text;

namespace CopOffice.Store.SharePoint.Listing;

/// <summary>
/// The downloaded workbooks of a library folder, kept beside its incremental state and keyed by item id
/// and cTag, so that a re-run downloads only new or changed workbooks and reads the rest from disk:
/// same bytes, same report. <c>{state folder}/content/{hash of host and drive}/{hash of item id}-{hash of cTag}</c>.
/// Files of items no longer listed, and older versions, are removed. Losing it costs one full download,
/// nothing else. It holds what people wrote: it lives in the per-user state folder, and
/// <c>Graph:StateFolder=none</c> turns it off with the rest of the state.
/// </summary>
internal sealed class ContentCache(string folder)
{
    public static ContentCache? For(string? stateFolder, Uri graphBaseUrl, string driveId) =>
        stateFolder is null ? null : new ContentCache(Path.Combine(stateFolder, "content", Hash($"{graphBaseUrl.Host}|{driveId}")));

    public Stream? TryOpen(StoredFile file)
    {
        if (file.Version is null) return null;
        try
        {
            return File.OpenRead(PathOf(file));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="content"/> as the item's current version; a cache that cannot be written is skipped, not fatal.</summary>
    public void Save(StoredFile file, MemoryStream content)
    {
        if (file.Version is null) return;
        try
        {
            var target = PathOf(file);
            PrivateFiles.Replace(target, content.ToArray());
            var item = Hash(file.Id);
            foreach (var older in Directory.EnumerateFiles(folder, item + "-*").Where(f => f != target)) File.Delete(older);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves downloads: the workbook was read all the same.
        }
    }

    /// <summary>Removes the copies of items that are no longer in the folder.</summary>
    public void KeepOnly(IEnumerable<StoredFile> listed)
    {
        if (!Directory.Exists(folder)) return;
        var keep = listed.Where(f => f.Version is not null).Select(PathOf).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !keep.Contains(f)))
        {
            try { File.Delete(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private string PathOf(StoredFile file) => Path.Combine(folder, $"{Hash(file.Id)}-{Hash(file.Version!)}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
}
