using System.Diagnostics;
using CopOffice.Intake;
using CopOffice.Responses;
using CopOffice.FakeGraph;
using Xunit.Abstractions;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary>A first run against a library across the internet: downloads overlap, however few the cores.</summary>
public sealed class NetworkScaleTests(ITestOutputHelper output)
{
    private static async Task<(Ledger Ledger, int MostAtOnce, TimeSpan Took)> ReadAsync(int files, params (string Key, string? Value)[] settings)
    {
        await using var harness = await Harness.StartAsync();
        for (var i = 0; i < files; i++) harness.SharePoint.Put(harness.Documents, $"Intake/member-{i:D3}.xlsx", $"not a workbook {i}");
        harness.Server.DeltaPageSize = 500;
        var options = harness.Options with { PageSize = 500 };
        if (settings.Length > 0) options = SharePointStoreOptions.From(harness.Configuration(settings)) with { StateFolder = harness.StateFolder, PageSize = 500 };
        var store = harness.Store(options: options);
        // Every request waits 200 ms, as across the internet; a download is two (…/content, then the pre-authenticated URL).
        harness.Server.Latency = TimeSpan.FromMilliseconds(200);

        var watch = Stopwatch.StartNew();
        var ledger = await IntakeRun.LedgerAsync(store, IntakeRules.Default);
        return (ledger, harness.Server.MostAtOnce, watch.Elapsed);
    }

    [Fact]
    public async Task Downloads_overlap_up_to_the_store_s_bound_not_the_number_of_cores()
    {
        var (ledger, mostAtOnce, took) = await ReadAsync(48);
        output.WriteLine($"48 files at 200 ms a request: {took.TotalSeconds:0.0} s, {mostAtOnce} requests at once");

        Assert.Equal(48, ledger.Entries.Count);
        Assert.All(ledger.Entries, e => Assert.Equal(LedgerStatus.Rejected, e.Status));
        // Sixteen downloads in flight (the default), far more than this machine's cores, and never more.
        Assert.InRange(mostAtOnce, Math.Min(16, Environment.ProcessorCount + 6), 16);
        Assert.Equal(16, new SharePointStoreOptions().MaxConcurrentDownloads);
    }

    [Fact]
    public async Task The_bound_is_a_setting()
    {
        var (ledger, mostAtOnce, _) = await ReadAsync(12, ("Graph:MaxConcurrentDownloads", "3"));

        Assert.Equal(12, ledger.Entries.Count);
        Assert.InRange(mostAtOnce, 1, 3);
    }

    [Fact]
    public async Task A_429_pauses_every_request_of_the_run_for_its_Retry_After_and_halves_the_requests_in_flight()
    {
        await using var harness = await Harness.StartAsync();
        for (var i = 0; i < 96; i++) harness.SharePoint.Put(harness.Documents, $"Intake/member-{i:D3}.xlsx", $"not a workbook {i}");
        harness.Server.DeltaPageSize = 500;
        var connection = harness.Connection();
        using var store = new SharePointStore(Harness.IntakeUrl, connection, harness.Options with { PageSize = 500 });
        harness.Server.Latency = TimeSpan.FromMilliseconds(200);
        harness.Server.Inject(new Fault("GET", "/download/", 429, retryAfter: 2));

        // Sixteen downloads at a time, none waiting on another (a run's ordered queue would stall behind a
        // throttled file of its own accord; this shows the gate does it for every request).
        var files = (await store.SyncAsync()).Files;
        var contents = new string[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => contents[i] = await Harness.ReadAllAsync(await store.OpenReadAsync(files[i], ct)));

        Assert.Equal(Enumerable.Range(0, 96).Select(i => $"not a workbook {i}"), contents);
        var requests = harness.Server.Requests.OrderBy(r => r.At).ToList();
        var throttled = requests.First(r => r.PathAndQuery.StartsWith("/download/", StringComparison.Ordinal)).At;
        // Requests are recorded as they arrive and answered 200 ms later: those sent before the 429 was answered
        // arrive up to about 200 ms after the throttled one; after that, none until its 2 s are up
        // (without the pause, the other fifteen would have gone on: 96 files take six rounds of 200 ms).
        var during = requests.Where(r => r.At > throttled + TimeSpan.FromMilliseconds(500) && r.At < throttled + TimeSpan.FromMilliseconds(1800)).ToList();
        Assert.Empty(during);
        Assert.Contains(requests, r => r.At >= throttled + TimeSpan.FromSeconds(2));
        // Halved from 64 by the 429, raised by one for each run of 32 successes since.
        Assert.InRange(connection.Throttle.Limit, 32, 36);
    }

    [Fact]
    public async Task A_bound_out_of_range_is_refused_with_its_setting()
    {
        await using var harness = await Harness.StartAsync();
        var error = Assert.Throws<Configuration.GraphConfigurationException>(() =>
            SharePointStoreOptions.From(harness.Configuration(("Graph:MaxConcurrentDownloads", "500"))));
        Assert.StartsWith("Graph:MaxConcurrentDownloads", error.Message);
    }
}
