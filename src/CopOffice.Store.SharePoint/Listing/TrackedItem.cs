using Microsoft.Graph.Models;

namespace CopOffice.Store.SharePoint.Listing;

/// <summary>What the incremental state remembers of one file or folder below the store's folder.</summary>
internal sealed record TrackedItem(string Id, string Name, string? ParentId, bool IsFolder, string? Version, long Size, DateTimeOffset LastModified, string? WebUrl)
{
    /// <summary>A file or folder from Graph; null for what is neither (OneNote packages) or lacks an id.</summary>
    public static TrackedItem? From(DriveItem item)
    {
        if (item.Id is null || item.Name is null || (item.File is null && item.Folder is null)) return null;
        return new TrackedItem(item.Id, item.Name, item.ParentReference?.Id, item.Folder is not null,
            // cTag changes with the content only; eTag also with metadata: the fallback when cTag is missing.
            item.CTag ?? item.ETag, item.Size ?? 0, item.LastModifiedDateTime ?? DateTimeOffset.MinValue, item.WebUrl);
    }
}
