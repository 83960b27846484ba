using CopOffice.Aggregation;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>Fair comparisons: each community beside peers of similar size and maturity, pooled; merged or withheld when too few.</summary>
public class PeerTests
{
    // Q4: three small communities (12, 14, 16 respondents) and two mid-sized ones (40, 45); all in their first period.
    private static List<Response> FiveCommunities() =>
    [
        .. Members("Alpha", Q4, 12, all: 2), .. Members("Beta", Q4, 14, all: 2), .. Members("Gamma", Q4, 16, all: 4),
        .. Members("Delta", Q4, 40, all: 3), .. Members("Epsilon", Q4, 45, all: 5),
    ];

    [Fact]
    public void A_community_is_pooled_with_the_others_of_its_size_and_maturity()
    {
        var alpha = Build(FiveCommunities()).Community("Alpha", Q4).Peers!;

        Assert.Equal(("under 30 respondents", "new (first or second period)", "same size and maturity", 30), (alpha.SizeBand, alpha.MaturityBand, alpha.Basis, alpha.PeerRespondents));
        Assert.Equal(["Beta", "Gamma"], alpha.Peers);
        // 14 twos and 16 fours, pooled (scipy: mean 3.0667, 95% margin 0.37894).
        var statistics = alpha.Quadrants[0].Statistics;
        Assert.Equal(3.066666666666667, statistics.Mean!.Value, 12);
        Assert.Equal(0.3789446932925269, statistics.Margin!.Value, 8);
        Assert.Null(alpha.Withheld);
    }

    [Fact]
    public void With_one_other_of_its_band_the_size_band_is_widened_to_its_neighbours_and_the_report_says_so()
    {
        var delta = Build(FiveCommunities()).Organisation(Q4).Peers.Single(p => p.Community == "Delta");

        Assert.Equal(("30–59 respondents", "same maturity, size band widened to its neighbours"), (delta.SizeBand, delta.Basis));
        Assert.Equal(["Alpha", "Beta", "Epsilon", "Gamma"], delta.Peers);
        // 12 + 14 twos, 16 fours, 45 fives (scipy: 3.91954, 0.28000).
        Assert.Equal(3.9195402298850577, delta.Quadrants[0].Statistics.Mean!.Value, 12);
        Assert.Equal(0.28000379620388494, delta.Quadrants[0].Statistics.Margin!.Value, 8);
    }

    [Fact]
    public void A_peer_group_of_one_community_is_withheld_with_the_reason()
    {
        var picture = Build([.. Members("Alpha", Q4, 12, all: 2), .. Members("Beta", Q4, 14, all: 4)]);
        var alpha = picture.Community("Alpha", Q4).Peers!;

        Assert.Equal("only 1 other community of its maturity (new (first or second period)) has figures shown; 2 are needed, so it is compared with the organisation only", alpha.Withheld);
        Assert.Empty(alpha.Quadrants);
        Assert.Empty(alpha.Peers);
        Assert.Null(alpha.Basis);
    }

    [Fact]
    public void A_withheld_community_is_neither_compared_nor_anyones_peer_and_maturity_counts_periods_since_the_first_survey()
    {
        var picture = Build([.. FiveCommunities(), .. Members("Tiny", Q4, 3, all: 1), .. Members("Veteran", Q1, 12), .. Members("Veteran", Q4, 12, all: 1)]);
        var peers = picture.Organisation(Q4).Peers;

        Assert.DoesNotContain(peers, p => p.Community == "Tiny");
        Assert.DoesNotContain(peers, p => p.Peers.Contains("Tiny"));
        Assert.Null(picture.Community("Tiny", Q4).Peers);
        var veteran = peers.Single(p => p.Community == "Veteran");
        Assert.Equal((4, "growing (third to sixth period)"), (veteran.PeriodsSurveyed, veteran.MaturityBand));
        Assert.Equal("no other community of its maturity (growing (third to sixth period)) has figures shown; 2 are needed, so it is compared with the organisation only", veteran.Withheld);
        Assert.DoesNotContain(peers, p => p.Peers.Contains("Veteran"));
    }
}
