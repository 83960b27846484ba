using System.Globalization;

namespace CopOffice.Aggregation;

public enum TrendKind { ClearRise, ClearFall, WithinNoise, NotJudged }

/// <summary>How a judgement is worded: a change over time by default, or a difference from another group (peers).</summary>
public sealed record JudgementWords(string Rise, string Fall, string Noise, string Change)
{
    public static JudgementWords OverTime { get; } = new("clear rise", "clear fall", "within noise", "a change");

    public static JudgementWords Beside(string whom) => new($"clearly above {whom}", $"clearly below {whom}", $"within noise of {whom}", "a difference");
}

/// <summary>
/// Whether a change in a mean is a change or noise: Welch's 95% interval of the difference (no equal variances
/// assumed). A clear rise or fall when the interval excludes zero; within noise otherwise, with the respondents on
/// each side that would tell a change of this size; no judgement below <see cref="Minimum"/> on either side.
/// </summary>
public sealed record TrendJudgement(TrendKind Kind, double? Low, double? High, string Words)
{
    /// <summary>Respondents on each side below which no judgement is made: an interval from fewer is too wide to read.</summary>
    public const int Minimum = 10;

    /// <param name="earlierPeriod">How the earlier side is named when too few: "in 2026-Q3", "among peers".</param>
    public static TrendJudgement Of(Statistics earlier, Statistics now, string earlierPeriod, JudgementWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(now);
        words ??= JudgementWords.OverTime;
        if (earlier.Mean is not { } before || now.Mean is not { } after)
            return new(TrendKind.NotJudged, null, null, "not judged: no mean on one side");
        if (Math.Min(earlier.N, now.N) < Minimum)
            return new(TrendKind.NotJudged, null, null,
                $"not judged: {earlier.N} respondents {earlierPeriod}, {now.N} {(words == JudgementWords.OverTime ? "now" : "here")}; a judgement needs {Minimum} on each side");
        var (low, high) = Interval(earlier, now);
        var difference = after - before;
        var range = $"{Signed(low)} to {Signed(high)}";
        if (low > 0) return new(TrendKind.ClearRise, low, high, $"{words.Rise}: {Signed(difference)} (95% interval {range})");
        if (high < 0) return new(TrendKind.ClearFall, low, high, $"{words.Fall}: {Signed(difference)} (95% interval {range})");
        var needed = Needed(earlier, now, difference);
        return new(TrendKind.WithinNoise, low, high, needed is { } n
            ? $"{words.Noise}: {Signed(difference)} (95% interval {range}); about {n.ToString("N0", CultureInfo.InvariantCulture)} respondents on each side would tell {words.Change} this size"
            : $"{words.Noise}: {Signed(difference)} (95% interval {range})");
    }

    /// <summary>Welch's 95% interval of now − earlier: t on the Welch–Satterthwaite degrees of freedom times the standard error.</summary>
    public static (double Low, double High) Interval(Statistics earlier, Statistics now)
    {
        var (v1, v2) = (Variance(earlier) / earlier.N, Variance(now) / now.N);
        var difference = now.Mean!.Value - earlier.Mean!.Value;
        var se = Math.Sqrt(v1 + v2);
        if (se == 0) return (difference, difference);
        var df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (earlier.N - 1) + v2 * v2 / (now.N - 1));
        var half = StudentT.Critical95(df) * se;
        return (difference - half, difference + half);
    }

    private static double Variance(Statistics s) => s.StandardDeviation is { } sd ? sd * sd : 0;

    /// <summary>
    /// The respondents on each side at which a difference this size would clear the noise (normal approximation, 1.96
    /// standard errors, the spreads as measured); null when there is no difference to speak of (under 0.05).
    /// </summary>
    private static int? Needed(Statistics earlier, Statistics now, double difference) =>
        Math.Abs(difference) < 0.05 ? null : (int)Math.Ceiling(1.96 * 1.96 * (Variance(earlier) + Variance(now)) / (difference * difference));

    private static string Signed(double value) => value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);
}
