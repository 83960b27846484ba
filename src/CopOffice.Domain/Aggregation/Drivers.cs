using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>
/// How strongly one indicator moves with one value score across respondents: Pearson's correlation with its 95%
/// interval. <see cref="Target"/> is a quadrant's title or <see cref="DriverAnalysis.Overall"/>.
/// </summary>
public sealed record Driver(ValueIndicator Indicator, string Target, int N, double? Correlation, double? Low, double? High)
{
    /// <summary>1 = moves most with the target, among the indicators of this target; null without a correlation.</summary>
    public int? Rank { get; init; }
}

/// <summary>An indicator's importance (its correlation with overall value) beside its performance (its mean), and where that puts it.</summary>
public sealed record ImportancePerformance(ValueIndicator Indicator, double Importance, double Performance, string Zone)
{
    public const string ActHere = "act here: important, below par";
    public const string KeepUp = "keep up: important, strong";
    public const string Watch = "watch: less important, below par";
    public const string Ease = "maintain: less important, strong";
}

/// <summary>
/// Which indicators go with value (driver analysis) in one group: each indicator against each quadrant score and the
/// overall score. A respondent's overall score is the mean of their quadrant scores. An indicator is correlated with
/// the score <em>without</em> itself (its quadrant's score from its other indicators), so that no indicator correlates
/// with itself. Intervals are percentile bootstraps (<see cref="Resamples"/> resamples of respondents, fixed seed, the
/// respondents in a fixed order first: the same answers give the same intervals) up to <see cref="BootstrapLimit"/>
/// respondents; above that, Fisher's z interval, which the bootstrap matches closely at that size and which costs no resampling.
/// </summary>
public sealed record DriverAnalysis(int Respondents, IReadOnlyList<Driver> Drivers, IReadOnlyList<ImportancePerformance> Quadrant, string Method)
{
    public const string Overall = "Overall value";
    public const int Resamples = 1000;
    public const int BootstrapLimit = 400;
    public const int Seed = 2011;

    public static IReadOnlyList<string> Targets { get; } = [.. Framework.Quadrant.All.Select(q => q.Title), Overall];

    /// <summary>The analysis of respondents' rating codes (<see cref="SurveyFacts.Ratings"/>), null when fewer than three rated anything.</summary>
    internal static DriverAnalysis Of(IReadOnlyList<byte[]> respondents)
    {
        var bootstrap = respondents.Count <= BootstrapLimit;
        var rows = bootstrap ? respondents.OrderBy(r => r, ByteOrder.Instance).ToList() : respondents;
        var indicators = Enumerable.Range(0, FrameworkIndex.Indicators.Count).Where(i => FrameworkIndex.QuadrantOfIndicator[i] >= 0).ToArray();
        var targets = Targets.Count;
        // x and y of every (indicator, target) pair per respondent (NaN where the pair is missing): all kept for the
        // bootstrap, which passes over them a thousand times; one respondent at a time otherwise (100,000 would take 70 MB).
        var kept = bootstrap ? rows.Count : 1;
        var x = new double[kept, indicators.Length];
        var y = new double[kept, indicators.Length, targets];
        var point = new Moments[indicators.Length, targets];
        for (var r = 0; r < rows.Count; r++)
        {
            var at = bootstrap ? r : 0;
            Fill(rows[r], indicators, at, x, y);
            Add(point, x, y, at, 1);
        }
        var spread = bootstrap ? Bootstrap(rows.Count, x, y, indicators.Length, targets) : null;

        var drivers = new List<Driver>();
        for (var t = 0; t < targets; t++)
        {
            var ofTarget = new List<Driver>();
            for (var k = 0; k < indicators.Length; k++)
            {
                var m = point[k, t];
                var r = m.Correlation;
                (double? low, double? high) = r is null ? (null, null)
                    : bootstrap ? Percentiles(spread![k, t])
                    : Fisher(r.Value, m.N);
                ofTarget.Add(new Driver(FrameworkIndex.Indicators[indicators[k]], Targets[t], m.N, r, low, high));
            }
            var ranked = ofTarget.Where(d => d.Correlation is not null).OrderByDescending(d => d.Correlation).ThenBy(d => ofTarget.IndexOf(d)).ToList();
            drivers.AddRange(ofTarget.Select(d => d.Correlation is null ? d : d with { Rank = ranked.IndexOf(d) + 1 }));
        }
        return new DriverAnalysis(rows.Count, drivers, QuadrantOf(drivers, rows, indicators),
            bootstrap ? $"percentile bootstrap, {Resamples:N0} resamples" : "Fisher's z (more than 400 respondents)");
    }

