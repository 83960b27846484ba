using System.Text;

namespace CopOffice.Store.Tests;

public sealed class LocalFolderStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "copoffice-store-" + Guid.NewGuid().ToString("N"));

    public LocalFolderStoreTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "intake", "data-science"));
        File.WriteAllText(Path.Combine(_root, "intake", "data-science", "b.xlsx"), "b");
        File.WriteAllText(Path.Combine(_root, "intake", "a.xlsx"), "a");
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Lists_every_file_below_the_root_by_path_with_slashes()
    {
        var files = await List(new LocalFolderStore(_root));

        Assert.Equal(["intake/a.xlsx", "intake/data-science/b.xlsx", "notes.txt"], files.Select(f => f.Path));
        Assert.Equal(1, files[0].Size);
        Assert.StartsWith("file:///", files[0].WebUrl);
    }

    [Fact]
    public async Task Publishing_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var store = new LocalFolderStore(_root);

        var published = await store.PublishAsync("reports/org.xlsx", new MemoryStream(Encoding.UTF8.GetBytes("first")));
        await store.PublishAsync("reports/org.xlsx", new MemoryStream(Encoding.UTF8.GetBytes("second")));

        Assert.Equal("reports/org.xlsx", published.Path);
        Assert.Equal("second", File.ReadAllText(Path.Combine(_root, "reports", "org.xlsx")));
        Assert.Equal(["org.xlsx"], Directory.GetFiles(Path.Combine(_root, "reports")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_path_that_leads_outside_the_folder_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new LocalFolderStore(_root).PublishAsync("../escape.xlsx", new MemoryStream()));
        Assert.StartsWith("The path '../escape.xlsx' leads outside the store's folder.", error.Message);
    }

    [Fact]
    public async Task A_missing_file_is_unavailable_with_a_reason()
    {
        var store = new LocalFolderStore(_root);
        var file = (await List(store))[0];
        File.Delete(Path.Combine(_root, "intake", "a.xlsx"));

        var error = await Assert.ThrowsAsync<DocumentUnavailableException>(() => store.OpenReadAsync(file));
        Assert.Same(file, error.File);
    }

    [Fact]
    public async Task A_subfolder_is_a_store_of_its_own()
    {
        var intake = new SubfolderStore(new LocalFolderStore(_root), "intake");

        var files = await List(intake);
        var published = await intake.PublishAsync("reports/x.xlsx", new MemoryStream([1, 2, 3]));

        Assert.Equal(["a.xlsx", "data-science/b.xlsx"], files.Select(f => f.Path));
        Assert.Equal("b", new StreamReader(await intake.OpenReadAsync(files[1])).ReadToEnd());
        Assert.Equal("reports/x.xlsx", published.Path);
        Assert.True(File.Exists(Path.Combine(_root, "intake", "reports", "x.xlsx")));
        Assert.Equal($"{new LocalFolderStore(_root).Description}/intake", intake.Description);
    }

    private static async Task<List<StoredFile>> List(IDocumentStore store)
    {
        var files = new List<StoredFile>();
        await foreach (var file in store.ListAsync()) files.Add(file);
        return files;
    }
}

public sealed class PrivateFilesTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "copoffice-private-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void New_files_and_folders_are_their_owners_alone_whatever_the_umask()
    {
        if (OperatingSystem.IsWindows()) return; // access lists there, not modes
        var folder = Path.Combine(_dir, "a", "b");

        PrivateFiles.CreateFolder(folder);
        PrivateFiles.WriteAllBytes(Path.Combine(folder, "answers.bin"), [1, 2, 3]);
        using (var stream = PrivateFiles.Open(Path.Combine(folder, "spool.tmp"), FileMode.CreateNew, FileAccess.ReadWrite)) stream.WriteByte(1);

        foreach (var f in new[] { _dir, Path.Combine(_dir, "a"), folder }) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(f));
        var files = Directory.GetFiles(folder);
        Assert.Equal(2, files.Length);
        foreach (var f in files) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f));
    }
}
