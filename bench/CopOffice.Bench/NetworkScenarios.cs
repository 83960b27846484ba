using System.Diagnostics;
using CopOffice.FakeGraph;
using CopOffice.Intake;
using CopOffice.Responses;
using CopOffice.Store.SharePoint;
using CopOffice.Store.SharePoint.Configuration;
using CopOffice.Store.SharePoint.Graph;
using Microsoft.Extensions.Configuration;

namespace CopOffice.Bench;

/// <summary>
/// The intake over a SharePoint library as a user waits for it: the filled value surveys put in a library of
/// the fake Graph server (tests/CopOffice.FakeGraph), read through the real Graph SDK with every request
/// answered after <c>latency</c>, as a tenant across the internet answers. The server runs in the same
/// process and takes its share of the two cores. Only the run is timed, not filling the library.
/// </summary>
internal static class NetworkScenarios
{
    private const string Library = "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake";

    /// <summary>A first run (no state) over <paramref name="files"/> templates; with <paramref name="rerun"/>, the run after it, nothing changed.</summary>
    public static long Intake(string folder, int files, TimeSpan latency, bool rerun, Action<TimeSpan> took)
    {
        var state = Path.Combine(Path.GetTempPath(), "copoffice-bench-state-" + Guid.NewGuid().ToString("N"));
        try
        {
            return RunAsync(folder, files, latency, rerun, state, took).GetAwaiter().GetResult();
        }
        finally
        {
            if (Directory.Exists(state)) Directory.Delete(state, recursive: true);
        }
    }

    private static async Task<long> RunAsync(string folder, int files, TimeSpan latency, bool rerun, string state, Action<TimeSpan> took)
    {
        await using var server = await FakeGraphServer.StartAsync();
        var site = server.SharePoint.AddSite("contoso.sharepoint.com", "/sites/CoP", "Documents=Shared Documents");
        var templates = Directory.GetFiles(Path.Combine(folder, BenchInputs.TemplatesFolder)).Order().Take(files).ToList();
        if (templates.Count < files) throw new InvalidOperationException($"{files} templates asked for, {templates.Count} in {folder}: run with --templates {files} or more.");
        foreach (var file in templates) server.SharePoint.Put(site.Drives[0], "Intake/" + Path.GetFileName(file), File.ReadAllBytes(file));
        // SharePoint's delta pages hold 200 items by default.
        server.DeltaPageSize = 200;
        server.Latency = latency;

        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = server.BaseUrl,
            ["Graph:Credential"] = "token",
            ["Graph:AccessToken"] = FakeGraphServer.Token,
        }).Build();
        var options = SharePointStoreOptions.From(settings) with { StateFolder = state };
        Ledger Read()
        {
            using var connection = GraphConnection.Open(GraphSettings.From(settings));
            using var store = new SharePointStore(Library, connection, options);
            return IntakeRun.LedgerAsync(store, IntakeRules.Default).GetAwaiter().GetResult();
        }

        if (rerun) Read();
        var watch = Stopwatch.StartNew();
        var ledger = Read();
        took(watch.Elapsed);
        Scenarios.Keep(ledger);
        return ledger.Entries.Count;
    }
}
