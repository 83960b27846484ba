using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Intake.Tests;

/// <summary>What people wrote goes to memory up to a bound, then to a temporary file, and reads back exactly.</summary>
public sealed class SpillingSpoolTests
{
    private static byte[] Bytes(int length, int seed) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 31 + seed) % 251))];

    [Fact]
    public void Blocks_read_back_exactly_across_chunks_and_across_memory_and_file()
    {
        using var spool = new SpillingSpool(memoryBytes: 1_500_000);
        // 700 KB blocks: the second crosses the first 1 MB chunk, the third goes past the memory bound to the file.
        byte[][] blocks = [Bytes(700_000, 1), Bytes(700_000, 2), Bytes(700_000, 3), Bytes(5, 4)];

        var positions = blocks.Select(b => spool.Append(b)).ToList();

        Assert.Equal([0L, 700_000L, 1_400_000L, 2_100_000L], positions);
        Assert.Equal((2_100_005L, 700_005L), spool.Size);
        for (var i = blocks.Length - 1; i >= 0; i--)
        {
            var read = new byte[blocks[i].Length];
            spool.Read(positions[i], read);
            Assert.Equal(blocks[i], read);
        }
        var tail = new byte[3];
        spool.Read(2_100_002, tail);
        Assert.Equal(blocks[3][2..], tail);
    }

    [Fact]
    public void The_temporary_file_leaves_nothing_in_the_temporary_folder()
    {
        var folder = Directory.CreateTempSubdirectory("copoffice-spool-test-").FullName;
        try
        {
            using var spool = new SpillingSpool(memoryBytes: 0, folder);
            spool.Append(Bytes(10, 0));

            Assert.Equal((10L, 10L), spool.Size);
            Assert.Empty(Directory.GetFiles(folder));
            var read = new byte[10];
            spool.Read(0, read);
            Assert.Equal(Bytes(10, 0), read);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Blocks_in_the_file_read_back_exactly_on_many_threads_at_once_while_more_are_written()
    {
        using var spool = new SpillingSpool(memoryBytes: 1_000);
        var blocks = Enumerable.Range(0, 2_000).Select(i => Bytes(100 + i % 50, i)).ToArray();
        var positions = blocks.Take(1_000).Select(b => spool.Append(b)).ToList();

        // Views read the spool on all cores; a run may still be appending (another store being read).
        var later = new List<long>();
        var writer = Task.Run(() => { foreach (var block in blocks.Skip(1_000)) later.Add(spool.Append(block)); });
        Parallel.For(0, 8_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            var i = n % 1_000;
            var read = new byte[blocks[i].Length];
            spool.Read(positions[i], read);
            Assert.Equal(blocks[i], read);
        });
        await writer;
        positions.AddRange(later);
        for (var i = 0; i < blocks.Length; i++)
        {
            var read = new byte[blocks[i].Length];
            spool.Read(positions[i], read);
            Assert.Equal(blocks[i], read);
        }
    }

    [Fact]
    public void A_folder_it_cannot_write_to_stops_the_run_and_says_what_to_do()
    {
        using var spool = new SpillingSpool(memoryBytes: 4, "/nonexistent/copoffice");
        spool.Append(Bytes(4, 0));

        var error = Assert.Throws<InvalidOperationException>(() => spool.Append(Bytes(1, 0)));

        Assert.StartsWith("CopOffice keeps what a run read beyond its first 4 bytes in a temporary file in /nonexistent/copoffice, and could not create it: Could not find a part of the path", error.Message);
        Assert.EndsWith("Free some space there, or set TMPDIR to a folder with room that CopOffice may write to.", error.Message);
    }

    [Fact]
    public void Reading_what_was_never_kept_or_after_disposal_is_a_bug_and_says_so()
    {
        var spool = new SpillingSpool(memoryBytes: 100);
        spool.Append(Bytes(10, 0));

        Assert.Equal("position", Assert.Throws<ArgumentOutOfRangeException>(() => spool.Read(5, new byte[6])).ParamName);
        Assert.Equal("position", Assert.Throws<ArgumentOutOfRangeException>(() => spool.Read(-1, new byte[1])).ParamName);
        spool.Dispose();
        Assert.Throws<ObjectDisposedException>(() => spool.Read(0, new byte[1]));
        Assert.Throws<ObjectDisposedException>(() => spool.Append([1]));
    }

    [Fact]
    public async Task A_run_that_keeps_everything_in_the_file_reads_the_same_ledger()
    {
        var folder = Directory.CreateTempSubdirectory("copoffice-spill-").FullName;
        try
        {
            for (var i = 0; i < 3; i++)
                File.WriteAllBytes(Path.Combine(folder, $"m{i}.xlsx"), TemplateFiles.FilledSurvey(a =>
                {
                    a[AnswerNames.Email] = $"m{i}@example.org";
                    a[AnswerNames.Story("activities")] = $"Story {i}: saved {i + 2} hours – « merci » 😀";
                    a[AnswerNames.Enablers] = $"Enabler {i}";
                }));

            var inMemory = await IntakeRun.LedgerAsync(new LocalFolderStore(folder), IntakeRules.Default);
            var spilled = await IntakeRun.LedgerAsync(new LocalFolderStore(folder), IntakeRules.Default, new IntakeLimits { SpoolMemoryBytes = 0 });

            Assert.Equal(
                ["Story 0: saved 2 hours – « merci » 😀|Enabler 0", "Story 1: saved 3 hours – « merci » 😀|Enabler 1", "Story 2: saved 4 hours – « merci » 😀|Enabler 2"],
                spilled.Accepted.Select(r => $"{r.Text(AnswerNames.Story("activities"))}|{r.Text(AnswerNames.Enablers)}"));
            Assert.Equal(inMemory.Accepted.Select(r => r.Texts.ToList()), spilled.Accepted.Select(r => r.Texts.ToList()));
            Assert.Equal(inMemory.Entries.Select(e => (e.Source, e.Status, string.Join("|", e.Findings))), spilled.Entries.Select(e => (e.Source, e.Status, string.Join("|", e.Findings))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
