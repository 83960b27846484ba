using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CopOffice.FakeGraph;

/// <summary>One request as the fake server received it.</summary>
/// <param name="Host">"graph" (the Graph API) or "files" (pre-authenticated download and upload URLs, another IP).</param>
public sealed record RecordedRequest(string Host, string Method, string PathAndQuery, string? Authorization, string? UserAgent, string? ContentRange, DateTimeOffset At);

/// <summary>A fault answered instead of the real response, <see cref="Times"/> times, to requests matching method and path.</summary>
public sealed class Fault(string method, string pathContains, int status, int? retryAfter = null, int times = 1)
{
    public string Method { get; } = method;
    public string PathContains { get; } = pathContains;
    public int Status { get; } = status;
    public int? RetryAfter { get; } = retryAfter;
    public int Remaining { get; set; } = times;
}

/// <summary>
/// A local HTTP server that speaks the part of Microsoft Graph CopOffice uses, over <see cref="FakeSharePoint"/>.
/// The API listens on 127.0.0.1 and requires the bearer token; download and upload URLs are on
/// 127.0.0.2 (another host, as SharePoint's are), need no token and record whether one arrived.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-access-token-Zq9xW3";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (FakeDrive Drive, FakeItem Item, byte[] Content)> _downloads = new();
    private readonly ConcurrentDictionary<string, FakeUploadSession> _sessions = new();
    private readonly List<Fault> _faults = [];
    private int _graphPort;
    private int _filesPort;

    private FakeGraphServer(WebApplication app) => _app = app;

    public FakeSharePoint SharePoint { get; } = new();
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public List<string> CancelledSessions { get; } = [];
    public ConcurrentQueue<FakeInvitation> Invitations { get; } = new();
    public IReadOnlyCollection<FakeUploadSession> OpenSessions => _sessions.Values.ToList();

    /// <summary>The next this many _downloads send half the file, then drop the connection.</summary>
    public int DropDownloads { get; set; }

    /// <summary>Upload-session slices (counted from 1) whose connection is dropped after the body arrived, unstored.</summary>
    public HashSet<int> DropSlices { get; } = [];

    /// <summary>Every upload-session slice is answered 500 (a session that cannot complete).</summary>
    public bool FailAllSlices { get; set; }

    /// <summary>Runs when a slice has been stored, before its answer: lets a test look at the library mid-upload.</summary>
    public Action<FakeUploadSession>? AfterSlice { get; set; }

    /// <summary>Listings give each file its pre-authenticated download address, as SharePoint does.</summary>
    public bool ListDownloadUrls { get; set; } = true;

    /// <summary>Listed download addresses have expired: the files host answers them 401.</summary>
    public bool ListedDownloadUrlsExpired { get; set; }

    private readonly ConcurrentDictionary<string, bool> _listedTickets = new();

    /// <summary>How long every request waits before it is answered: a tenant across the internet.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The most requests that were being answered at the same moment.</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);
    private int _atOnce, _mostAtOnce;

    /// <summary>Children per page when the client does not ask for fewer.</summary>
    public int DeltaPageSize { get; set; } = 3;

    public string BaseUrl => $"http://127.0.0.1:{_graphPort}/v1.0";
    public string FilesHost => $"127.0.0.2:{_filesPort}";
    private int _sliceCount;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Parse("127.0.0.1"), 0);
            k.Listen(IPAddress.Parse("127.0.0.2"), 0);
        });
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        foreach (var address in app.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses : [])
        {
            var uri = new Uri(address);
            if (uri.Host == "127.0.0.1") server._graphPort = uri.Port;
            else server._filesPort = uri.Port;
        }
        return server;
    }

    public void Inject(Fault fault) { lock (_faults) _faults.Add(fault); }

    public List<RecordedRequest> GraphRequests => Requests.Where(r => r.Host == "graph").ToList();
    public List<RecordedRequest> FileRequests => Requests.Where(r => r.Host == "files").ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _atOnce);
        for (var most = _mostAtOnce; now > most; most = _mostAtOnce)
            if (Interlocked.CompareExchange(ref _mostAtOnce, now, most) == most) break;
        try
        {
            // Recorded as it arrives, then answered after the latency.
            var request = context.Request;
            Requests.Enqueue(new RecordedRequest(context.Connection.LocalPort == _graphPort ? "graph" : "files", request.Method, request.Path + request.QueryString,
                request.Headers.Authorization.FirstOrDefault(), request.Headers.UserAgent.ToString(), request.Headers.ContentRange.FirstOrDefault(), DateTimeOffset.UtcNow));
            if (Latency > TimeSpan.Zero) await Task.Delay(Latency);
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _atOnce);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var host = context.Connection.LocalPort == _graphPort ? "graph" : "files";

        Fault? fault;
        lock (_faults)
        {
            fault = _faults.FirstOrDefault(f => f.Remaining > 0 && f.Method == request.Method && (request.Path + request.QueryString).Contains(f.PathContains, StringComparison.Ordinal));
            if (fault is not null) fault.Remaining--;
        }
        if (fault is not null)
        {
            if (fault.RetryAfter is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Error(context, fault.Status, fault.Status == 429 ? "activityLimitReached" : fault.Status == 503 ? "serviceNotAvailable" : "injected", $"Injected {fault.Status}.");
            return;
        }

        if (host == "files")
        {
            await HandleFilesAsync(context);
            return;
        }
        if (request.Headers.Authorization.FirstOrDefault() != $"Bearer {Token}")
        {
            await Error(context, 401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
            return;
        }
        var path = request.Path.Value!;
        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal)) { await Error(context, 404, "itemNotFound", "No such API."); return; }
        path = path["/v1.0".Length..];
        if (path.StartsWith("/sites/", StringComparison.Ordinal)) await HandleSitesAsync(context, path["/sites/".Length..]);
        else if (path.StartsWith("/drives/", StringComparison.Ordinal)) await HandleDrivesAsync(context, path["/drives/".Length..]);
        else await Error(context, 404, "itemNotFound", "No such API.");
    }

    private async Task HandleSitesAsync(HttpContext context, string rest)
    {
        JsonObject? answer = null;
        lock (SharePoint.Gate)
        {
            if (rest.EndsWith("/drives", StringComparison.Ordinal))
            {
                if (SharePoint.Sites.FirstOrDefault(s => s.Id == rest[..^"/drives".Length]) is { } owner)
                    answer = new JsonObject { ["value"] = new JsonArray(owner.Drives.Select(d => (JsonNode)DriveJson(d)).ToArray()) };
            }
            else
            {
                var colon = rest.IndexOf(":/", StringComparison.Ordinal);
                var site = rest == "root" ? SharePoint.Sites.FirstOrDefault(s => s.Path == "")
                    : colon > 0 ? SharePoint.Sites.FirstOrDefault(s => s.Host == rest[..colon] && s.Path.Equals("/" + rest[(colon + 2)..].TrimEnd(':').TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                    : SharePoint.Sites.FirstOrDefault(s => s.Id == rest || s.Host == rest && s.Path == "");
                if (site is not null)
                    answer = new JsonObject { ["id"] = site.Id, ["webUrl"] = site.WebUrl, ["displayName"] = site.Path.Split('/').Last(), ["name"] = site.Path.Split('/').Last() };
            }
        }
        if (answer is null) await Error(context, 404, "itemNotFound", "Requested site could not be found");
        else await Json(context, 200, answer);
    }

    private async Task HandleDrivesAsync(HttpContext context, string rest)
    {
        var method = context.Request.Method;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        FakeDrive? drive;
        lock (SharePoint.Gate) drive = slash < 0 ? null : SharePoint.Drives.GetValueOrDefault(rest[..slash]);
        if (drive is null) { await Error(context, 404, "itemNotFound", "The drive could not be found."); return; }
        rest = rest[slash..];

        if (rest == "/root/delta" && method == "GET") { await DeltaAsync(context, drive); return; }

        // Address the item: /root, /root:/path, /items/{id}, /items/{id}:/path: ; then an action.
        string baseId, relative = "", action;
        if (rest.StartsWith("/root", StringComparison.Ordinal)) { baseId = drive.RootId; rest = rest["/root".Length..]; }
        else if (rest.StartsWith("/items/", StringComparison.Ordinal))
        {
            rest = rest["/items/".Length..];
            var end = rest.IndexOfAny([':', '/']);
            baseId = end < 0 ? rest : rest[..end];
            rest = end < 0 ? "" : rest[end..];
        }
        else { await Error(context, 404, "itemNotFound", "No such API."); return; }
        if (rest.StartsWith(":/", StringComparison.Ordinal))
        {
            var close = rest.IndexOf(':', 2);
            relative = close < 0 ? rest[2..] : rest[2..close];
            rest = close < 0 ? "" : rest[(close + 1)..];
        }
        action = rest.Trim('/');

        FakeItem? parent;
        FakeItem? item;
        lock (SharePoint.Gate)
        {
            parent = drive.Items.GetValueOrDefault(baseId) is { Deleted: false } p ? p : null;
            item = parent is null ? null : relative.Length == 0 ? parent : drive.ByPath(parent.Id, relative);
        }

        switch (method, action)
        {
            case ("PUT", "content") when parent is not null && relative.Length > 0:
                await SimpleUploadAsync(context, drive, parent, relative);
                return;
            case ("POST", "createUploadSession") when parent is not null && relative.Length > 0:
                await CreateSessionAsync(context, drive, parent, relative);
                return;
        }
        if (item is null) { await Error(context, 404, "itemNotFound", "The resource could not be found."); return; }
        switch (method, action)
        {
            case ("GET", ""):
                await Json(context, 200, ItemJson(drive, item, withPath: true));
                return;
            case ("GET", "children"):
                await ChildrenAsync(context, drive, item);
                return;
            case ("POST", "children"):
                await CreateFolderAsync(context, drive, item);
                return;
            case ("GET", "permissions"):
                JsonObject list;
                lock (SharePoint.Gate) list = new JsonObject { ["value"] = new JsonArray(FakeAccess.Effective(drive, item).Select(p => (JsonNode)p.Json()).ToArray()) };
                await Json(context, 200, list);
                return;
            case ("DELETE", _) when action.StartsWith("permissions/", StringComparison.Ordinal):
                await DeletePermissionAsync(context, drive, item, action["permissions/".Length..]);
                return;
            case ("POST", "invite"):
                await InviteAsync(context, drive, item);
                return;
            case ("POST", "createLink"):
                await CreateLinkAsync(context, item);
                return;
            case ("GET", "content"):
                var ticket = Guid.NewGuid().ToString("N");
                lock (SharePoint.Gate) _downloads[ticket] = (drive, item, item.Content);
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = $"http://{FilesHost}/download/{ticket}?tempauth=pre-authenticated-{ticket[..6]}";
                return;
        }
        await Error(context, 405, "invalidRequest", $"{method} {action} is not supported here.");
    }

    private async Task DeletePermissionAsync(HttpContext context, FakeDrive drive, FakeItem item, string id)
    {
        int status;
        lock (SharePoint.Gate)
        {
            var own = item.Permissions.FirstOrDefault(p => p.Id == id);
            status = own is not null ? 204 : FakeAccess.Effective(drive, item).Any(p => p.Id == id) ? 403 : 404;
            if (own is not null) item.Permissions.Remove(own);
        }
        if (status == 204) context.Response.StatusCode = 204;
        else await Error(context, status, status == 403 ? "accessDenied" : "itemNotFound", status == 403 ? "An inherited permission cannot be removed here." : "No such permission.");
    }

    private async Task InviteAsync(HttpContext context, FakeDrive drive, FakeItem item)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var role = body["roles"]![0]!.GetValue<string>();
        var signIn = body["requireSignIn"]?.GetValue<bool>() ?? false;
        var send = body["sendInvitation"]?.GetValue<bool>() ?? false;
        var message = body["message"]?.GetValue<string>();
        var granted = new JsonArray();
        foreach (var recipient in body["recipients"]!.AsArray())
        {
            var email = recipient!["email"]!.GetValue<string>();
            FakePermission permission;
            lock (SharePoint.Gate)
            {
                permission = new FakePermission(FakeAccess.NewId(), FakeGrantee.User, role, email.Split('@')[0], email);
                item.Permissions.Add(permission);
                Invitations.Enqueue(new FakeInvitation(drive.PathOf(item), email, role, signIn, send, message));
            }
            granted.Add(permission.Json());
        }
        await Json(context, 200, new JsonObject { ["value"] = granted });
    }

    private async Task CreateLinkAsync(HttpContext context, FakeItem item)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var permission = new FakePermission(FakeAccess.NewId(), FakeGrantee.Link, body["type"]?.GetValue<string>() == "edit" ? "write" : "read", "link",
            LinkScope: body["scope"]?.GetValue<string>() ?? "organization");
        lock (SharePoint.Gate) item.Permissions.Add(permission);
        await Json(context, 201, permission.Json());
    }

    private async Task ChildrenAsync(HttpContext context, FakeDrive drive, FakeItem folder)
    {
        var top = int.TryParse(context.Request.Query["$top"], out var t) ? t : 200;
        var skip = int.TryParse(context.Request.Query["$skiptoken"], out var s) ? s : 0;
        JsonObject page;
        lock (SharePoint.Gate)
        {
            var children = drive.Children(folder.Id).ToList();
            page = new JsonObject { ["value"] = new JsonArray(children.Skip(skip).Take(top).Select(c => (JsonNode)Listed(drive, c, ItemJsonLocked(drive, c, withPath: true))).ToArray()) };
            if (skip + top < children.Count)
                page["@odata.nextLink"] = $"{BaseUrl}/drives/{drive.Id}/items/{folder.Id}/children?$top={top}&$skiptoken={skip + top}";
        }
        await Json(context, 200, page);
    }

    private async Task DeltaAsync(HttpContext context, FakeDrive drive)
    {
        var query = context.Request.Query;
        var token = query["token"].ToString();
        JsonObject? page = null;
        lock (SharePoint.Gate)
        {
            var since = token is "" or "latest" ? -1 : long.Parse(token, CultureInfo.InvariantCulture);
            if (token == "latest")
            {
                page = new JsonObject { ["value"] = new JsonArray(), ["@odata.deltaLink"] = $"{BaseUrl}/drives/{drive.Id}/root/delta?token={drive.Seq}" };
            }
            else if (since < 0 || since >= drive.OldestValidToken)
            {
                var upTo = long.TryParse(query["upto"], out var u) ? u : drive.Seq;
                var skip = int.TryParse(query["skip"], out var s) ? s : 0;
                var changes = drive.Items.Values.Where(i => i.Seq > since && i.Seq <= upTo && (since >= 0 || !i.Deleted)).OrderBy(i => i.Seq).ThenBy(i => i.Id).ToList();
                page = new JsonObject { ["value"] = new JsonArray(changes.Skip(skip).Take(DeltaPageSize).Select(i => (JsonNode)Listed(drive, i, DeltaJson(drive, i))).ToArray()) };
                if (skip + DeltaPageSize < changes.Count)
                    page["@odata.nextLink"] = $"{BaseUrl}/drives/{drive.Id}/root/delta?token={token}&upto={upTo}&skip={skip + DeltaPageSize}";
                else
                    page["@odata.deltaLink"] = $"{BaseUrl}/drives/{drive.Id}/root/delta?token={upTo}";
            }
        }
        if (page is null) await Error(context, 410, "resyncRequired", "Resync required. Replace any local items with the server's version (including deletes).");
        else await Json(context, 200, page);
    }

    private async Task CreateFolderAsync(HttpContext context, FakeDrive drive, FakeItem parent)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var name = body!["name"]!.GetValue<string>();
        FakeItem? folder = null;
        lock (SharePoint.Gate)
            if (drive.ChildNamed(parent.Id, name) is null) folder = SharePoint.CreateFolder(drive, parent.Id, name);
        if (folder is null) await Error(context, 409, "nameAlreadyExists", "The specified item name already exists.");
        else await Json(context, 201, ItemJson(drive, folder, withPath: true));
    }

    private async Task SimpleUploadAsync(HttpContext context, FakeDrive drive, FakeItem parent, string relative)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        FakeItem item;
        bool created;
        lock (SharePoint.Gate)
        {
            var (folder, name) = ParentOf(drive, parent, relative);
            created = drive.ChildNamed(folder.Id, name) is null;
            item = SharePoint.Commit(drive, folder.Id, name, body.ToArray());
        }
        await Json(context, created ? 201 : 200, ItemJson(drive, item, withPath: true));
    }

    private async Task CreateSessionAsync(HttpContext context, FakeDrive drive, FakeItem parent, string relative)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body?["item"]?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() != "replace")
        {
            await Error(context, 400, "invalidRequest", "CopOffice always asks for conflictBehavior replace.");
            return;
        }
        FakeUploadSession session;
        lock (SharePoint.Gate)
        {
            var (folder, name) = ParentOf(drive, parent, relative);
            session = new FakeUploadSession(Guid.NewGuid().ToString("N"), drive, folder.Id, name);
            _sessions[session.Id] = session;
        }
        await Json(context, 200, SessionJson(session, includeUrl: true));
    }

    private async Task HandleFilesAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        if (path.StartsWith("/download/", StringComparison.Ordinal) && ListedDownloadUrlsExpired && _listedTickets.ContainsKey(path["/download/".Length..]))
        {
            await Error(context, 401, "unauthenticated", "The pre-authenticated URL has expired.");
            return;
        }
        if (path.StartsWith("/download/", StringComparison.Ordinal) && _downloads.TryRemove(path["/download/".Length..], out var download))
        {
            var content = download.Content;
            context.Response.ContentLength = content.Length;
            context.Response.ContentType = "application/octet-stream";
            if (DropDownloads > 0)
            {
                DropDownloads--;
                await context.Response.Body.WriteAsync(content.AsMemory(0, content.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            }
            await context.Response.Body.WriteAsync(content);
            return;
        }
        if (path.StartsWith("/upload/", StringComparison.Ordinal) && _sessions.TryGetValue(path["/upload/".Length..], out var session))
        {
            switch (context.Request.Method)
            {
                case "GET":
                    await Json(context, 200, SessionJson(session, includeUrl: false));
                    return;
                case "DELETE":
                    _sessions.TryRemove(session.Id, out _);
                    lock (CancelledSessions) CancelledSessions.Add(session.Id);
                    context.Response.StatusCode = 204;
                    return;
                case "PUT":
                    await SliceAsync(context, session);
                    return;
            }
        }
        await Error(context, 404, "itemNotFound", "No such download or upload session (expired or cancelled).");
    }

    private async Task SliceAsync(HttpContext context, FakeUploadSession session)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var number = Interlocked.Increment(ref _sliceCount);
        if (DropSlices.Contains(number))
        {
            context.Abort(); // the connection drops: nothing of this slice is kept
            return;
        }
        if (FailAllSlices)
        {
            await Error(context, 500, "generalException", "The slice could not be stored.");
            return;
        }
        var range = context.Request.Headers.ContentRange.ToString(); // bytes a-b/total
        var parts = range.Replace("bytes ", "", StringComparison.Ordinal).Split('-', '/');
        var (start, end, total) = (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
        if (start != session.Received.Length || end - start + 1 != body.Length || session.Total is { } known && known != total)
        {
            await Error(context, 416, "invalidRange", $"Expected bytes from {session.Received.Length}, got {range}.");
            return;
        }
        session.Total = total;
        session.Received.Write(body.ToArray());
        AfterSlice?.Invoke(session);
        if (session.Received.Length < total)
        {
            await Json(context, 202, SessionJson(session, includeUrl: false));
            return;
        }
        FakeItem item;
        bool created;
        lock (SharePoint.Gate)
        {
            created = session.Drive.ChildNamed(session.ParentId, session.Name) is null;
            item = SharePoint.Commit(session.Drive, session.ParentId, session.Name, session.Received.ToArray());
            _sessions.TryRemove(session.Id, out _);
        }
        await Json(context, created ? 201 : 200, ItemJson(session.Drive, item, withPath: true));
    }

    private (FakeItem Folder, string Name) ParentOf(FakeDrive drive, FakeItem parent, string relative)
    {
        var segments = relative.Split('/');
        var folder = segments.Length == 1 ? parent : drive.ByPath(parent.Id, string.Join('/', segments[..^1])) ?? throw new InvalidOperationException("missing folder");
        return (folder, segments[^1]);
    }

    private JsonObject SessionJson(FakeUploadSession session, bool includeUrl)
    {
        var json = new JsonObject
        {
            ["expirationDateTime"] = session.Expires.ToString("o", CultureInfo.InvariantCulture),
            ["nextExpectedRanges"] = new JsonArray((JsonNode)$"{session.Received.Length}-"),
        };
        if (includeUrl) json["uploadUrl"] = $"http://{FilesHost}/upload/{session.Id}";
        return json;
    }

    private static JsonObject DriveJson(FakeDrive drive) =>
        new() { ["id"] = drive.Id, ["name"] = drive.Name, ["driveType"] = "documentLibrary", ["webUrl"] = drive.WebUrl };

    /// <summary>A listed file's JSON with its download address (a ticket for the files host), when listings give them.</summary>
    private JsonObject Listed(FakeDrive drive, FakeItem item, JsonObject json)
    {
        if (!ListDownloadUrls || item.IsFolder || item.Deleted) return json;
        var ticket = Guid.NewGuid().ToString("N");
        _downloads[ticket] = (drive, item, item.Content);
        _listedTickets[ticket] = true;
        json["@microsoft.graph.downloadUrl"] = $"http://{FilesHost}/download/{ticket}?tempauth=listed-{ticket[..6]}";
        return json;
    }

    private JsonObject ItemJson(FakeDrive drive, FakeItem item, bool withPath)
    {
        lock (SharePoint.Gate) return ItemJsonLocked(drive, item, withPath);
    }

    private static JsonObject ItemJsonLocked(FakeDrive drive, FakeItem item, bool withPath)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.ParentId is null ? "root" : item.Name,
            ["eTag"] = item.ETag,
            ["cTag"] = item.CTag,
            ["lastModifiedDateTime"] = item.LastModified.ToString("o", CultureInfo.InvariantCulture),
            ["webUrl"] = drive.WebUrlOf(item),
            ["size"] = item.IsFolder ? 0 : item.Content.Length,
        };
        if (item.ParentId is not null)
        {
            var reference = new JsonObject { ["driveId"] = drive.Id, ["id"] = item.ParentId };
            if (withPath) reference["path"] = $"/drives/{drive.Id}/root:" + (drive.Items[item.ParentId].ParentId is null ? "" : "/" + drive.PathOf(drive.Items[item.ParentId]));
            json["parentReference"] = reference;
        }
        if (item.IsFolder) json["folder"] = new JsonObject { ["childCount"] = drive.Children(item.Id).Count() };
        else json["file"] = new JsonObject { ["mimeType"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
        if (item.ParentId is null) json["root"] = new JsonObject();
        return json;
    }

    // Delta entries carry no path, and deleted ones only id, parent and the deleted facet: as in SharePoint.
    private static JsonObject DeltaJson(FakeDrive drive, FakeItem item)
    {
        if (!item.Deleted) return ItemJsonLocked(drive, item, withPath: false);
        return new JsonObject
        {
            ["id"] = item.Id,
            ["parentReference"] = new JsonObject { ["driveId"] = drive.Id, ["id"] = item.ParentId },
            ["deleted"] = new JsonObject { ["state"] = "deleted" },
        };
    }

    private static Task Error(HttpContext context, int status, string code, string message) =>
        Json(context, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private static async Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }
}
