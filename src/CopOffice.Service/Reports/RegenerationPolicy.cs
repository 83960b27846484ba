namespace CopOffice.Service.Reports;

/// <summary>
/// When the report job runs after submissions: once none has come for <see cref="Debounce"/>, so that a burst
/// makes one run, and at the latest <see cref="MaxDelay"/> after the first one still waiting, so that a steady
/// trickle of submissions cannot put the run off for ever.
/// </summary>
public sealed record RegenerationPolicy(TimeSpan Debounce, TimeSpan MaxDelay)
{
    /// <summary>How long to wait for another submission before running; zero: run now.</summary>
    /// <param name="firstPending">When the first submission not yet in a run came.</param>
    /// <param name="lastChange">When the latest submission came.</param>
    public TimeSpan Wait(DateTimeOffset firstPending, DateTimeOffset lastChange, DateTimeOffset now)
    {
        var quiet = lastChange + Debounce - now;
        var deadline = firstPending + MaxDelay - now;
        var wait = quiet < deadline ? quiet : deadline;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
