using CopOffice.Store.SharePoint.Graph;
using CopOffice.FakeGraph;

namespace CopOffice.Store.SharePoint.Tests;

public class DownloadTests
{
    [Fact]
    public async Task A_download_follows_the_redirect_without_the_bearer_token()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.ListDownloadUrls = false; // the …/content path
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "the workbook's bytes");
        var store = harness.Store();
        var file = (await store.SyncAsync()).Files.Single();

        var content = await Harness.ReadAllAsync(await store.OpenReadAsync(file));

        Assert.Equal("the workbook's bytes", content);
        var graph = harness.Server.GraphRequests.Single(r => r.PathAndQuery.EndsWith("/content", StringComparison.Ordinal));
        Assert.Equal($"Bearer {FakeGraphServer.Token}", graph.Authorization);
        var download = harness.Server.FileRequests.Single();
        Assert.StartsWith("/download/", download.PathAndQuery);
        Assert.Null(download.Authorization);
        Assert.All(harness.Server.GraphRequests, r => Assert.StartsWith($"ISV|CopOffice|CopOffice/{GraphConnection.Version}", r.UserAgent));
        Assert.Equal("0.1.0", GraphConnection.Version);
    }

    [Fact]
    public async Task A_dropped_connection_is_tried_again()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.ListDownloadUrls = false; // the …/content path
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", new string('x', 5000));
        var store = harness.Store();
        var file = (await store.SyncAsync()).Files.Single();
        harness.Server.DropDownloads = 1;

        var content = await Harness.ReadAllAsync(await store.OpenReadAsync(file));

        Assert.Equal(5000, content.Length);
        Assert.Equal(2, harness.Server.FileRequests.Count);
        Assert.All(harness.Server.FileRequests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task A_file_that_cannot_be_downloaded_is_unavailable_with_a_reason()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.ListDownloadUrls = false; // the …/content path
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", new string('x', 5000));
        var gone = harness.SharePoint.Put(harness.Documents, "Intake/b.xlsx", "b");
        var store = harness.Store();
        var files = (await store.SyncAsync()).Files;
        harness.Server.DropDownloads = 3;
        harness.SharePoint.Delete(harness.Documents, gone);

        var dropped = await Assert.ThrowsAsync<DocumentUnavailableException>(() => store.OpenReadAsync(files[0]));
        var deleted = await Assert.ThrowsAsync<DocumentUnavailableException>(() => store.OpenReadAsync(files[1]));

        Assert.StartsWith("a.xlsx: the file could not be read: the connection dropped 3 times while downloading it (", dropped.Message);
        Assert.Same(files[0], dropped.File);
        Assert.Equal("it was deleted or moved after the folder was listed", deleted.Reason);
        Assert.Equal("b.xlsx: the file could not be read: it was deleted or moved after the folder was listed", deleted.Message);
    }
}

public class ListedDownloadTests
{
    [Fact]
    public async Task A_listed_download_address_saves_the_content_round_trip_and_carries_no_token()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "the workbook's bytes");
        var store = harness.Store();
        var file = (await store.SyncAsync()).Files.Single();
        var graphBefore = harness.Server.GraphRequests.Count;

        var content = await Harness.ReadAllAsync(await store.OpenReadAsync(file));

        Assert.Equal("the workbook's bytes", content);
        Assert.Equal(graphBefore, harness.Server.GraphRequests.Count);
        var download = harness.Server.FileRequests.Single();
        Assert.Contains("tempauth=listed-", download.PathAndQuery);
        Assert.Null(download.Authorization);
    }

    [Fact]
    public async Task An_expired_listed_address_falls_back_to_the_content_endpoint()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "the workbook's bytes");
        var store = harness.Store();
        var file = (await store.SyncAsync()).Files.Single();
        harness.Server.ListedDownloadUrlsExpired = true;

        var content = await Harness.ReadAllAsync(await store.OpenReadAsync(file));

        Assert.Equal("the workbook's bytes", content);
        Assert.Equal(["listed", "pre-authenticated"], harness.Server.FileRequests.Select(r => r.PathAndQuery.Contains("tempauth=listed-") ? "listed" : "pre-authenticated"));
        Assert.All(harness.Server.FileRequests, r => Assert.Null(r.Authorization));
        Assert.Single(harness.Server.GraphRequests, r => r.PathAndQuery.EndsWith("/content", StringComparison.Ordinal));
    }
}

public class ThrottlingTests
{
    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_it_names()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        harness.Server.Inject(new Fault("GET", "/children", 429, retryAfter: 1));

        var snapshot = await harness.Store().SyncAsync();

        Assert.Single(snapshot.Files);
        var children = harness.Server.GraphRequests.Where(r => r.PathAndQuery.Contains("/children", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, children.Count);
        Assert.InRange((children[1].At - children[0].At).TotalSeconds, 0.95, 5);
    }

    [Fact]
    public async Task A_503_on_the_content_endpoint_is_retried()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.ListDownloadUrls = false; // the …/content path
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "content");
        var store = harness.Store();
        var file = (await store.SyncAsync()).Files.Single();
        harness.Server.Inject(new Fault("GET", "/content", 503, retryAfter: 1));

        Assert.Equal("content", await Harness.ReadAllAsync(await store.OpenReadAsync(file)));
        Assert.Equal(2, harness.Server.GraphRequests.Count(r => r.PathAndQuery.EndsWith("/content", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_fails_with_a_clear_message()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        harness.Server.Inject(new Fault("GET", "/children", 429, retryAfter: 1, times: 10));

        var error = await Assert.ThrowsAsync<StoreException>(() => harness.Store(overrides: ("Graph:MaxRetries", "1")).SyncAsync());

        Assert.Equal($"{Harness.IntakeUrl}: the folder could not be listed: Microsoft Graph still answered 429 TooManyRequests after 1 retries that waited as its Retry-After asked (Graph:MaxRetries); try again later.", error.Message);
        Assert.Equal(2, harness.Server.GraphRequests.Count(r => r.PathAndQuery.Contains("/children", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_call_that_does_not_answer_in_time_fails_with_the_time_out()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        // Retry-After 3 s with a 2 s deadline: the deadline ends the call while the retry handler waits.
        harness.Server.Inject(new Fault("GET", "/children", 503, retryAfter: 3));

        var error = await Assert.ThrowsAsync<StoreException>(() => harness.Store(overrides: ("Graph:TimeoutSeconds", "2")).SyncAsync());

        Assert.Equal($"{Harness.IntakeUrl}: the folder could not be listed: Microsoft Graph did not answer within 2 s (Graph:TimeoutSeconds).", error.Message);
    }

    [Fact]
    public async Task A_refused_token_is_reported_without_the_token()
    {
        await using var harness = await Harness.StartAsync();
        const string wrong = "wrong-token-Kq81";

        var error = await Assert.ThrowsAsync<StoreException>(() => harness.Store(overrides: ("Graph:AccessToken", wrong)).ResolveAsync());

        Assert.Equal($"{Harness.IntakeUrl}: Microsoft Graph answered 401 Unauthorized (InvalidAuthenticationToken: Access token validation failure. Invalid audience.): the credential was refused; check Graph:TenantId, Graph:ClientId and the secret, certificate or token, and that the token was issued for 127.0.0.1.", error.Message);
        Assert.DoesNotContain(wrong, error.ToString());
    }
}
