namespace CopOffice.Store.SharePoint.Tests;

public class ListingTests
{
    private static async Task<List<StoredFile>> ListAsync(IDocumentStore store)
    {
        var files = new List<StoredFile>();
        await foreach (var file in store.ListAsync()) files.Add(file);
        return files;
    }

    [Fact]
    public async Task A_folder_is_listed_recursively_page_by_page_with_every_file()
    {
        await using var harness = await Harness.StartAsync();
        var sp = harness.SharePoint;
        foreach (var name in new[] { "e.xlsx", "a.xlsx", "notes.txt", "c.xlsm", "b.csv" }) sp.Put(harness.Documents, $"Intake/{name}", name);
        sp.Put(harness.Documents, "Intake/2026/Q1/x.xlsx", "x");
        sp.Put(harness.Documents, "Intake/2026/y.xls", "y");
        sp.Put(harness.Documents, "Elsewhere/z.xlsx", "z");

        var files = await ListAsync(harness.Store(options: harness.Options with { StateFolder = null }));

        Assert.Equal(["2026/Q1/x.xlsx", "2026/y.xls", "a.xlsx", "b.csv", "c.xlsm", "e.xlsx", "notes.txt"], files.Select(f => f.Path));
        var a = harness.Documents.ByPath(harness.Documents.RootId, "Intake/a.xlsx")!;
        Assert.Equal(new StoredFile(a.Id, "a.xlsx", 6, a.LastModified) { Version = a.CTag, WebUrl = "https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Intake/a.xlsx" }, files[2]);
        // Page size 2: Intake has 6 children (3 pages), 2026 has 2 (1 page), Q1 has 1 (1 page).
        var children = harness.Server.GraphRequests.Where(r => r.PathAndQuery.Contains("/children", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, children.Count);
        Assert.Equal(2, children.Count(r => r.PathAndQuery.Contains("skiptoken", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rerun_fetches_only_the_changes_and_reports_only_the_changed_workbook()
    {
        await using var harness = await Harness.StartAsync();
        var sp = harness.SharePoint;
        foreach (var name in new[] { "a.xlsx", "b.xlsx", "c.xlsx" }) sp.Put(harness.Documents, $"Intake/{name}", "v1 " + name);
        sp.Put(harness.Documents, "Intake/2026/d.xlsx", "v1 d");

        var first = await harness.Store().SyncAsync();
        Assert.True(first.IsFull);
        Assert.Equal("no state from a previous run", first.FullReason);
        Assert.Equal(4, first.Changed.Count);
        Assert.True(File.Exists(first.StateFile));

        var b = sp.Put(harness.Documents, "Intake/b.xlsx", "v2 b");
        sp.Put(harness.Documents, "Elsewhere/z.xlsx", "outside the folder");
        var before = harness.Server.Requests.Count;

        var second = await harness.Store().SyncAsync();

        Assert.False(second.IsFull);
        Assert.Null(second.FullReason);
        Assert.Equal(["b.xlsx"], second.Changed.Select(f => f.Path));
        Assert.Equal(b.CTag, second.Changed[0].Version);
        Assert.Empty(second.Removed);
        Assert.Equal(first.Files.Select(f => (f.Id, f.Path)), second.Files.Select(f => (f.Id, f.Path)));
        var requests = harness.Server.Requests.Skip(before).ToList();
        Assert.DoesNotContain(requests, r => r.PathAndQuery.Contains("/children", StringComparison.Ordinal) || r.Host == "files");
        Assert.Contains(requests, r => r.PathAndQuery.Contains("/root/delta?token=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deletes_moves_in_and_out_and_renames_are_followed_across_delta_pages()
    {
        await using var harness = await Harness.StartAsync();
        var sp = harness.SharePoint;
        var drive = harness.Documents;
        sp.Put(drive, "Intake/a.xlsx", "a");
        var b = sp.Put(drive, "Intake/b.xlsx", "b");
        var old = sp.Put(drive, "Intake/Old/c.xlsx", "c");
        sp.Put(drive, "Archive/2025/d.xlsx", "d");
        sp.Put(drive, "Archive/2025/Deep/e.xlsx", "e");
        await harness.Store().SyncAsync();

        sp.Delete(drive, b);
        sp.Move(drive, drive.ByPath(drive.RootId, "Archive/2025")!, drive.ByPath(drive.RootId, "Intake")!.Id, "From archive");
        sp.Move(drive, drive.ByPath(drive.RootId, "Intake/Old")!, drive.ByPath(drive.RootId, "Archive")!.Id);
        sp.Move(drive, drive.ByPath(drive.RootId, "Intake/a.xlsx")!, drive.ByPath(drive.RootId, "Intake")!.Id, "renamed.xlsx");
        var snapshot = await harness.Store().SyncAsync();

        Assert.False(snapshot.IsFull);
        Assert.Equal(["From archive/Deep/e.xlsx", "From archive/d.xlsx", "renamed.xlsx"], snapshot.Files.Select(f => f.Path));
        // The renamed file kept its content: not changed. The moved-in folder's files are new to this folder.
        Assert.Equal(["From archive/Deep/e.xlsx", "From archive/d.xlsx"], snapshot.Changed.Select(f => f.Path));
        Assert.Equal(["Old/c.xlsx", "b.xlsx"], snapshot.Removed.Select(f => f.Path));
        Assert.Equal(old.Id, snapshot.Removed[0].Id);
        // More than three changes: the delta came in several pages.
        Assert.Contains(harness.Server.GraphRequests, r => r.PathAndQuery.Contains("skip=3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lost_state_or_a_refused_delta_link_means_a_full_run_with_the_same_files()
    {
        await using var harness = await Harness.StartAsync();
        var sp = harness.SharePoint;
        sp.Put(harness.Documents, "Intake/a.xlsx", "a");
        sp.Put(harness.Documents, "Intake/sub/b.xlsx", "b");
        var first = await harness.Store().SyncAsync();

        harness.Documents.OldestValidToken = long.MaxValue;
        var refused = await harness.Store().SyncAsync();
        Assert.True(refused.IsFull);
        Assert.Equal("SharePoint no longer accepts the saved delta link (410: resync required)", refused.FullReason);
        Assert.Empty(refused.Changed); // compared with the state it had: nothing changed
        harness.Documents.OldestValidToken = 0;

        File.WriteAllText(first.StateFile!, "{ not json");
        var unreadable = await harness.Store().SyncAsync();
        Assert.True(unreadable.IsFull);
        Assert.StartsWith($"the state file {first.StateFile} could not be read (", unreadable.FullReason);

        File.Delete(first.StateFile!);
        var lost = await harness.Store().SyncAsync();
        Assert.True(lost.IsFull);
        Assert.Equal(2, lost.Changed.Count);

        Assert.All(new[] { refused, unreadable, lost }, s => Assert.Equal(first.Files, s.Files));
    }

    [Fact]
    public async Task A_rerun_confirms_the_remembered_folder_with_one_request_before_its_delta()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        await harness.Store().SyncAsync();
        var before = harness.Server.Requests.Count;

        var second = await harness.Store().SyncAsync();

        Assert.False(second.IsFull);
        // The folder by its path in the remembered library, then the delta: no site or library lookup.
        var requests = harness.Server.Requests.Skip(before).Select(r => r.PathAndQuery).ToList();
        Assert.Equal(2, requests.Count);
        Assert.StartsWith($"/v1.0/drives/{harness.Documents.Id}/root:/Intake?", requests[0]);
        Assert.Contains("/root/delta?token=", requests[1]);
    }

    [Fact]
    public async Task A_folder_replaced_under_the_same_address_is_resolved_again_and_its_own_files_listed()
    {
        await using var harness = await Harness.StartAsync();
        var sp = harness.SharePoint;
        var drive = harness.Documents;
        sp.Put(drive, "Intake/old.xlsx", "old");
        await harness.Store().SyncAsync();
        // Intake renamed, and a new Intake made in its place: the address now leads to another folder.
        sp.Move(drive, drive.ByPath(drive.RootId, "Intake")!, drive.RootId, "Intake 2025");
        sp.Put(drive, "Intake/new.xlsx", "new");
        var before = harness.Server.Requests.Count;

        var snapshot = await harness.Store().SyncAsync();

        Assert.Equal(["new.xlsx"], snapshot.Files.Select(f => f.Path));
        Assert.Contains(harness.Server.Requests.Skip(before), r => r.PathAndQuery.StartsWith("/v1.0/sites/contoso.sharepoint.com:/sites/CoP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_remembered_folder_means_a_full_resolution()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        await harness.Store().SyncAsync();
        foreach (var file in Directory.GetFiles(harness.StateFolder, "*.location.json")) File.WriteAllText(file, "{ not json");

        var snapshot = await harness.Store().SyncAsync();

        Assert.Equal(["a.xlsx"], snapshot.Files.Select(f => f.Path));
        Assert.Single(Directory.GetFiles(harness.StateFolder, "*.location.json"));
    }
}
