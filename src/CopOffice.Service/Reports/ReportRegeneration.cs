using CopOffice.Service.Hosting;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Reports;

/// <summary>
/// Regenerates the reports after submissions (debounced: a burst of submissions makes one run, once no new
/// one has come for <see cref="ReportSettings.Debounce"/>, and at the latest <see cref="ReportSettings.MaxDelay"/>
/// after the first; see <see cref="RegenerationPolicy"/>) and every <see cref="ReportSettings.Interval"/>.
/// A failed run is logged and the job carries on: the next submission or the schedule tries again.
/// </summary>
public sealed class ReportRegeneration(
    ReportTrigger trigger,
    IOptions<ServiceOptions> options,
    ILogger<ReportRegeneration> logger,
    TimeProvider clock,
    IServiceProvider services) : BackgroundService
{
    private readonly IReportPipeline? _pipeline = services.GetService<IReportPipeline>();
    // The periods submissions touched since the last run: each one's reports are written again.
    private readonly HashSet<CopOffice.Responses.Period> _pending = [];

    /// <summary>Runs completed so far, and how the last one ended.</summary>
    public int Runs { get; private set; }
    public string? LastOutcome { get; private set; }
    public bool Enabled => _pipeline is not null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_pipeline is null)
        {
            logger.LogWarning("Report regeneration is off: this build of CopOffice has no report pipeline registered (IReportPipeline). Submissions are stored; run reports separately.");
            return;
        }
        var settings = options.Value.Reports;
        var policy = new RegenerationPolicy(settings.Debounce, settings.MaxDelay);
        logger.LogInformation("Reports are regenerated {Debounce} after the last submission, at most {MaxDelay} after the first{Schedule}.",
            settings.Debounce, settings.MaxDelay, settings.Interval > TimeSpan.Zero ? $" and every {settings.Interval}" : "");

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = settings.Interval > TimeSpan.Zero ? settings.Interval : Timeout.InfiniteTimeSpan;
            var signalled = await WaitForSignal(wait, stoppingToken);
            if (stoppingToken.IsCancellationRequested) break;
            if (signalled)
            {
                // Debounce: wait until submissions have stopped coming for a while, or the first has waited long enough.
                var first = clock.GetUtcNow();
                var last = first;
                for (var pause = policy.Wait(first, last, first); pause > TimeSpan.Zero && !stoppingToken.IsCancellationRequested;
                     pause = policy.Wait(first, last, clock.GetUtcNow()))
                {
                    if (await WaitForSignal(pause, stoppingToken)) last = clock.GetUtcNow();
                }
                if (stoppingToken.IsCancellationRequested) break;
                await Run("after submissions", stoppingToken);
            }
            else
            {
                await Run("on schedule", stoppingToken);
            }
        }
    }

    /// <summary>True when a signal came within <paramref name="timeout"/> (all pending ones are taken), false when it ran out.</summary>
    private async Task<bool> WaitForSignal(TimeSpan timeout, CancellationToken stoppingToken)
    {
        // The service's clock measures the wait, as it measures the debounce.
        using var timer = timeout == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(timeout, clock);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
        try
        {
            if (!await trigger.Signals.WaitToReadAsync(window.Token)) return false;
            while (trigger.Signals.TryRead(out var change))
                if (change.Period is { } period) _pending.Add(period);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task Run(string why, CancellationToken stoppingToken)
    {
        try
        {
            var periods = _pending.ToList();
            _pending.Clear();
            var outcome = await _pipeline!.RunAsync(periods, stoppingToken);
            LastOutcome = outcome;
            logger.LogInformation("Reports regenerated {Why}: {Outcome}", why, outcome);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            // The job outlives a failed run (a store that is briefly unreachable, a bug in one report):
            // it is logged in full and retried on the next trigger or schedule.
            LastOutcome = $"failed: {e.Message}";
            logger.LogError(e, "Report regeneration {Why} failed", why);
        }
        Runs++;
    }
}
