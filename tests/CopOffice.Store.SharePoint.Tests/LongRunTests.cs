using CopOffice.FakeGraph;
using CopOffice.Intake;
using CopOffice.Pipeline;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Templates;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary>A long run against a library across the internet: throttled hard, or stopped part-way.</summary>
public sealed class LongRunTests
{
    private const int Surveys = 24;

    [Fact]
    public async Task A_429_storm_slows_every_request_and_loses_no_file_and_the_progress_says_it_waits()
    {
        await using var harness = await Harness.StartAsync();
        Fill(harness);
        using var store = harness.Store(options: harness.Options with { PageSize = 200 });
        harness.Server.Latency = TimeSpan.FromMilliseconds(50);
        // Twelve downloads answered "429, retry after 1 s", as SharePoint throttles a burst.
        harness.Server.Inject(new Fault("GET", "/download/", 429, retryAfter: 1, times: 12));
        var progress = new Recorded();

        var ledger = await IntakeRun.LedgerAsync(store, IntakeRules.Default, progress: progress);

        Assert.Equal(Surveys, ledger.Entries.Count);
        Assert.Equal(Surveys, ledger.Accepted.Count());
        Assert.Contains(progress.Reports, p => p.ThrottledUntil is not null);
        Assert.Equal(new IntakeProgress(Surveys, true, Surveys, Surveys, "member-24.xlsx"), progress.Reports[^1] with { ThrottledUntil = null });
        // The pause held every download, not just the throttled ones: none was sent while it lasted.
        var throttled = harness.Server.FileRequests.OrderBy(r => r.At).First().At;
        Assert.DoesNotContain(harness.Server.FileRequests, r => r.At > throttled + TimeSpan.FromMilliseconds(300) && r.At < throttled + TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task A_run_stopped_while_reading_publishes_nothing()
    {
        await using var harness = await Harness.StartAsync();
        Fill(harness);
        harness.Server.Latency = TimeSpan.FromMilliseconds(100);
        using var stop = new CancellationTokenSource();
        var progress = new Stopping(stop, p => p.Reading is { Judged: >= 6 });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(harness, progress, stop.Token));

        Assert.Empty(Reports(harness));
        Assert.Empty(harness.Server.OpenSessions);
        // Nothing arrives after the run has returned: every download it started was stopped and waited for.
        var requests = harness.Server.Requests.Count;
        await Task.Delay(300);
        Assert.Equal(requests, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task A_run_stopped_while_publishing_leaves_only_whole_reports()
    {
        await using var harness = await Harness.StartAsync();
        Fill(harness);
        harness.Server.Latency = TimeSpan.FromMilliseconds(100);
        using var stop = new CancellationTokenSource();
        var progress = new Stopping(stop, p => p.Stage == ReportStage.Writing && p.Done >= 1);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(harness, progress, stop.Token));

        // What was committed before the stop is a whole workbook (the first, at least); nothing half-uploaded is left open.
        Assert.NotEmpty(Reports(harness));
        Assert.All(Reports(harness), r => Assert.NotEmpty(Sheets.Rows(r.Content, "About")));
        Assert.Empty(harness.Server.OpenSessions);
    }

    private static async Task RunAsync(Harness harness, IProgress<ReportProgress> progress, CancellationToken cancellationToken)
    {
        using var source = harness.Store(options: harness.Options with { PageSize = 200 });
        // Reports go up in upload sessions of a few slices each, so that a stop can fall in the middle of one.
        using var reports = harness.Store(Harness.ReportsUrl, harness.Options with { UploadChunkSize = 8192 });
        await ReportRun.RunAsync(source, new ReportDestinations(reports), new ReportOptions(), progress, cancellationToken);
    }

    private static List<FakeItem> Reports(Harness harness) => [.. harness.Reports.Items.Values.Where(i => !i.IsFolder && !i.Deleted)];

    /// <summary>Twenty-four value surveys in Intake, one per member, in two communities.</summary>
    private static void Fill(Harness harness)
    {
        var filler = new TemplateFiller();
        for (var i = 1; i <= Surveys; i++)
        {
            var answers = new Dictionary<string, object?>
            {
                [AnswerNames.Name] = $"Member {i}",
                [AnswerNames.Email] = $"member{i}@contoso.example",
                [AnswerNames.Community] = i % 2 == 0 ? "Data Science" : "Field Service",
                [AnswerNames.Period] = "2026-Q4",
                [AnswerNames.Consent] = Consent.Anonymous,
            };
            foreach (var indicator in Framework.ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = 1 + (i + indicator.Id.Length) % 5;
            using var stream = new MemoryStream();
            filler.Fill(TemplateKind.ValueSurvey, answers, stream);
            harness.SharePoint.Put(harness.Documents, $"Intake/member-{i:D2}.xlsx", stream.ToArray());
        }
    }

    private sealed class Recorded : IProgress<IntakeProgress>
    {
        public List<IntakeProgress> Reports { get; } = [];
        public void Report(IntakeProgress value) { lock (Reports) Reports.Add(value); }
    }

    /// <summary>Stops the run (as Ctrl+C does) the first time its progress meets <paramref name="when"/>.</summary>
    private sealed class Stopping(CancellationTokenSource stop, Func<ReportProgress, bool> when) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            if (when(value)) stop.Cancel();
        }
    }
}
