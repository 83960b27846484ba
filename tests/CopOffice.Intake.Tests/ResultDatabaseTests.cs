using System.Text.Json;
using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Intake.Tests;

/// <summary>A run's results in a temporary database read back as they were judged, privately, and go when the run ends.</summary>
public sealed class ResultDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "copoffice-results-" + Guid.NewGuid().ToString("N"));

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "copoffice-scratch-" + Guid.NewGuid().ToString("N"));

    public ResultDatabaseTests()
    {
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(_scratch);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_scratch, recursive: true);
    }

    private void Write(string name, byte[] bytes, DateTime modifiedUtc)
    {
        File.WriteAllBytes(Path.Combine(_folder, name), bytes);
        File.SetLastWriteTimeUtc(Path.Combine(_folder, name), modifiedUtc);
    }

    [Fact]
    public async Task A_ledger_over_the_database_reads_as_the_ledger_in_memory()
    {
        var day = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
        Write("ada-1.xlsx", TemplateFiles.FilledSurvey(a => a[AnswerNames.Story("activities")] = "Ran the clinic; \"=cmd\" stays text."), day);
        Write("ada-2.xlsx", TemplateFiles.FilledSurvey(a => a[AnswerNames.Indicator("confidence")] = "n/a"), day.AddDays(9));
        Write("anon.xlsx", TemplateFiles.FilledSurvey(a => { a[AnswerNames.Name] = null; a[AnswerNames.Email] = null; }), day);
        Write("health.xlsx", TemplateFiles.Filled(TemplateKind.HealthCheck, Answers.HealthCheck()), day);
        Write("empty.xlsx", [], day);
        var store = new LocalFolderStore(_folder);
        var inMemory = await IntakeRun.LedgerAsync(store, IntakeRules.Default);

        string path;
        await using (var database = ResultDatabase.CreateTemporary(_scratch))
        {
            path = database.Path;
            var onDisk = await IntakeRun.LedgerAsync(store, IntakeRules.Default, results: database);

            Assert.Equal(["ada-1.xlsx: superseded", "ada-2.xlsx: accepted", "anon.xlsx: accepted-with-warnings", "empty.xlsx: rejected", "health.xlsx: accepted"],
                onDisk.Entries.Select(e => $"{e.Source}: {e.Status.Id()}"));
            Assert.Equal(inMemory.Entries.Select(Json), onDisk.Entries.Select(Json));
            var ada = onDisk.Accepted[0];
            Assert.Equal(Rating.NotApplicable, ada.Ratings[AnswerNames.Indicator("confidence")]);
            Assert.Equal(new DateTimeOffset(day.AddDays(9)), ada.Source.FileTime);
            Assert.Equal("Ran the clinic; \"=cmd\" stays text.", onDisk.Entries[0].Response!.Text(AnswerNames.Story("activities")));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(_scratch));
    }

    [Fact]
    public async Task What_is_read_after_the_run_ended_is_a_bug_and_says_so()
    {
        var database = ResultDatabase.CreateTemporary(_scratch);
        var builder = new LedgerBuilder(database);
        builder.Add(IntakeResult.Unreadable(new Source("a.xlsx"), "Not a workbook."));
        var ledger = builder.Build();
        Assert.Equal("error: Not a workbook. (a.xlsx)", Assert.Single(ledger.Entries[0].Findings).ToString());
        await database.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => ledger.Entries[0]);
    }

    // Records compare dictionaries by reference: the entries are compared as what they hold (their settable fields).
    private static string Json(LedgerEntry entry) => JsonSerializer.Serialize(entry, ResultDatabase.Json);
}
