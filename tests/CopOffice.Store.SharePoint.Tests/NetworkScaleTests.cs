using System.Diagnostics;
using CopOffice.Intake;
using CopOffice.Responses;
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
    public async Task A_bound_out_of_range_is_refused_with_its_setting()
    {
        await using var harness = await Harness.StartAsync();
        var error = Assert.Throws<Configuration.GraphConfigurationException>(() =>
            SharePointStoreOptions.From(harness.Configuration(("Graph:MaxConcurrentDownloads", "500"))));
        Assert.StartsWith("Graph:MaxConcurrentDownloads", error.Message);
    }
}
