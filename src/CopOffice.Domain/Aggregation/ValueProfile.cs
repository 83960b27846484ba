using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// A change against an earlier period: the later figure minus the earlier one (share points for top-2-box), and
/// whether the change in the mean is a change or noise (<see cref="TrendJudgement"/>).
/// </summary>
public sealed record Change(Period Against, double? Mean, double? TopTwoBoxShare, TrendJudgement? Judgement = null);

public sealed record IndicatorStatistics(ValueIndicator Indicator, Statistics Statistics, Figure<Change> Trend);

/// <summary>A quadrant of the value matrix: statistics over the responses' quadrant scores (see <see cref="AggregationMethod.QuadrantScore"/>).</summary>
public sealed record QuadrantStatistics(Quadrant Quadrant, Statistics Statistics, Figure<Change> Trend);

/// <summary>
/// The evidence the indicators give of one value cycle: all ratings of the indicators of that cycle,
/// pooled (<see cref="Ratings"/>, <see cref="Mean"/>, <see cref="TopTwoBoxShare"/>), and how many
/// stories of the group reach the cycle, counting every story, whether or not it may be quoted.
/// </summary>
public sealed record CycleEvidence(ValueCycle Cycle, int Ratings, double? Mean, double? TopTwoBoxShare, int StoriesReaching);

/// <summary>The value figures of one group in one period: only ever inside a shown <see cref="Figure{T}"/>.</summary>
public sealed record ValueProfile(int Respondents, IReadOnlyList<IndicatorStatistics> Indicators, IReadOnlyList<QuadrantStatistics> Quadrants,
    IReadOnlyList<CycleEvidence> Cycles, int Stories)
{
    public IndicatorStatistics Indicator(string id) => Find(id)
        ?? throw new KeyNotFoundException($"No value indicator has the id '{id}'.");

    /// <summary>The indicator's figures, or null when this group was not asked it (another community's own).</summary>
    public IndicatorStatistics? Find(string id) => Indicators.FirstOrDefault(i => i.Indicator.Id == id);

    public QuadrantStatistics Quadrant(Quadrant quadrant) => Quadrants.First(q => q.Quadrant == quadrant);

    public CycleEvidence Cycle(ValueCycle cycle) => Cycles.First(c => c.Cycle == cycle);

    /// <summary>
    /// The indicators from strongest to weakest: by mean, then top-2-box share, then the framework's order;
    /// indicators nobody rated come last. The top of the list are the strengths, the bottom the opportunities.
    /// </summary>
    public IReadOnlyList<IndicatorStatistics> Ranked =>
    [
        .. Indicators.Select((s, i) => (s, i))
            .OrderBy(x => x.s.Statistics.Mean is null ? 1 : 0)
            .ThenByDescending(x => x.s.Statistics.Mean ?? 0)
            .ThenByDescending(x => x.s.Statistics.TopTwoBoxShare ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.s),
    ];
}

/// <summary>A row of a shared table: the group, and its figures or why they are not shown.</summary>
public sealed record GroupProfile(Group Group, Figure<ValueProfile> Profile);
