namespace CopOffice.Store.SharePoint.Locations;

/// <summary>The library exists but the folder does not: who could read it is then the nearest existing folder's access, which it would inherit.</summary>
public sealed class FolderMissingException(string message, string driveId, string libraryName, string folderPath) : StoreException(message)
{
    public string DriveId { get; } = driveId;
    public string LibraryName { get; } = libraryName;
    public string FolderPath { get; } = folderPath;
}
