using System.Text;

namespace CopOffice.FakeGraph;

/// <summary>
/// The in-memory SharePoint behind the fake Graph server: sites, document libraries (drives), items with
/// versions, a change sequence for delta, and upload sessions. Behaves as SharePoint does where CopOffice
/// depends on it: an upload to an existing name adds a version to the same item; an upload session
/// commits only when its last byte arrives; delta answers carry no paths and report changed ancestors.
/// Every member locks <see cref="Gate"/>.
/// </summary>
public sealed class FakeSharePoint
{
    public readonly object Gate = new();
    private int _nextId = 1;

    public List<FakeSite> Sites { get; } = [];
    public Dictionary<string, FakeDrive> Drives { get; } = [];

    public FakeSite AddSite(string host, string path, params string[] libraries)
    {
        lock (Gate)
        {
            var site = new FakeSite($"{host},{Guid.NewGuid()},{Guid.NewGuid()}", host, path.TrimEnd('/'), $"https://{host}{path.TrimEnd('/')}");
            // A team site's three groups, as SharePoint makes them: Owners full control, Members edit, Visitors read.
            var siteName = path.TrimEnd('/').Split('/').Last();
            site.Permissions.Add(new FakePermission("3", FakeGrantee.SiteGroup, "owner", $"{siteName} Owners"));
            site.Permissions.Add(new FakePermission("5", FakeGrantee.SiteGroup, "write", $"{siteName} Members"));
            site.Permissions.Add(new FakePermission("4", FakeGrantee.SiteGroup, "read", $"{siteName} Visitors"));
            Sites.Add(site);
            // "Documents=Shared Documents": the library's name, then the name in its address.
            foreach (var library in libraries)
            {
                var (name, urlName) = library.Split('=') is [var n, var u] ? (n, u) : (library, library);
                var drive = new FakeDrive("b!" + NewId().ToLowerInvariant() + "xYz_-", name, $"{site.WebUrl}/{Uri.EscapeDataString(urlName)}", NewId()) { Site = site };
                drive.Items[drive.RootId] = new FakeItem(drive.RootId, "root", null, isFolder: true) { Seq = 0 };
                site.Drives.Add(drive);
                Drives[drive.Id] = drive;
            }
            return site;
        }
    }

    public string NewId() { lock (Gate) return $"01FAKE{_nextId++:D6}"; }

    /// <summary>Creates the folders of <paramref name="path"/> and the file, or adds a version to it.</summary>
    public FakeItem Put(FakeDrive drive, string path, string content) => Put(drive, path, Encoding.UTF8.GetBytes(content));

    public FakeItem Put(FakeDrive drive, string path, byte[] content)
    {
        lock (Gate)
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var parent = drive.Items[drive.RootId];
            foreach (var name in segments[..^1]) parent = drive.ChildNamed(parent.Id, name) ?? CreateFolder(drive, parent.Id, name);
            return Commit(drive, parent.Id, segments[^1], content);
        }
    }

    public FakeItem CreateFolder(FakeDrive drive, string parentId, string name)
    {
        lock (Gate)
        {
            var folder = new FakeItem(NewId(), name, parentId, isFolder: true);
            drive.Items[folder.Id] = folder;
            drive.Touch(folder);
            return folder;
        }
    }

    /// <summary>An upload completing: a new item, or a new version of the item that has the name.</summary>
    public FakeItem Commit(FakeDrive drive, string parentId, string name, byte[] content)
    {
        lock (Gate)
        {
            var existing = drive.ChildNamed(parentId, name);
            if (existing is { IsFolder: true }) throw new InvalidOperationException($"{name} is a folder");
            var item = existing ?? new FakeItem(NewId(), name, parentId, isFolder: false);
            item.Versions.Add(content);
            drive.Items[item.Id] = item;
            drive.Touch(item);
            return item;
        }
    }

    public void Delete(FakeDrive drive, FakeItem item)
    {
        lock (Gate)
        {
            item.Deleted = true;
            drive.Touch(item);
        }
    }

    public void Move(FakeDrive drive, FakeItem item, string newParentId, string? newName = null)
    {
        lock (Gate)
        {
            var oldParent = item.ParentId;
            item.ParentId = newParentId;
            if (newName is not null) item.Name = newName;
            drive.Touch(item);
            if (oldParent is not null && drive.Items.TryGetValue(oldParent, out var old)) drive.Touch(old);
        }
    }
}

