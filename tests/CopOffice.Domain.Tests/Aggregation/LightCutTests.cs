using CopOffice.Aggregation;

namespace CopOffice.Domain.Tests.Aggregation;

public class LightCutTests
{
    [Fact]
    public void Finds_a_cut_under_the_limit_exactly_when_brute_force_does()
    {
        var random = new Random(11);
        var found = 0;
        for (var run = 0; run < 400; run++)
        {
            var nodes = random.Next(2, 9);
            var edges = new List<(int, int, long)>();
            for (var e = random.Next(1, 14); e > 0; e--)
            {
                var a = random.Next(nodes);
                var b = random.Next(nodes);
                if (a != b) edges.Add((a, b, random.Next(1, 7)));
            }
            var limit = random.Next(2, 12);
            var sides = LightCut.Find(nodes, edges, limit);

            Assert.Equal(BruteForceHasLightCut(nodes, edges, limit), sides is not null);
            if (sides is null) continue;
            found++;
            var weight = edges.Where(e => sides[e.Item1] >= 0 && sides[e.Item2] >= 0 && sides[e.Item1] != sides[e.Item2]).Sum(e => e.Item3);
            Assert.InRange(weight, 1, limit - 1);
            // the sides lie within one connected part: no edge leaves it
            Assert.DoesNotContain(edges, e => (sides[e.Item1] < 0) != (sides[e.Item2] < 0));
        }
        Assert.InRange(found, 50, 350);
    }

    [Fact]
    public void A_disconnected_graph_has_no_light_cut_between_its_parts()
    {
        Assert.Null(LightCut.Find(4, [(0, 1, 9), (2, 3, 9)], 5));
        Assert.NotNull(LightCut.Find(4, [(0, 1, 9), (2, 3, 4)], 5));
    }

    private static bool BruteForceHasLightCut(int nodes, List<(int A, int B, long W)> edges, long limit)
    {
        for (var mask = 1; mask < (1 << nodes) - 1; mask++)
        {
            var weight = edges.Where(e => ((mask >> e.A) & 1) != ((mask >> e.B) & 1)).Sum(e => e.W);
            if (weight > 0 && weight < limit) return true;
        }
        return false;
    }
}
