using CopOffice.Intake;

namespace CopOffice.Cli.Reporting;

/// <summary>
/// The time a run's reading has left, at the pace so far: files judged per second since reading began,
/// applied to the files listed but not yet judged. Only once the listing is complete (before, the total is
/// unknown) and a few files and seconds have gone by (before, the pace is mostly start-up).
/// </summary>
internal static class TimeLeft
{
    private const int MinimumJudged = 10;
    private static readonly TimeSpan MinimumElapsed = TimeSpan.FromSeconds(3);

    public static TimeSpan? Estimate(IntakeProgress progress, TimeSpan elapsed)
    {
        if (!progress.ListingDone || progress.Judged < MinimumJudged || progress.Judged >= progress.Listed || elapsed < MinimumElapsed) return null;
        var perSecond = progress.Judged / elapsed.TotalSeconds;
        return TimeSpan.FromSeconds((progress.Listed - progress.Judged) / perSecond);
    }

    /// <summary>"about 15 s left", "about 4 min left", "about 1.5 h left": rounded up, as precise as an estimate is.</summary>
    public static string Words(TimeSpan left) => left.TotalSeconds switch
    {
        < 60 => $"about {Math.Max(5, Math.Ceiling(left.TotalSeconds / 5) * 5):0} s left",
        < 3600 => $"about {Math.Ceiling(left.TotalMinutes):0} min left",
        _ => $"about {Math.Ceiling(left.TotalHours * 2) / 2:0.#} h left",
    };
}
