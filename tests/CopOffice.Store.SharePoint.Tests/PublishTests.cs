using System.Text;
using CopOffice.Store.SharePoint.Locations;
using CopOffice.FakeGraph;

namespace CopOffice.Store.SharePoint.Tests;

public class PublishTests
{
    private static MemoryStream Content(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Large(char c, int length = 1500) => new(c, length);

    [Fact]
    public async Task A_small_report_is_uploaded_in_one_put_as_a_new_version_of_the_same_item()
    {
        await using var harness = await Harness.StartAsync();
        var existing = harness.SharePoint.Put(harness.Reports, "org.xlsx", "last quarter");
        var store = harness.Store(Harness.ReportsUrl);

        var published = await store.PublishAsync("org.xlsx", Content("this quarter"));

        var item = harness.Reports.ChildNamed(harness.Reports.RootId, "org.xlsx")!;
        Assert.Same(existing, item);
        Assert.Equal(["last quarter", "this quarter"], item.Versions.Select(v => Encoding.UTF8.GetString(v)));
        Assert.Equal(new StoredFile(existing.Id, "org.xlsx", 12, item.LastModified) { Version = item.CTag, WebUrl = "https://contoso.sharepoint.com/sites/CoP/Reports/org.xlsx" }, published);
        Assert.Equal(["org.xlsx"], harness.Reports.Children(harness.Reports.RootId).Select(i => i.Name));
        var put = harness.Server.GraphRequests.Single(r => r.Method == "PUT");
        Assert.Equal($"/v1.0/drives/{harness.Reports.Id}/items/{harness.Reports.RootId}:/org.xlsx:/content?@microsoft.graph.conflictBehavior=replace", Uri.UnescapeDataString(put.PathAndQuery));
        Assert.Empty(harness.Server.FileRequests);
    }

    [Fact]
    public async Task A_report_in_a_subfolder_creates_the_folder()
    {
        await using var harness = await Harness.StartAsync();
        var store = harness.Store(Harness.ReportsUrl);

        await store.PublishAsync("communities/Data Science.xlsx", Content("ds"));
        await store.PublishAsync("communities/Field Service.xlsx", Content("fs"));

        Assert.Equal("ds", harness.Reports.ByPath(harness.Reports.RootId, "communities/Data Science.xlsx")!.Text);
        Assert.Equal("fs", harness.Reports.ByPath(harness.Reports.RootId, "communities/Field Service.xlsx")!.Text);
        Assert.Single(harness.Server.GraphRequests, r => r.Method == "POST" && r.PathAndQuery.EndsWith("/children", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_report_goes_through_an_upload_session_and_readers_see_the_old_version_until_it_completes()
    {
        await using var harness = await Harness.StartAsync();
        var existing = harness.SharePoint.Put(harness.Reports, "org.xlsx", "last quarter");
        var seenMidway = new List<string>();
        harness.Server.AfterSlice = _ =>
        {
            lock (harness.SharePoint.Gate)
                seenMidway.Add(string.Join(",", harness.Reports.Children(harness.Reports.RootId).Select(i => $"{i.Name}={i.Text}")));
        };

        var published = await harness.Store(Harness.ReportsUrl).PublishAsync("org.xlsx", Content(Large('n')));

        Assert.Equal(existing.Id, published.Id);
        Assert.Equal(["last quarter", Large('n')], existing.Versions.Select(v => Encoding.UTF8.GetString(v)));
        Assert.Equal(6, seenMidway.Count); // 1500 bytes in slices of 256
        Assert.All(seenMidway.Take(5), seen => Assert.Equal("org.xlsx=last quarter", seen));
        var slices = harness.Server.FileRequests.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(["bytes 0-255/1500", "bytes 256-511/1500", "bytes 512-767/1500", "bytes 768-1023/1500", "bytes 1024-1279/1500", "bytes 1280-1499/1500"], slices.Select(r => r.ContentRange));
        Assert.All(harness.Server.FileRequests, r => Assert.Null(r.Authorization));
        Assert.Empty(harness.Server.OpenSessions);
        Assert.Equal(["org.xlsx"], harness.Reports.Children(harness.Reports.RootId).Select(i => i.Name));
    }

    [Fact]
    public async Task An_interrupted_upload_session_resumes_where_SharePoint_says()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.DropSlices.Add(3);

        var published = await harness.Store(Harness.ReportsUrl).PublishAsync("org.xlsx", Content(Large('r')));

        Assert.Equal(Large('r'), harness.Reports.ByPath(harness.Reports.RootId, "org.xlsx")!.Text);
        Assert.Equal(1500, published.Size);
        var files = harness.Server.FileRequests;
        Assert.Equal(["PUT bytes 0-255/1500", "PUT bytes 256-511/1500", "PUT bytes 512-767/1500", "GET ", "PUT bytes 512-767/1500", "PUT bytes 768-1023/1500", "PUT bytes 1024-1279/1500", "PUT bytes 1280-1499/1500"],
            files.Select(r => $"{r.Method} {r.ContentRange}"));
        Assert.All(files, r => Assert.Null(r.Authorization));
        Assert.Empty(harness.Server.OpenSessions);
        Assert.Empty(harness.Server.CancelledSessions);
    }

    [Fact]
    public async Task A_session_that_cannot_complete_is_cancelled_and_the_old_report_stays()
    {
        await using var harness = await Harness.StartAsync();
        var existing = harness.SharePoint.Put(harness.Reports, "org.xlsx", "last quarter");
        harness.Server.FailAllSlices = true;

        var error = await Assert.ThrowsAsync<PublishFailedException>(() => harness.Store(Harness.ReportsUrl).PublishAsync("org.xlsx", Content(Large('f'))));

        Assert.Equal("The report org.xlsx could not be published to https://contoso.sharepoint.com/sites/CoP/Reports: Microsoft Graph answered 500 InternalServerError (generalException: The slice could not be stored.); the upload session was cancelled. Nothing was changed in the library.", error.Message);
        Assert.Single(harness.Server.CancelledSessions);
        Assert.Empty(harness.Server.OpenSessions);
        Assert.Equal(["last quarter"], existing.Versions.Select(v => Encoding.UTF8.GetString(v)));
        Assert.Equal(["org.xlsx"], harness.Reports.Children(harness.Reports.RootId).Select(i => i.Name));
        // First slice, then three resumes (status, slice again), then the cancel.
        Assert.Equal(["PUT", "GET", "PUT", "GET", "PUT", "GET", "PUT", "DELETE"], harness.Server.FileRequests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_refused_upload_fails_the_publish_with_the_reason()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Inject(new Fault("PUT", "/content", 403, times: 5));

        var error = await Assert.ThrowsAsync<PublishFailedException>(() => harness.Store(Harness.ReportsUrl).PublishAsync("org.xlsx", Content("x")));

        Assert.Equal("The report org.xlsx could not be published to https://contoso.sharepoint.com/sites/CoP/Reports: Microsoft Graph answered 403 Forbidden (injected: Injected 403.): the app may not do this here; it needs Sites.Selected with access granted to this site, or Sites.ReadWrite.All (see src/CopOffice.Store.SharePoint/README.md). Nothing was changed in the library.", error.Message);
        Assert.Empty(harness.Reports.Children(harness.Reports.RootId));
    }

    [Fact]
    public async Task A_throttled_small_upload_is_sent_again()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Inject(new Fault("PUT", "/content", 429, retryAfter: 1));

        await harness.Store(Harness.ReportsUrl).PublishAsync("org.xlsx", Content("x"));

        Assert.Equal("x", harness.Reports.ByPath(harness.Reports.RootId, "org.xlsx")!.Text);
        Assert.Equal(2, harness.Server.GraphRequests.Count(r => r.Method == "PUT"));
    }

    [Fact]
    public async Task Publishing_to_a_missing_folder_fails_before_uploading()
    {
        await using var harness = await Harness.StartAsync();

        var error = await Assert.ThrowsAsync<FolderMissingException>(() => harness.Store(Harness.ReportsUrl + "/2026").PublishAsync("org.xlsx", Content("x")));

        Assert.Equal("https://contoso.sharepoint.com/sites/CoP/Reports/2026: the library Reports has no folder 2026. Create it, or check the address.", error.Message);
        Assert.DoesNotContain(harness.Server.GraphRequests, r => r.Method == "PUT");
    }

    [Theory]
    [InlineData("../org.xlsx")]
    [InlineData("a:b.xlsx")]
    [InlineData("")]
    public async Task A_path_SharePoint_would_refuse_is_a_bug_in_the_caller(string path)
    {
        await using var harness = await Harness.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Store(Harness.ReportsUrl).PublishAsync(path, Content("x")));
    }
}
