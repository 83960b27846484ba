using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CopOffice.Store.SharePoint.Listing;

/// <summary>
/// The incremental state of one library folder: the drive's delta link and what the previous sync saw
/// below the folder (ids, names, parents, cTags). A small JSON file
/// <c>{state folder}/{hash of Graph host, drive id and folder id}.json</c>. It is only a cache: when it
/// is missing, unreadable, for another folder or refused by SharePoint, the next sync lists the folder in
/// full and writes it anew, nothing else.
/// </summary>
internal sealed class SyncState
{
    public const int CurrentFormat = 1;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public int Format { get; set; } = CurrentFormat;

    /// <summary>The folder's address, for a person who opens the file.</summary>
    public string Folder { get; set; } = "";
    public string DriveId { get; set; } = "";
    public string FolderId { get; set; } = "";
    public string DeltaLink { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }
    public List<TrackedItem> Items { get; set; } = [];

    public static string PathFor(string stateFolder, Uri graphBaseUrl, string driveId, string folderId)
    {
        var key = $"{graphBaseUrl.Host}|{driveId}|{folderId}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        return Path.Combine(stateFolder, hash + ".json");
    }

    /// <summary>The state in <paramref name="path"/>, or null and why not.</summary>
    public static (SyncState? State, string? WhyNot) Load(string path, string driveId, string folderId)
    {
        if (!File.Exists(path)) return (null, "no state from a previous run");
        try
        {
            var state = JsonSerializer.Deserialize<SyncState>(File.ReadAllText(path), Json);
            if (state is null || state.Format != CurrentFormat || state.DeltaLink.Length == 0 || state.DriveId != driveId || state.FolderId != folderId)
                return (null, $"the state file {path} is from another version or folder");
            return (state, null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, $"the state file {path} could not be read ({e.Message})");
        }
    }

    /// <summary>Writes the state beside its final name and moves it into place, so a crash leaves the old state or the new one.</summary>
    public void Save(string path) => PrivateFiles.Replace(path, JsonSerializer.SerializeToUtf8Bytes(this, Json));
}
