using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

// Fair comparisons: each community beside peers of similar size and maturity, pooled from communities whose figures are shown.
public sealed partial class ValuePicture
{
    private sealed record PeerFacts(DisclosedGroup Cell, string Name, int Respondents, int PeriodsSurveyed)
    {
        public string Size => PeerBenchmark.SizeBandOf(Respondents);
        public string Maturity => PeerBenchmark.MaturityBandOf(PeriodsSurveyed);
        public int SizeIndex => PeerBenchmark.SizeIndexOf(Respondents);
    }

    /// <summary>Every community whose figures are shown in the period, beside its peers (withheld communities are neither compared nor peers).</summary>
    private IReadOnlyList<PeerBenchmark> PeersIn(Period period)
    {
        var first = new Dictionary<int, Period>();
        foreach (var disclosure in DisclosuresUpTo(period))
            foreach (var cell in disclosure.Communities.Where(c => !c.IsEmpty))
                first.TryAdd(cell.Community, disclosure.Period);
        var facts = DisclosureOf(period).Communities
            .Where(c => c.Community != GroupNameTable.NotGiven && Withheld<int>(c) is null)
            .Select(c => new PeerFacts(c, _names.Communities.Display(c.Community), c.People, Quarters(first[c.Community], period) + 1))
            .ToList();
        return [.. facts.Select(f => Benchmark(f, facts))];
    }

    /// <summary>The first way of forming the group that gives enough peers: same bands, then the size band widened to its neighbours, then maturity alone.</summary>
    private static PeerBenchmark Benchmark(PeerFacts own, IReadOnlyList<PeerFacts> all)
    {
        var benchmark = new PeerBenchmark(own.Name, own.Respondents, own.PeriodsSurveyed, own.Size, own.Maturity);
        var others = all.Where(o => o.Cell != own.Cell).ToList();
        (string Basis, Func<PeerFacts, bool> Alike)[] ways =
        [
            ("same size and maturity", o => o.Size == own.Size && o.Maturity == own.Maturity),
            ("same maturity, size band widened to its neighbours", o => Math.Abs(o.SizeIndex - own.SizeIndex) <= 1 && o.Maturity == own.Maturity),
            ("same maturity, any size", o => o.Maturity == own.Maturity),
        ];
        foreach (var (basis, alike) in ways)
        {
            var peers = others.Where(alike).ToList();
            if (peers.Count < PeerBenchmark.MinimumPeers) continue;
            return benchmark with
            {
                Basis = basis,
                Peers = [.. peers.Select(p => p.Name)],
                PeerRespondents = peers.Sum(p => p.Cell.Tally.Responses),
                Quadrants = [.. FrameworkIndex.Quadrants.Select((quadrant, q) => new QuadrantStatistics(quadrant, Pooled(peers, q), new Missing<Change>("peers are not followed over time")))],
            };
        }
        return benchmark with
        {
            Withheld = others.Count(o => o.Maturity == own.Maturity) switch
            {
                0 => $"no other community of its maturity ({own.Maturity}) has figures shown; {PeerBenchmark.MinimumPeers} are needed, so it is compared with the organisation only",
                var n => $"only {n} other {(n == 1 ? "community" : "communities")} of its maturity ({own.Maturity}) {(n == 1 ? "has" : "have")} figures shown; {PeerBenchmark.MinimumPeers} are needed, so it is compared with the organisation only",
            },
        };
    }

    private static Statistics Pooled(IReadOnlyList<PeerFacts> peers, int quadrant)
    {
        var scale = CompositeScale.Quadrant;
        var bins = new int[scale.Size];
        var noScore = 0;
        foreach (var peer in peers)
        {
            var scores = peer.Cell.Tally.ScoresOf(quadrant);
            for (var b = 0; b < bins.Length; b++) bins[b] += scores[b];
            noScore += peer.Cell.Tally.NoScore[quadrant];
        }
        return Statistics.OfScores(scale, bins, noScore);
    }
}
