namespace CopOffice.Store;

/// <summary>
/// Someone beyond the folder's owners who can open the files in it, as the store names them:
/// <c>("CoP Visitors", "site group, read")</c>, <c>("Anyone in the organisation with the link", "sharing link, read")</c>.
/// </summary>
public sealed record FolderReader(string Who, string Access)
{
    public override string ToString() => $"{Who} ({Access})";
}
