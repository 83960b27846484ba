using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// The additive counts of a set of value-survey responses: per-indicator histograms (1–5, n/a),
/// per-quadrant histograms of exact composite scores, story reach and self-reported roles.
/// Every figure a group shows is read from these counts, and the counts of a group are the sum of
/// the counts of its parts: aggregation is one pass over responses into small cells, then sums.
/// </summary>
internal sealed class Tally
{
    public const int RatingBins = 6;
    public const int NotApplicableBin = 5;

    private static readonly int IndicatorCount = Layout.Indicators.Count;
    private static readonly int QuadrantCount = Layout.Quadrants.Count;
    private static readonly CompositeScale Scale = CompositeScale.Quadrant;

    public int Responses { get; private set; }
    public int Stories { get; private set; }
    public int[] Ratings { get; } = new int[IndicatorCount * RatingBins];
    public int[] Scores { get; } = new int[QuadrantCount * Scale.Size];
    public int[] NoScore { get; } = new int[QuadrantCount];
    public int[] StoriesReaching { get; } = new int[Layout.Cycles.Count];
    public int[] RolesHeld { get; } = new int[Layout.Roles.Count];

    public ReadOnlySpan<int> RatingsOf(int indicator) => Ratings.AsSpan(indicator * RatingBins, RatingBins);

    public ReadOnlySpan<int> ScoresOf(int quadrant) => Scores.AsSpan(quadrant * Scale.Size, Scale.Size);

    /// <param name="storyCycles">The value cycles the response's story reaches, as a bit set (0: no story).</param>
    public void Add(Response response, int storyCycles)
    {
        Responses++;
        Span<int> count = stackalloc int[QuadrantCount];
        Span<int> sum = stackalloc int[QuadrantCount];
        var names = Layout.IndicatorNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (!response.Ratings.TryGetValue(names[i], out var rating)) continue;
            if (rating.Value is int value)
            {
                Ratings[i * RatingBins + value - 1]++;
                var q = Layout.QuadrantOfIndicator[i];
                count[q]++;
                sum[q] += value;
            }
            else Ratings[i * RatingBins + NotApplicableBin]++;
        }
        for (var q = 0; q < QuadrantCount; q++)
        {
            if (count[q] == 0) NoScore[q]++;
            else Scores[q * Scale.Size + Scale.Index(count[q], sum[q])]++;
        }
        if (storyCycles != 0)
        {
            Stories++;
            for (var c = 0; c < StoriesReaching.Length; c++)
                if ((storyCycles & (1 << c)) != 0) StoriesReaching[c]++;
        }
        foreach (var role in response.RolesHeld)
            if (Layout.RoleIndex.TryGetValue(role, out var r)) RolesHeld[r]++;
    }

    public void Add(Tally other)
    {
        Responses += other.Responses;
        Stories += other.Stories;
        AddInto(Ratings, other.Ratings);
        AddInto(Scores, other.Scores);
        AddInto(NoScore, other.NoScore);
        AddInto(StoriesReaching, other.StoriesReaching);
        AddInto(RolesHeld, other.RolesHeld);
    }

    private static void AddInto(int[] target, int[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