    private static void Fill(byte[] codes, int[] indicators, int r, double[,] x, double[,,] y)
    {
        var quadrants = FrameworkIndex.Quadrants.Count;
        Span<int> count = stackalloc int[quadrants];
        Span<int> sum = stackalloc int[quadrants];
        QuadrantScores.Totals(codes, count, sum);
        for (var k = 0; k < indicators.Length; k++)
        {
            var i = indicators[k];
            var own = FrameworkIndex.QuadrantOfIndicator[i];
            var rated = codes[i] is >= 1 and <= 5;
            x[r, k] = rated ? codes[i] : double.NaN;
            double overall = 0;
            var scored = 0;
            for (var q = 0; q < quadrants; q++)
            {
                // The indicator's own quadrant without it: no indicator correlates with itself.
                var (c, s) = q == own && rated ? (count[q] - 1, sum[q] - codes[i]) : (count[q], sum[q]);
                var score = c > 0 ? (double)s / c : double.NaN;
                y[r, k, q] = rated ? score : double.NaN;
                if (c > 0) { overall += score; scored++; }
            }
            y[r, k, quadrants] = rated && scored > 0 ? overall / scored : double.NaN;
        }
    }

    /// <summary>Sums for one correlation, over pairs where both sides are present.</summary>
    private struct Moments
    {
        public int N;
        public double X, Y, XX, YY, XY;

        public void Add(double x, double y, int weight)
        {
            N += weight;
            X += weight * x;
            Y += weight * y;
            XX += weight * x * x;
            YY += weight * y * y;
            XY += weight * x * y;
        }

        public readonly double? Correlation
        {
            get
            {
                if (N < 3) return null;
                var sxx = XX - X * X / N;
                var syy = YY - Y * Y / N;
                if (sxx <= 1e-12 || syy <= 1e-12) return null;
                return Math.Clamp((XY - X * Y / N) / Math.Sqrt(sxx * syy), -1, 1);
            }
        }
    }

    private static void Add(Moments[,] moments, double[,] x, double[,,] y, int r, int weight)
    {
        for (var k = 0; k < moments.GetLength(0); k++)
        {
            var xv = x[r, k];
            if (double.IsNaN(xv)) continue;
            for (var t = 0; t < moments.GetLength(1); t++)
            {
                var yv = y[r, k, t];
                if (!double.IsNaN(yv)) moments[k, t].Add(xv, yv, weight);
            }
        }
    }

    /// <summary>Each pair's correlations over <see cref="Resamples"/> resamples (respondents drawn with replacement; as weights, so each resample is one pass).</summary>
    private static List<double>[,] Bootstrap(int n, double[,] x, double[,,] y, int indicators, int targets)
    {
        var random = new Random(Seed);
        var results = new List<double>[indicators, targets];
        for (var k = 0; k < indicators; k++)
            for (var t = 0; t < targets; t++) results[k, t] = new List<double>(Resamples);
        var weights = new int[n];
        for (var b = 0; b < Resamples; b++)
        {
            Array.Clear(weights);
            for (var d = 0; d < n; d++) weights[random.Next(n)]++;
            var moments = new Moments[indicators, targets];
            for (var r = 0; r < n; r++)
                if (weights[r] > 0) Add(moments, x, y, r, weights[r]);
            for (var k = 0; k < indicators; k++)
                for (var t = 0; t < targets; t++)
                    if (moments[k, t].Correlation is { } c) results[k, t].Add(c);
        }
        return results;
    }

    /// <summary>The 2.5th and 97.5th percentiles (linear between order statistics); none when most resamples had no correlation.</summary>
    private static (double?, double?) Percentiles(List<double> values)
    {
        if (values.Count < Resamples / 2) return (null, null);
        values.Sort();
        return (Percentile(values, 0.025), Percentile(values, 0.975));
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var at = p * (sorted.Count - 1);
        var below = (int)Math.Floor(at);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static (double?, double?) Fisher(double r, int n)
    {
        if (n < 4) return (null, null);
        var z = Math.Atanh(Math.Clamp(r, -0.999999, 0.999999));
        var se = 1 / Math.Sqrt(n - 3);
        return (Math.Tanh(z - 1.959963984540054 * se), Math.Tanh(z + 1.959963984540054 * se));
    }

    /// <summary>Importance (correlation with overall value) against performance (mean rating), split at the medians of both.</summary>
    private static IReadOnlyList<ImportancePerformance> QuadrantOf(List<Driver> drivers, IReadOnlyList<byte[]> rows, int[] indicators)
    {
        var points = new List<(ValueIndicator Indicator, double Importance, double Performance)>();
        foreach (var i in indicators)
        {
            var driver = drivers.First(d => d.Target == Overall && d.Indicator == FrameworkIndex.Indicators[i]);
            var (count, sum) = (0, 0);
            foreach (var row in rows)
                if (row[i] is >= 1 and <= 5) { count++; sum += row[i]; }
            if (driver.Correlation is { } importance && count > 0) points.Add((driver.Indicator, importance, (double)sum / count));
        }
        if (points.Count == 0) return [];
        var importanceMedian = Median(points.Select(p => p.Importance));
        var performanceMedian = Median(points.Select(p => p.Performance));
        return [.. points.Select(p => new ImportancePerformance(p.Indicator, p.Importance, p.Performance,
            (p.Importance >= importanceMedian, p.Performance >= performanceMedian) switch
            {
                (true, false) => ImportancePerformance.ActHere,
                (true, true) => ImportancePerformance.KeepUp,
                (false, false) => ImportancePerformance.Watch,
                _ => ImportancePerformance.Ease,
            }))];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? a, byte[]? b) => a.AsSpan().SequenceCompareTo(b);
    }
}
