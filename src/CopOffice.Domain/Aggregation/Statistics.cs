using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>
/// The statistics of one measure over a set of answers on the 1–5 scale. <see cref="N"/> counts the
/// answers that carry a value; <see cref="NotApplicable"/> counts the n/a answers, which are left out
/// of every other figure. <see cref="StandardDeviation"/> is the sample standard deviation (n − 1),
/// null below two values. <see cref="Distribution"/> holds the counts of 1, 2, 3, 4 and 5.
/// </summary>
public sealed record Statistics(int N, int NotApplicable, double? Mean, double? Median, double? StandardDeviation, double? TopTwoBoxShare, IReadOnlyList<int> Distribution)
{
    private const int Values = RatingScale.Max - RatingScale.Min + 1;

    /// <summary>
    /// Half the width of the mean's 95% confidence interval: Student's t on n − 1 degrees of freedom times the standard
    /// error (standard deviation / √n); null below two values. The interval is the mean ± this.
    /// </summary>
    public double? Margin => N > 1 && StandardDeviation is { } sd ? StudentT.Critical95(N - 1) * sd / Math.Sqrt(N) : null;

    /// <summary>Statistics of whole ratings: <paramref name="bins"/> holds the counts of 1 … 5, then n/a.</summary>
    internal static Statistics OfRatings(ReadOnlySpan<int> bins)
    {
        var n = 0;
        double sum = 0;
        for (var v = 0; v < Values; v++)
        {
            n += bins[v];
            sum += bins[v] * (double)(v + 1);
        }
        var distribution = bins[..Values].ToArray();
        if (n == 0) return new(0, bins[Values], null, null, null, null, distribution);
        var mean = sum / n;
        double squares = 0;
        for (var v = 0; v < Values; v++) squares += bins[v] * (v + 1 - mean) * (v + 1 - mean);
        var median = n % 2 == 1 ? RatingAt(bins, (n + 1) / 2) : (RatingAt(bins, n / 2) + RatingAt(bins, n / 2 + 1)) / 2.0;
        return new(n, bins[Values], mean, median, n > 1 ? Math.Sqrt(squares / (n - 1)) : null,
            (double)(bins[3] + bins[4]) / n, distribution);
    }

    /// <summary>
    /// Statistics of composite scores (a response's mean over several indicators), from a histogram over
    /// <paramref name="scale"/>'s exact values. <paramref name="noScore"/> counts responses without a score.
    /// </summary>
    internal static Statistics OfScores(CompositeScale scale, ReadOnlySpan<int> bins, int noScore)
    {
        var n = 0;
        double sum = 0;
        var distribution = new int[Values];
        for (var b = 0; b < scale.Size; b++)
        {
            if (bins[b] == 0) continue;
            n += bins[b];
            sum += bins[b] * scale.Value(b);
            distribution[scale.Rounded(b) - 1] += bins[b];
        }
        if (n == 0) return new(0, noScore, null, null, null, null, distribution);
        var mean = sum / n;
        double squares = 0;
        for (var b = 0; b < scale.Size; b++) squares += bins[b] * (scale.Value(b) - mean) * (scale.Value(b) - mean);
        var median = n % 2 == 1 ? ScoreAt(scale, bins, (n + 1) / 2) : (ScoreAt(scale, bins, n / 2) + ScoreAt(scale, bins, n / 2 + 1)) / 2;
        return new(n, noScore, mean, median, n > 1 ? Math.Sqrt(squares / (n - 1)) : null,
            (double)(distribution[3] + distribution[4]) / n, distribution);
    }

    /// <summary>The rank-th smallest rating (1-based), read off the histogram.</summary>
    private static int RatingAt(ReadOnlySpan<int> bins, int rank)
    {
        var seen = 0;
        for (var v = 0; v < Values; v++)
        {
            seen += bins[v];
            if (seen >= rank) return v + 1;
        }
        throw new InvalidOperationException("A rank beyond the histogram.");
    }

    /// <summary>The rank-th smallest score: bins are visited in ascending order of value, so no list of scores is ever sorted.</summary>
    private static double ScoreAt(CompositeScale scale, ReadOnlySpan<int> bins, int rank)
    {
        var seen = 0;
        foreach (var b in scale.Ascending)
        {
            seen += bins[b];
            if (seen >= rank) return scale.Value(b);
        }
        throw new InvalidOperationException("A rank beyond the histogram.");
    }
}

/// <summary>
/// The exact values a composite score can take: the mean of 1 to <c>MaxCount</c> whole ratings is
/// sum/count, so a histogram over (count, sum) pairs holds every score exactly, in a few dozen bins.
/// </summary>
internal sealed class CompositeScale
{
    private readonly int[] _base;
    private readonly (int Count, int Sum)[] _bins;

    public CompositeScale(int maxCount)
    {
        MaxCount = maxCount;
        _base = new int[maxCount + 1];
        var bins = new List<(int, int)>();
        for (var count = 1; count <= maxCount; count++)
        {
            _base[count] = bins.Count;
            for (var sum = count * RatingScale.Min; sum <= count * RatingScale.Max; sum++) bins.Add((count, sum));
        }
        _bins = [.. bins];
        Ascending = [.. Enumerable.Range(0, _bins.Length).OrderBy(b => Value(b)).ThenBy(b => b)];
    }

    /// <summary>The quadrant scale: as many ratings as the largest quadrant has indicators everyone is asked (the seeds' five).</summary>
    public static CompositeScale Quadrant { get; } = new(ValueFramework.OrganisationIndicators.GroupBy(i => i.Quadrant).Max(g => g.Count()));

    public int MaxCount { get; }

    public int Size => _bins.Length;

    /// <summary>Bin indices in ascending order of value.</summary>
    public IReadOnlyList<int> Ascending { get; }

    public int Index(int count, int sum) => _base[count] + sum - count * RatingScale.Min;

    public double Value(int bin) => (double)_bins[bin].Sum / _bins[bin].Count;

    /// <summary>The score rounded to a whole point, halves up (3.5 → 4), computed exactly: floor((2·sum + count) / (2·count)).</summary>
    public int Rounded(int bin) => (2 * _bins[bin].Sum + _bins[bin].Count) / (2 * _bins[bin].Count);
}
