using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Reports.Tests;

/// <summary>Margins, change readings and peers as the workbooks write them: the domain's figures, in the documented columns.</summary>
public class IntervalsInReportsTests
{
    [Fact]
    public void Each_quadrant_row_carries_its_margin_and_the_matrix_box_reads_mean_plus_or_minus_margin()
    {
        var data = ((Shown<ValueProfile>)Written.Picture.Community("Data", Sample.Q4).Profile.Profile).Value;
        var rows = Written.Community("Data").Rows("ValueMatrix");

        foreach (var (row, quadrant) in rows.Zip(Quadrant.All))
        {
            var statistics = data.Quadrant(quadrant).Statistics;
            // By hand: t(0.975, n − 1) × sd / √n.
            Assert.Equal(StudentT.Quantile(0.975, statistics.N - 1) * statistics.StandardDeviation!.Value / Math.Sqrt(statistics.N), (double)row["Margin"]!, 9);
        }
    }

    [Fact]
    public void A_community_without_shown_others_has_no_peer_group_and_says_why_and_withheld_communities_are_not_compared()
    {
        var rows = Written.Community("Data").Rows("Peers");

        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal((null, "no other community of its maturity (new (first or second period)) has figures shown; 2 are needed, so it is compared with the organisation only"), (r["Peer mean"], r["Note"])));
        Assert.All(rows, r => Assert.NotNull(r["Mean"]));
        var organisation = Written.Organisation.Rows("PeerBenchmarks");
        // Field is hidden so that Tiny cannot be worked out by subtraction: neither is compared, nor anyone's peer.
        Assert.Equal(["Data"], organisation.Select(r => (string)r["Community"]!).Distinct());
        Assert.Empty(Written.Community("Tiny").Rows("Peers"));
        // The organisation's community table says the same in a word; withheld rows say nothing of peers.
        var communities = Written.Organisation.Rows("Communities");
        Assert.Equal("none: no other community of its maturity (new (first or second period)) has figures shown; 2 are needed, so it is compared with the organisation only",
            communities.Single(r => (string)r["Community"]! == "Data")["Peer group"]);
        Assert.Null(communities.Single(r => (string)r["Community"]! == "Tiny")["Peer group"]);
    }
}
