using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// The additive counts of a set of value-survey responses: per-indicator histograms (1–5, n/a),
/// per-quadrant histograms of exact composite scores, story reach and self-reported roles.
/// Every figure a group shows is read from these counts. Each response is read once and added to
/// the tallies of the five groups it belongs to: aggregation is one pass, with no list to sort.
/// </summary>
internal sealed class Tally
{
    public const int RatingBins = 6;
    public const int NotApplicableBin = 5;

    private static readonly int IndicatorCount = FrameworkIndex.Indicators.Count;
    private static readonly int QuadrantCount = FrameworkIndex.Quadrants.Count;
    private static readonly CompositeScale Scale = CompositeScale.Quadrant;

    public int Responses { get; private set; }
    public int Stories { get; private set; }
    public int[] Ratings { get; } = new int[IndicatorCount * RatingBins];
    public int[] Scores { get; } = new int[QuadrantCount * Scale.Size];
    public int[] NoScore { get; } = new int[QuadrantCount];
    public int[] StoriesReaching { get; } = new int[FrameworkIndex.Cycles.Count];
    public int[] RolesHeld { get; } = new int[FrameworkIndex.Roles.Count];

    public ReadOnlySpan<int> RatingsOf(int indicator) => Ratings.AsSpan(indicator * RatingBins, RatingBins);

    public ReadOnlySpan<int> ScoresOf(int quadrant) => Scores.AsSpan(quadrant * Scale.Size, Scale.Size);

    /// <summary>What one response adds to a tally, read once and added to each of its groups.</summary>
    public sealed class Reading
    {
        public int[] RatingBins { get; } = new int[IndicatorCount];
        public int[] ScoreBins { get; } = new int[QuadrantCount];
        public int StoryCycles { get; set; }
        public List<int> Roles { get; } = [];
    }

    public static void Read(in SurveyFacts survey, Reading reading)
    {
        Span<int> count = stackalloc int[QuadrantCount];
        Span<int> sum = stackalloc int[QuadrantCount];
        for (var i = 0; i < IndicatorCount; i++)
        {
            var code = survey.Rating(i);
            reading.RatingBins[i] = code switch
            {
                0 => -1,
                SurveyFacts.NotApplicable => i * RatingBins + NotApplicableBin,
                _ => i * RatingBins + code - 1,
            };
            if (code is < 1 or > 5) continue;
            var q = FrameworkIndex.QuadrantOfIndicator[i];
            if (q < 0) continue;
            count[q]++;
            sum[q] += code;
        }
        for (var q = 0; q < QuadrantCount; q++)
            reading.ScoreBins[q] = count[q] == 0 ? -1 : q * Scale.Size + Scale.Index(count[q], sum[q]);
        reading.StoryCycles = survey.StoryCycles;
        reading.Roles.Clear();
        for (var r = 0; r < FrameworkIndex.Roles.Count; r++)
            if ((survey.Roles & (1u << r)) != 0) reading.Roles.Add(r);
    }

    public void Add(Reading reading)
    {
        Responses++;
        foreach (var bin in reading.RatingBins)
            if (bin >= 0) Ratings[bin]++;
        for (var q = 0; q < QuadrantCount; q++)
        {
            if (reading.ScoreBins[q] < 0) NoScore[q]++;
            else Scores[reading.ScoreBins[q]]++;
        }
        if (reading.StoryCycles != 0)
        {
            Stories++;
            for (var c = 0; c < StoriesReaching.Length; c++)
                if ((reading.StoryCycles & (1 << c)) != 0) StoriesReaching[c]++;
        }
        foreach (var role in reading.Roles) RolesHeld[role]++;
    }
}
