using CopOffice.Service.Reports;
using CopOffice.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CopOffice.Service.Tests;

/// <summary>The background job: debounced after submissions, on a schedule, and carrying on after a failed run.</summary>
public sealed class ReportRegenerationTests
{
    /// <summary>A pipeline that counts its runs and notes, on the job's clock, when each began.</summary>
    private sealed class CountingPipeline(TimeProvider? clock = null, Exception? failure = null) : IReportPipeline
    {
        private int _runs;
        public int Runs => Volatile.Read(ref _runs);
        public List<string> Periods { get; } = [];
        public List<DateTimeOffset> Started { get; } = [];

        public Task<string> RunAsync(IReadOnlyCollection<Responses.Period> periods, CancellationToken cancellationToken)
        {
            lock (Periods)
            {
                Periods.Add(string.Join(",", periods.Order()));
                Started.Add((clock ?? TimeProvider.System).GetUtcNow());
            }
            var run = Interlocked.Increment(ref _runs);
            if (failure is not null) throw failure;
            return Task.FromResult($"run {run}");
        }
    }

    private static ServiceFactory Factory(IReportPipeline pipeline, string debounce, string interval, FakeTimeProvider? clock = null)
    {
        var factory = new DevServiceFactory
        {
            TestServices = s =>
            {
                s.AddSingleton(pipeline);
                if (clock is not null) s.AddSingleton<TimeProvider>(clock);
            },
        };
        factory.Settings["CopOffice:Reports:Debounce"] = debounce;
        factory.Settings["CopOffice:Reports:Interval"] = interval;
        return factory;
    }

    private static async Task Until(Func<bool> condition, int milliseconds = 5000)
    {
        for (var waited = 0; !condition() && waited < milliseconds; waited += 25) await Task.Delay(25);
    }

    /// <summary>
    /// Moves simulated time on by <paramref name="step"/> at a time until <paramref name="condition"/> holds. The job
    /// runs on its own thread, so each step gives it a moment of real time to act on the timers that fell due.
    /// </summary>
    private static async Task Advance(FakeTimeProvider clock, Func<bool> condition, TimeSpan step, TimeSpan limit)
    {
        var end = clock.GetUtcNow() + limit;
        while (!condition() && clock.GetUtcNow() < end)
        {
            clock.Advance(step);
            await Until(condition, 20);
        }
    }

    /// <summary>The service with its report job on a simulated clock, started, and a pipeline that counts runs.</summary>
    private sealed class Simulated : IDisposable
    {
        private Simulated(FakeTimeProvider clock, CountingPipeline pipeline, ServiceFactory factory)
        {
            Clock = clock;
            Pipeline = pipeline;
            Factory = factory;
        }

        public FakeTimeProvider Clock { get; }
        public CountingPipeline Pipeline { get; }
        public ServiceFactory Factory { get; }
        public ReportTrigger Trigger => Factory.Services.GetRequiredService<ReportTrigger>();
        public ReportRegeneration Job => Factory.Services.GetRequiredService<ReportRegeneration>();

        /// <summary>Starts at a fixed time, and gives the job a moment to reach its first wait.</summary>
        public static async Task<Simulated> StartAsync(string debounce, string interval, string? maxDelay = null, Exception? failure = null)
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
            var pipeline = new CountingPipeline(clock, failure);
            var factory = Factory(pipeline, debounce, interval, clock);
            if (maxDelay is not null) factory.Settings["CopOffice:Reports:MaxDelay"] = maxDelay;
            factory.CreateClient();
            await Task.Delay(100);
            return new Simulated(clock, pipeline, factory);
        }

