using System.Runtime.CompilerServices;
using CopOffice.Responses;
using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Store;

namespace CopOffice.Intake.Tests;

/// <summary>Downloads run ahead of judging, many at once; what waits in memory stays within its byte budget.</summary>
public sealed class DownloadBoundTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task Files_waiting_to_be_judged_never_hold_more_than_the_budget()
    {
        var store = new Library(Enumerable.Range(1, 24).Select(i => ($"member-{i:D2}.xlsx", 10 * Megabyte)).ToArray());

        var run = new IntakeRun(IntakeRules.Default, new IntakeLimits { MaxBytesWaiting = 30 * Megabyte });
        await run.ReadAsync(store);
        var ledger = run.ToLedger();

        Assert.Equal(24, ledger.Accepted.Count());
        // Sixteen downloads may be in flight, but only three 10 MB files fit the 30 MB budget at once; at least two
        // were held together (downloads ran ahead of judging), however busy the machine.
        Assert.InRange(store.MostHeld, 20 * Megabyte, 30 * Megabyte);
        Assert.Equal(0, store.Held);
    }

    [Fact]
    public async Task A_file_larger_than_the_budget_is_read_alone()
    {
        var store = new Library(("a.xlsx", 10 * Megabyte), ("b.xlsx", 10 * Megabyte), ("export.xlsx", 50 * Megabyte), ("c.xlsx", 10 * Megabyte), ("d.xlsx", 10 * Megabyte));

        var run = new IntakeRun(IntakeRules.Default, new IntakeLimits { MaxBytesWaiting = 30 * Megabyte });
        await run.ReadAsync(store);
        var ledger = run.ToLedger();

        Assert.Equal(["a.xlsx", "b.xlsx", "export.xlsx", "c.xlsx", "d.xlsx"], ledger.Entries.Select(e => e.Source.Path));
        Assert.Equal(0, store.HeldBeside["export.xlsx"]);
    }

    [Fact]
    public async Task A_wait_given_up_passes_its_turn_to_the_next()
    {
        var budget = new ByteBudget(100);
        var first = await budget.EnterAsync(80, CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var large = budget.EnterAsync(60, giveUp.Token);
        var small = budget.EnterAsync(20, CancellationToken.None);
        // First come, first served: the 20 bytes that would fit wait behind the 60 that do not.
        Assert.False(small.IsCompleted);

        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => large);
        using var second = await small.WaitAsync(TimeSpan.FromSeconds(5));
        first.Dispose();
        using var third = await budget.EnterAsync(80, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>A library whose files claim the sizes given; each holds a filled survey. Counts what is open at once.</summary>
    private sealed class Library(params (string Name, long Size)[] files) : IDocumentStore
    {
        private readonly object _lock = new();
        // Made before the run: ClosedXML builds one workbook at a time, which would slow the downloads down.
        private readonly Dictionary<string, byte[]> _surveys = files.ToDictionary(f => f.Name,
            f => TemplateFiles.FilledSurvey(a => a[Questionnaires.AnswerNames.Email] = $"{Path.GetFileNameWithoutExtension(f.Name)}@contoso.example"));
        public long Held { get; private set; }
        public long MostHeld { get; private set; }
        public Dictionary<string, long> HeldBeside { get; } = [];

        public string Description => "the test library";
        public int MaxConcurrentReads => 16;

        public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var (name, size) in files) yield return new StoredFile(name, name, size, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
            await Task.CompletedTask;
        }

        public async Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default)
        {
            await Task.Delay(5, cancellationToken);
            var survey = _surveys[file.Path];
            lock (_lock)
            {
                HeldBeside[file.Path] = Held;
                Held += file.Size;
                MostHeld = Math.Max(MostHeld, Held);
            }
            return new Counted(survey, () => { lock (_lock) Held -= file.Size; });
        }

        public Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    /// <summary>A download that is slower to judge than to fetch (its first read waits), as a large export is.</summary>
    private sealed class Counted(byte[] bytes, Action closed) : MemoryStream(bytes)
    {
        private bool _closed, _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!_read) Thread.Sleep(30);
            _read = true;
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            if (!_read) Thread.Sleep(30);
            _read = true;
            return base.Read(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                closed();
            }
            base.Dispose(disposing);
        }
    }
}
