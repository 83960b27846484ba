namespace CopOffice.Store.SharePoint.Tests;

/// <summary>A re-run downloads only new or changed workbooks; the rest come from the local content cache.</summary>
public class ContentCacheTests
{
    [Fact]
    public async Task A_second_run_downloads_only_what_changed()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a, first version");
        var changing = harness.SharePoint.Put(harness.Documents, "Intake/b.xlsx", "b, first version");
        harness.SharePoint.Put(harness.Documents, "Intake/c.xlsx", "c");

        Assert.Equal(["a, first version", "b, first version", "c"], await ReadAll(harness.Store()));
        Assert.Equal(3, harness.Server.FileRequests.Count);

        harness.SharePoint.Put(harness.Documents, "Intake/b.xlsx", "b, second version");
        harness.SharePoint.Put(harness.Documents, "Intake/d.xlsx", "d, new");

        Assert.Equal(["a, first version", "b, second version", "c", "d, new"], await ReadAll(harness.Store()));
        Assert.Equal(5, harness.Server.FileRequests.Count);
        Assert.Same(changing, harness.Documents.ChildNamed(changing.ParentId!, "b.xlsx"));
    }

    [Fact]
    public async Task Copies_of_removed_files_and_older_versions_are_deleted()
    {
        await using var harness = await Harness.StartAsync();
        var gone = harness.SharePoint.Put(harness.Documents, "Intake/gone.xlsx", "to be deleted");
        harness.SharePoint.Put(harness.Documents, "Intake/kept.xlsx", "v1");
        await ReadAll(harness.Store());
        harness.SharePoint.Delete(harness.Documents, gone);
        harness.SharePoint.Put(harness.Documents, "Intake/kept.xlsx", "v2");

        Assert.Equal(["v2"], await ReadAll(harness.Store()));

        var cached = Directory.GetFiles(Path.Combine(harness.StateFolder, "content"), "*", SearchOption.AllDirectories);
        Assert.Equal("v2", File.ReadAllText(Assert.Single(cached)));
    }

    [Fact]
    public async Task The_copies_and_the_state_are_their_owners_alone()
    {
        if (OperatingSystem.IsWindows()) return; // access lists there, not modes
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a member's answers");

        await ReadAll(harness.Store());

        var files = Directory.GetFiles(harness.StateFolder, "*", SearchOption.AllDirectories);
        Assert.Equal(3, files.Length); // the sync state, where the address led, and one copy
        foreach (var file in files) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        foreach (var folder in Directory.GetDirectories(harness.StateFolder, "*", SearchOption.AllDirectories).Append(harness.StateFolder))
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Fact]
    public async Task Without_a_state_folder_every_run_downloads_everything()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        var options = harness.Options with { StateFolder = null };

        await ReadAll(harness.Store(options: options));
        await ReadAll(harness.Store(options: options));

        Assert.Equal(2, harness.Server.FileRequests.Count);
    }

    private static async Task<List<string>> ReadAll(SharePointStore store)
    {
        var contents = new List<string>();
        await foreach (var file in store.ListAsync())
            contents.Add(await Harness.ReadAllAsync(await store.OpenReadAsync(file)));
        return contents;
    }
}