        public void Dispose() => Factory.Dispose();
    }

    [Fact]
    public void A_submission_every_10_s_for_5_minutes_still_gets_runs_at_most_MaxDelay_apart()
    {
        // Simulated time, stepping as the job's loop does: wait as the policy says, or until the next submission.
        var policy = new RegenerationPolicy(Debounce: TimeSpan.FromSeconds(30), MaxDelay: TimeSpan.FromMinutes(2));
        var start = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
        var submissions = Enumerable.Range(0, 30).Select(i => start + TimeSpan.FromSeconds(10 * i)).ToList();
        var runs = new List<TimeSpan>();
        DateTimeOffset? first = null, last = null;
        var now = start;
        var next = 0;
        while (now < start + TimeSpan.FromMinutes(6))
        {
            if (next < submissions.Count && submissions[next] <= now)
            {
                first ??= now;
                last = now;
                next++;
            }
            if (first is { } f && policy.Wait(f, last!.Value, now) == TimeSpan.Zero)
            {
                runs.Add(now - start);
                first = null;
            }
            now += TimeSpan.FromSeconds(1);
        }

        // The first pending submission waits at most 2 minutes; after the last one (4:50) the quiet 30 s end the stream.
        Assert.Equal([TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(4 * 60 + 10), TimeSpan.FromSeconds(5 * 60 + 20)], runs);
    }

    [Fact]
    public async Task A_run_writes_again_every_period_the_submissions_touched()
    {
        using var run = await Simulated.StartAsync(debounce: "00:00:30", interval: "00:00:00");
        var (clock, pipeline, trigger, job) = (run.Clock, run.Pipeline, run.Trigger, run.Job);

        trigger.Changed("a late Q3 survey", new Responses.Period(2026, 3));
        trigger.Changed("a Q4 survey", new Responses.Period(2026, 4));
        trigger.Changed("the Q3 survey again", new Responses.Period(2026, 3));
        await Task.Delay(10);
        await Advance(clock, () => job.Runs == 1, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));
        trigger.Changed("a file that arrived by another way");
        await Task.Delay(10);
        await Advance(clock, () => job.Runs == 2, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));

        Assert.Equal(["2026-Q3,2026-Q4", ""], pipeline.Periods);
    }

    [Fact]
    public async Task A_steady_trickle_of_submissions_cannot_put_the_run_off()
    {
        using var run = await Simulated.StartAsync(debounce: "00:00:01", interval: "00:00:00", maxDelay: "00:00:00.600");
        var (clock, pipeline, trigger) = (run.Clock, run.Pipeline, run.Trigger);

        // A submission every 100 ms of simulated time for 2.5 s: never a quiet second, yet a run comes at least every 0.6 s.
        var start = clock.GetUtcNow();
        for (var i = 0; i < 25; i++)
        {
            trigger.Changed("submission");
            await Task.Delay(10);
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }

        // No run comes sooner than 0.6 s after the first submission it answers: at most one per 0.6 s.
        var started = pipeline.Started.Select(t => t - start).ToList();
        Assert.InRange(started.Count, 2, 4);
        Assert.True(started[0] >= TimeSpan.FromMilliseconds(600), $"first run at {started[0]}");
        Assert.All(started.Zip(started.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(600), $"runs at {pair.First} and {pair.Second}"));
    }

    [Fact]
    public async Task A_burst_of_submissions_makes_one_run_once_they_stop_coming()
    {
        using var run = await Simulated.StartAsync(debounce: "00:00:01.500", interval: "00:00:00");
        var (clock, pipeline, trigger, job) = (run.Clock, run.Pipeline, run.Trigger, run.Job);

        // Five submissions 50 ms apart, then quiet: one run, 1.5 s after the last.
        for (var i = 0; i < 5; i++)
        {
            trigger.Changed("submission");
            await Task.Delay(10);
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }
        var last = clock.GetUtcNow() - TimeSpan.FromMilliseconds(50);
        await Task.Delay(50);
        Assert.Equal(0, pipeline.Runs);
        await Advance(clock, () => job.Runs == 1, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        Assert.Equal(1, pipeline.Runs);
        Assert.InRange(pipeline.Started[0] - last, TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(1700));
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        Assert.Equal(1, pipeline.Runs);
        Assert.Equal("run 1", job.LastOutcome);

        trigger.Changed("another submission");
        await Task.Delay(10);
        await Advance(clock, () => job.Runs == 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        Assert.Equal(2, pipeline.Runs);
    }

    [Fact]
    public async Task Reports_are_regenerated_on_the_schedule_without_submissions()
    {
        using var run = await Simulated.StartAsync(debounce: "00:00:30", interval: "06:00:00");
        var (clock, pipeline, job) = (run.Clock, run.Pipeline, run.Job);
        var start = clock.GetUtcNow();

        await Advance(clock, () => job.Runs >= 3, TimeSpan.FromMinutes(30), TimeSpan.FromHours(24));

        Assert.Equal([TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(18)], pipeline.Started.Select(t => t - start));
    }

    [Fact]
    public async Task A_failed_run_is_recorded_and_the_job_carries_on()
    {
        using var run = await Simulated.StartAsync(debounce: "00:00:30", interval: "00:00:00", failure: new IOException("The reports folder is locked."));
        var (clock, pipeline, trigger, job) = (run.Clock, run.Pipeline, run.Trigger, run.Job);

        trigger.Changed("submission");
        await Task.Delay(10);
        await Advance(clock, () => job.Runs == 1, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));
        Assert.Equal("failed: The reports folder is locked.", job.LastOutcome);
        trigger.Changed("submission");
        await Task.Delay(10);
        await Advance(clock, () => job.Runs == 2, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));
        Assert.Equal(2, pipeline.Runs);
    }

    [Fact]
    public async Task Submissions_become_reports_through_the_same_pipeline_as_copoffice_report()
    {
        using var factory = new DevServiceFactory();
        factory.Settings["CopOffice:Reports:Debounce"] = "00:00:00.100";
        factory.Settings["CopOffice:Reports:Interval"] = "00:00:00";
        factory.Settings["CopOffice:Reports:MembersFolder"] = "members";
        factory.Settings["CopOffice:Reports:LedgerFolder"] = "admin";
        var client = factory.CreateClient();
        var job = factory.Services.GetRequiredService<ReportRegeneration>();
        Assert.True(job.Enabled);

        var response = await client.PostAsync("/api/submissions", WorkbooksApiTests.Body(Workbooks.Survey(Workbooks.ValidSurvey())));
        response.EnsureSuccessStatusCode();
        await Until(() => job.Runs == 1, 20_000);

        var reports = Path.Combine(factory.DataFolder, "reports");
        var data = new LocalFolderStore(factory.DataFolder).Description;
        Assert.Equal($"1 inputs (1 accepted, 0 superseded, 0 rejected); 2 reports for 2026-Q4 written to {data}/reports; 1 personal workbooks to {Path.Combine(data, "members")} (0 newly shared, 0 already shared); the ledger to {Path.Combine(data, "admin")}.", job.LastOutcome);
        Assert.Equal(["communities/Data Science 2026-Q4.xlsx", "organisation/CoP value report 2026-Q4.xlsx"],
            Directory.GetFiles(reports, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(reports, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "members", "ana.lima@contoso.com.xlsx")));
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "admin", "ledger.xlsx")));
    }

    [Fact]
    public async Task A_late_survey_for_last_quarter_rewrites_last_quarters_reports_too()
    {
        using var factory = new DevServiceFactory();
        factory.Settings["CopOffice:Reports:Debounce"] = "00:00:01.500"; // both submissions in one run
        factory.Settings["CopOffice:Reports:Interval"] = "00:00:00";
        var client = factory.CreateClient();
        var job = factory.Services.GetRequiredService<ReportRegeneration>();

        foreach (var period in new[] { "2026-Q4", "2026-Q3" })
            (await client.PostAsync("/api/submissions", WorkbooksApiTests.Body(Workbooks.Survey(Workbooks.ValidSurvey(period: period))))).EnsureSuccessStatusCode();
        // On a loaded machine the two may fall in two runs; either way the last run names Q3, which is not the latest.
        var reports = Path.Combine(factory.DataFolder, "reports", "organisation");
        await Until(() => job.LastOutcome?.Contains("2026-Q3", StringComparison.Ordinal) == true, 60_000);

        Assert.Equal(["CoP value report 2026-Q3.xlsx", "CoP value report 2026-Q4.xlsx"], Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Matches(@"^2 inputs \(2 accepted, 0 superseded, 0 rejected\); 4 reports for 2026-Q4, 2026-Q3 written to", job.LastOutcome);
    }
}
