namespace CopOffice.Store.SharePoint.Locations;

/// <summary>A folder of a document library, resolved through Graph.</summary>
/// <param name="DriveId">The library's drive id.</param>
/// <param name="FolderId">The folder's item id (the drive's root item for the library itself).</param>
/// <param name="FolderPath">The folder's path in the library, "" for its root.</param>
/// <param name="LibraryName">The library's name ("Documents").</param>
/// <param name="WebUrl">The folder's address in the browser.</param>
public sealed record LibraryFolder(string DriveId, string FolderId, string FolderPath, string LibraryName, string? WebUrl)
{
    public override string ToString() => WebUrl ?? $"{SharePointLocation.DrivePrefix}{DriveId}/{FolderPath}";
}
