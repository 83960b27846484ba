using System.Runtime.CompilerServices;
using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Intake.Tests;

/// <summary>A run over a store: every file gets an entry, repeats are superseded, nothing is dropped.</summary>
public sealed class IntakeRunTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "copoffice-intake-" + Guid.NewGuid().ToString("N"));

    public IntakeRunTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, byte[] bytes, DateTime? modifiedUtc = null)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, modifiedUtc ?? new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Every_file_of_a_folder_ends_in_the_ledger_with_its_reason()
    {
        var anonymous = TemplateFiles.FilledSurvey(a => { a[AnswerNames.Name] = null; a[AnswerNames.Email] = null; });
        Write("a/ada-1.xlsx", TemplateFiles.FilledSurvey(), new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc));
        Write("a/ada-2.xlsx", TemplateFiles.FilledSurvey(), new DateTime(2026, 11, 10, 17, 45, 0, DateTimeKind.Utc));
        Write("anon-1.xlsx", anonymous);
        Write("anon-2.xlsx", anonymous);
        Write("b/bob.xlsx", TemplateFiles.FilledSurvey(a => { a[AnswerNames.Name] = "Bob"; a[AnswerNames.Email] = "bob@example.org"; }));
        Write("empty.xlsx", []);
        Write("health.xlsx", TemplateFiles.Filled(TemplateKind.HealthCheck, Answers.HealthCheck()));
        Write("notes.txt", "remember the clinic"u8.ToArray());
        Write("~$ada-1.xlsx", [7, 0x41, 0x64, 0x61, 0x20, 0x20, 0x20, 0x20]);
        var progress = new Recorded();

        var ledger = await IntakeRun.LedgerAsync(new LocalFolderStore(_folder), IntakeRules.Default, progress: progress);

        Assert.Equal(
        [
            "a/ada-1.xlsx: superseded",
            "a/ada-2.xlsx: accepted",
            "anon-1.xlsx: accepted-with-warnings",
            "anon-2.xlsx: accepted-with-warnings",
            "b/bob.xlsx: accepted",
            "empty.xlsx: rejected",
            "health.xlsx: accepted",
            "notes.txt: rejected",
            "~$ada-1.xlsx: rejected",
        ], ledger.Entries.Select(e => $"{e.Source}: {e.Status.Id()}"));
        var superseded = ledger.Entries[0];
        Assert.Equal("a/ada-2.xlsx", superseded.SupersededBy!.Path);
        Assert.Equal("warning: Superseded by a/ada-2.xlsx, a later submission on 2026-11-10 17:45 UTC for the same member, community and period. (a/ada-1.xlsx)", Assert.Single(superseded.Findings).ToString());
        Assert.Equal($"warning: Anonymous response: no name or email. It counts in group figures, but no personal workbook can be made and a repeat cannot be recognised. ({TemplateFiles.Where(AnswerNames.Email, "anon-2.xlsx")})",
            Assert.Single(ledger.Entries[3].Findings).ToString());
        Assert.Equal("error: The file is empty (0 bytes): it was not saved completely or its upload failed. Save it again in Excel and send it again. (empty.xlsx)", Assert.Single(ledger.Entries[5].Findings).ToString());
        Assert.Equal("error: Not a spreadsheet CopOffice reads: only .xlsx, .xlsm, .xls and .csv files are read, not '.txt'. Skipped. (notes.txt)", Assert.Single(ledger.Entries[7].Findings).ToString());
        Assert.Equal("error: An Excel owner file (~$…), not a response: Excel keeps one beside a workbook while someone has it open. Skipped; it disappears once the workbook is closed. (~$ada-1.xlsx)",
            Assert.Single(ledger.Entries[8].Findings).ToString());
        Assert.Equal(4, ledger.Accepted.Count(r => r.Kind == TemplateKind.ValueSurvey));
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 17, 45, 0, TimeSpan.Zero), ledger.Entries[1].Response!.Time);
        // Reported as each file is listed, downloaded and judged: judged in the store's order, never ahead of the listing.
        Assert.Equal(Enumerable.Range(0, 10), progress.Reports.Select(r => r.Judged).Distinct());
        Assert.All(progress.Reports, r => Assert.True(r.Judged <= r.Downloaded && r.Downloaded <= r.Listed, r.ToString()));
        Assert.Equal(new IntakeProgress(9, true, 9, 9, "~$ada-1.xlsx"), progress.Reports[^1]);
    }

    [Fact]
    public async Task The_rules_judge_each_response()
    {
        Write("ada.xlsx", TemplateFiles.FilledSurvey(a => a[AnswerNames.Community] = "Data Sciense"));
        var rules = new IntakeRules { Lists = new OrganisationLists(["Data Science", "Field Service"], []) };

        var ledger = await IntakeRun.LedgerAsync(new LocalFolderStore(_folder), rules);

        var entry = Assert.Single(ledger.Entries);
        Assert.Equal(LedgerStatus.Rejected, entry.Status);
        Assert.Equal($"error: \"Data Sciense\" is not a community the organisation knows; did you mean \"Data Science\"? Choose one of: Data Science, Field Service. ({TemplateFiles.Where(AnswerNames.Community, "ada.xlsx")})",
            Assert.Single(entry.Findings).ToString());
    }

    [Fact]
    public async Task A_store_that_serves_downloads_is_read_file_by_file_and_a_failed_download_is_one_entry()
    {
        var store = new Downloads(
            ("one.xlsx", TemplateFiles.FilledSurvey(), null),
            ("gone.xlsx", [], new IOException("The file was moved.")),
            ("huge.xlsx", new byte[10], null));

        var run = new IntakeRun(IntakeRules.Default, new IntakeLimits { MaxFileBytes = 1_000_000 });
        await run.ReadAsync(store, prefix: "library/");
        var results = run.ToLedger().Entries;

        Assert.Equal(["library/one.xlsx", "library/gone.xlsx", "library/huge.xlsx"], results.Select(r => r.Source.Path));
        Assert.NotNull(results[0].Response);
        Assert.Equal("https://contoso.example/one.xlsx", results[0].Source.WebUrl);
        Assert.Equal("The file could not be read from the test library: The file was moved. Check that it still exists and can be read, then run again.", Assert.Single(results[1].Findings).Message);
        Assert.Equal("The file is 95.4 MB, more than the 976.6 KB CopOffice reads of one file: a filled template or a Forms export is far smaller. Check that this is the right file.", Assert.Single(results[2].Findings).Message);
        // Files are read several at once, so they may be opened in any order; huge.xlsx never is.
        Assert.Equal(["gone.xlsx", "one.xlsx"], store.Opened.Order());
    }

    private sealed class Recorded : IProgress<IntakeProgress>
    {
        public List<IntakeProgress> Reports { get; } = [];
        public void Report(IntakeProgress value) => Reports.Add(value);
    }

    /// <summary>A store like SharePoint: files come as non-seekable downloads; huge.xlsx claims 100,000,000 bytes.</summary>
    private sealed class Downloads(params (string Name, byte[] Bytes, Exception? Failure)[] files) : IDocumentStore
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Opened { get; } = [];

        public string Description => "the test library";

        public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var (name, bytes, _) in files)
                yield return new StoredFile(name, name, name == "huge.xlsx" ? 100_000_000 : bytes.Length, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero))
                { WebUrl = $"https://contoso.example/{name}" };
            await Task.CompletedTask;
        }

        public Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default)
        {
            Opened.Enqueue(file.Path);
            var (_, bytes, failure) = files.Single(f => f.Name == file.Path);
            if (failure is not null) throw failure;
            return Task.FromResult<Stream>(new ForwardOnly(new MemoryStream(bytes)));
        }

        public Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
