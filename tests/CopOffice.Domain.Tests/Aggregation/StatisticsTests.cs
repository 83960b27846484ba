using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

public class StatisticsTests
{
    private const int NA = NotApplicable;

    // Six members of one community rate the five short-term member indicators (everything else 3):
    //        help  access  confidence  fun  meaningful   quadrant score
    //   r1    2     4       n/a         5    blank        (2+4+5)/3 = 11/3
    //   r2    4     n/a     n/a         n/a  n/a           4
    //   r3    4     2       2           2    2             12/5 = 2.4
    //   r4    5     5       5           4    4             23/5 = 4.6
    //   r5    n/a   n/a     n/a         n/a  n/a           no score
    //   r6    n/a   3       3           3    3             3
    private static readonly (int H, int A, int C, int F, int M)[] Rows =
    [
        (2, 4, NA, 5, Blank), (4, NA, NA, NA, NA), (4, 2, 2, 2, 2), (5, 5, 5, 4, 4), (NA, NA, NA, NA, NA), (NA, 3, 3, 3, 3),
    ];

    private static ValueProfile Profile()
    {
        var responses = Rows.Select((r, i) => Survey("Data", Q4, $"m{i}@contoso.com", ratings: new Dictionary<string, int>
        {
            ["help_with_challenges"] = r.H, ["access_to_expertise"] = r.A, ["confidence"] = r.C, ["fun_with_colleagues"] = r.F, ["meaningful_work"] = r.M,
        }));
        return Build(responses).Organisation(Q4).Organisation.Shown();
    }

    [Fact]
    public void Indicator_statistics_with_na_counted_not_averaged_and_an_even_n()
    {
        var help = Profile().Indicator("help_with_challenges").Statistics;

        Assert.Equal(4, help.N);
        Assert.Equal(2, help.NotApplicable);
        Assert.Equal(3.75, help.Mean);                                  // (2+4+4+5)/4
        Assert.Equal(4.0, help.Median);                                 // 2 4 | 4 5 → (4+4)/2
        Assert.Equal(Math.Sqrt(4.75 / 3), help.StandardDeviation!.Value, 12); // Σ(x−3.75)² = 4.75, n−1 = 3
        Assert.Equal(0.75, help.TopTwoBoxShare);                        // 4, 4, 5 of 4
        Assert.Equal([0, 1, 0, 2, 1], help.Distribution);
    }

    [Fact]
    public void The_median_of_an_even_n_is_the_mean_of_the_two_middle_ratings()
    {
        var access = Profile().Indicator("access_to_expertise").Statistics;

        Assert.Equal(4, access.N);
        Assert.Equal(3.5, access.Median);                               // 2 3 | 4 5
        Assert.Equal(3.5, access.Mean);
        Assert.Equal(Math.Sqrt(5.0 / 3), access.StandardDeviation!.Value, 12);
        Assert.Equal(0.5, access.TopTwoBoxShare);
        Assert.Equal([0, 1, 1, 1, 1], access.Distribution);
    }

    [Fact]
    public void A_blank_rating_is_neither_counted_nor_averaged()
    {
        var meaningful = Profile().Indicator("meaningful_work").Statistics;

        Assert.Equal(3, meaningful.N);                                  // 2, 4, 3
        Assert.Equal(2, meaningful.NotApplicable);                      // r2 and r5; r1 left it blank
        Assert.Equal(3.0, meaningful.Mean);
        Assert.Equal(1.0, meaningful.StandardDeviation!.Value, 12);
    }

    [Fact]
    public void A_quadrant_is_summarised_over_the_responses_quadrant_scores()
    {
        var quadrant = Profile().Quadrant(Quadrant.MembersShortTerm).Statistics;

        Assert.Equal(5, quadrant.N);
        Assert.Equal(1, quadrant.NotApplicable);                        // r5 rated none of the five
        Assert.Equal(53.0 / 15, quadrant.Mean!.Value, 12);               // (11/3 + 4 + 2.4 + 4.6 + 3) / 5, not the pooled 62/18
        Assert.Equal(11.0 / 3, quadrant.Median!.Value, 12);              // 2.4 3 [11/3] 4 4.6
        Assert.Equal(Math.Sqrt(662.0 / 900), quadrant.StandardDeviation!.Value, 12); // Σ(x−53/15)² = 662/225, n−1 = 4
        Assert.Equal([0, 1, 1, 2, 1], quadrant.Distribution);          // rounded: 4 (3.67), 4, 2 (2.4), 5 (4.6), 3
        Assert.Equal(0.6, quadrant.TopTwoBoxShare!.Value, 12);
    }