public sealed record FakeSite(string Id, string Host, string Path, string WebUrl)
{
    public List<FakeDrive> Drives { get; } = [];

    /// <summary>The site's own permissions, which its libraries inherit.</summary>
    public List<FakePermission> Permissions { get; } = [];
}

public sealed class FakeDrive(string id, string name, string webUrl, string rootId)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string WebUrl { get; } = webUrl;
    public string RootId { get; } = rootId;
    public required FakeSite Site { get; init; }
    public Dictionary<string, FakeItem> Items { get; } = [];

    /// <summary>The drive's change counter: a delta token is the value it had.</summary>
    public long Seq { get; private set; }

    /// <summary>Delta tokens below this are refused with 410 resyncRequired.</summary>
    public long OldestValidToken { get; set; }

    public FakeItem? ChildNamed(string parentId, string name) =>
        Items.Values.FirstOrDefault(i => !i.Deleted && i.ParentId == parentId && i.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<FakeItem> Children(string parentId) =>
        Items.Values.Where(i => !i.Deleted && i.ParentId == parentId).OrderBy(i => i.Name, StringComparer.Ordinal);

    /// <summary>Records a change of <paramref name="item"/>; like SharePoint, its folders change too.</summary>
    public void Touch(FakeItem item)
    {
        Seq++;
        item.Seq = Seq;
        item.LastModified = DateTimeOffset.UtcNow;
        for (var parent = item.ParentId; parent is not null && Items.TryGetValue(parent, out var folder); parent = folder.ParentId)
        {
            folder.Seq = Seq;
            folder.FolderVersion++;
        }
    }

    public string PathOf(FakeItem item)
    {
        var names = new List<string>();
        for (var current = item; current.ParentId is not null; current = Items[current.ParentId]) names.Add(current.Name);
        names.Reverse();
        return string.Join('/', names);
    }

    public string WebUrlOf(FakeItem item) =>
        item.ParentId is null ? WebUrl : WebUrl + "/" + string.Join('/', PathOf(item).Split('/').Select(Uri.EscapeDataString));

    public FakeItem? ByPath(string fromId, string path)
    {
        var current = Items[fromId];
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = ChildNamed(current.Id, name);
            if (current is null) return null;
        }
        return current;
    }
}

public sealed class FakeItem(string id, string name, string? parentId, bool isFolder)
{
    public string Id { get; } = id;
    public bool IsFolder { get; } = isFolder;
    public string Name { get; set; } = name;
    public string? ParentId { get; set; } = parentId;
    public bool Deleted { get; set; }
    public long Seq { get; set; }
    public int FolderVersion { get; set; }
    public DateTimeOffset LastModified { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Permissions set on this item itself; it also has its parent's unless <see cref="InheritanceBroken"/>.</summary>
    public List<FakePermission> Permissions { get; } = [];
    public bool InheritanceBroken { get; set; }

    /// <summary>Every version's content, oldest first; the last is current.</summary>
    public List<byte[]> Versions { get; } = [];

    public byte[] Content => Versions.Count == 0 ? [] : Versions[^1];
    public string CTag => IsFolder ? $"\"c:{{{Id}}},{FolderVersion}\"" : $"\"c:{{{Id}}},{Versions.Count}\"";
    public string ETag => $"\"{{{Id}}},{Seq}\"";
    public string Text => Encoding.UTF8.GetString(Content);
}

/// <summary>An upload session: bytes received so far, committed only when complete.</summary>
public sealed class FakeUploadSession(string id, FakeDrive drive, string parentId, string name)
{
    public string Id { get; } = id;
    public FakeDrive Drive { get; } = drive;
    public string ParentId { get; } = parentId;
    public string Name { get; } = name;
    public MemoryStream Received { get; } = new();
    public long? Total { get; set; }
    public DateTimeOffset Expires { get; } = DateTimeOffset.UtcNow.AddHours(1);
}
