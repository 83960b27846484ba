using CopOffice.Store.SharePoint.Configuration;
using CopOffice.Store.SharePoint.Graph;
using CopOffice.FakeGraph;
using Microsoft.Extensions.Configuration;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary>
/// A fake tenant: site /sites/CoP with the libraries Documents (address "Shared Documents") and Reports,
/// served by a fresh <see cref="FakeGraphServer"/>; stores built on it use the real Graph client.
/// </summary>
internal sealed class Harness : IAsyncDisposable
{
    public const string Host = "contoso.sharepoint.com";
    public const string IntakeUrl = "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake";
    public const string ReportsUrl = "https://contoso.sharepoint.com/sites/CoP/Reports";

    private readonly List<IDisposable> _disposables = [];

    private Harness(FakeGraphServer server)
    {
        Server = server;
        Site = server.SharePoint.AddSite(Host, "/sites/CoP", "Documents=Shared Documents", "Reports");
        StateFolder = Path.Combine(Path.GetTempPath(), "copoffice-sp-" + Guid.NewGuid().ToString("N"));
    }

    public FakeGraphServer Server { get; }
    public FakeSharePoint SharePoint => Server.SharePoint;
    public FakeSite Site { get; }
    public FakeDrive Documents => Site.Drives[0];
    public FakeDrive Reports => Site.Drives[1];
    public string StateFolder { get; }

    public static async Task<Harness> StartAsync() => new(await FakeGraphServer.StartAsync());

    /// <summary>Small sizes so paging, sessions and retries show with little data; short pauses keep tests fast.</summary>
    public SharePointStoreOptions Options => new()
    {
        LargeUploadThreshold = 1024,
        UploadChunkSize = 256,
        PageSize = 2,
        RetryPause = TimeSpan.FromMilliseconds(10),
        StateFolder = StateFolder,
    };

    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = Server.BaseUrl,
            ["Graph:Credential"] = "token",
            ["Graph:AccessToken"] = FakeGraphServer.Token,
            ["Graph:TimeoutSeconds"] = "20",
            ["Graph:MaxRetries"] = "3",
            ["Graph:RetryDelaySeconds"] = "1",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        return settings;
    }

    public IConfiguration Configuration(params (string Key, string? Value)[] overrides) =>
        new ConfigurationBuilder().AddInMemoryCollection(Settings(overrides)).Build();

    public GraphConnection Connection(params (string Key, string? Value)[] overrides)
    {
        var connection = GraphConnection.Open(GraphSettings.From(Configuration(overrides)));
        _disposables.Add(connection);
        return connection;
    }

    public SharePointStore Store(string source = IntakeUrl, SharePointStoreOptions? options = null, params (string Key, string? Value)[] overrides)
    {
        var store = new SharePointStore(source, Connection(overrides), options ?? Options);
        _disposables.Add(store);
        return store;
    }

    public static async Task<string> ReadAllAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in _disposables) disposable.Dispose();
        await Server.DisposeAsync();
        if (Directory.Exists(StateFolder)) Directory.Delete(StateFolder, recursive: true);
    }
}