    [Fact]
    public void The_quadrant_rule_is_printed_as_the_report_states_it()
    {
        Assert.StartsWith("A response's quadrant score is the mean of the indicators of that quadrant it rated 1 to 5", AggregationMethod.QuadrantScore);
        Assert.Contains(AggregationMethod.Notes(PrivacyOptions.Default), n => n.Topic == "Quadrant scores" && n.Text == AggregationMethod.QuadrantScore);
    }

    [Fact]
    public void Composite_scores_round_half_up_into_the_distribution()
    {
        // 3.5 (7/2) rounds to 4 and counts in the top two boxes; 3.4 (17/5) rounds to 3.
        Response[] responses =
        [
            Survey("Data", Q4, "a@contoso.com", all: 3, ratings: new Dictionary<string, int> { ["help_with_challenges"] = 4, ["access_to_expertise"] = 3, ["confidence"] = Blank, ["fun_with_colleagues"] = Blank, ["meaningful_work"] = Blank }),
            Survey("Data", Q4, "b@contoso.com", all: 3, ratings: new Dictionary<string, int> { ["help_with_challenges"] = 5, ["access_to_expertise"] = 3, ["confidence"] = 3, ["fun_with_colleagues"] = 3, ["meaningful_work"] = 3 }),
            .. Members("Data", Q4, 3, all: 1),
        ];
        var quadrant = Build(responses).Organisation(Q4).Organisation.Shown().Quadrant(Quadrant.MembersShortTerm).Statistics;

        Assert.Equal([3, 0, 1, 1, 0], quadrant.Distribution);
        Assert.Equal(0.2, quadrant.TopTwoBoxShare!.Value, 12);
        Assert.Equal(3.0 / 5 * 1 + 3.5 / 5 + 3.4 / 5, quadrant.Mean!.Value, 12);
        Assert.Equal(1.0, quadrant.Median);
    }

    [Fact]
    public void Cycle_evidence_pools_the_ratings_of_the_cycles_indicators()
    {
        // Immediate value: fun with colleagues and meaningful work. r1 5 and blank, r2 n/a ×2, r3 2 2, r4 4 4, r5 n/a ×2, r6 3 3.
        var immediate = Profile().Cycle(ValueCycle.Immediate);

        Assert.Equal(7, immediate.Ratings);
        Assert.Equal((5 + 2 + 2 + 4 + 4 + 3 + 3) / 7.0, immediate.Mean!.Value, 12);
        Assert.Equal(3 / 7.0, immediate.TopTwoBoxShare!.Value, 12);
    }

    [Fact]
    public void One_rating_has_a_mean_and_median_but_no_standard_deviation()
    {
        var responses = Members("Data", Q4, 5, all: 3).Select((r, i) => i == 0
            ? r with { Ratings = new Dictionary<string, Rating> { ["indicator.network"] = new(5) } }
            : r with { Ratings = new Dictionary<string, Rating> { ["indicator.network"] = Rating.NotApplicable } });
        var network = Build(responses).Organisation(Q4).Organisation.Shown().Indicator("network").Statistics;

        Assert.Equal((1, 4, 5.0, 5.0, (double?)null, 1.0), (network.N, network.NotApplicable, network.Mean, network.Median, network.StandardDeviation, network.TopTwoBoxShare));
        Assert.Equal([0, 0, 0, 0, 1], network.Distribution);
        Assert.Null(Build(responses).Organisation(Q4).Organisation.Shown().Indicator("innovation").Statistics.Mean);
    }
}
