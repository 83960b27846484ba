using System.Globalization;

namespace CopOffice.Aggregation;

public enum ReadinessVerdict { Ready, PartlyReady, NotYet, NotRated }

/// <summary>
/// The verdict on a readiness theme, from the mean of its statements on the agreement scale: ready from 4
/// (agree), partly ready from 3 (neither), not yet below 3; not rated when no statement has a 1–5 rating.
/// </summary>
public static class ReadinessVerdicts
{
    public const double Ready = 4;
    public const double PartlyReady = 3;

    public static ReadinessVerdict Of(Statistics statistics) => statistics.Mean switch
    {
        null => ReadinessVerdict.NotRated,
        >= Ready => ReadinessVerdict.Ready,
        >= PartlyReady => ReadinessVerdict.PartlyReady,
        _ => ReadinessVerdict.NotYet,
    };

    public static string Text(this ReadinessVerdict verdict) => verdict switch
    {
        ReadinessVerdict.Ready => "ready",
        ReadinessVerdict.PartlyReady => "partly ready",
        ReadinessVerdict.NotYet => "not yet",
        ReadinessVerdict.NotRated => "not rated",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>The rule in words, for the About sheet and the reports' notes.</summary>
    public static string Rule { get; } =
        $"A readiness theme's verdict comes from the mean of its statements (1–5, n/a left out): ready from {Ready.ToString("0", CultureInfo.InvariantCulture)} (agree), " +
        $"partly ready from {PartlyReady.ToString("0", CultureInfo.InvariantCulture)} (neither agree nor disagree), not yet below that; not rated when no statement is rated. " +
        "Readiness is asked by the forming check, when a community forms or is piloted and then once a year; health checks of version 1 asked it every period and are still read.";
}
