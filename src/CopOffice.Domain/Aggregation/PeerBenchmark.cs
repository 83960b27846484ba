namespace CopOffice.Aggregation;

/// <summary>
/// A community beside its peers: the other communities of similar size (respondents this period) and maturity
/// (periods since its first value survey), pooled. A peer group needs at least <see cref="MinimumPeers"/> other
/// communities whose figures are shown, so that no single community's figure can be read off it; when its own band
/// has fewer, the size band is widened, then size is dropped (<see cref="Basis"/> says which), and failing that the
/// peers are withheld (<see cref="Withheld"/> says why).
/// </summary>
public sealed record PeerBenchmark(string Community, int Respondents, int PeriodsSurveyed, string SizeBand, string MaturityBand)
{
    public const int MinimumPeers = 2;

    /// <summary>How the peer group was formed: "same size and maturity", "size band widened", "same maturity, any size"; null when withheld.</summary>
    public string? Basis { get; init; }

    /// <summary>The peer communities, the community itself not among them.</summary>
    public IReadOnlyList<string> Peers { get; init; } = [];

    /// <summary>Responses pooled in the peers' figures.</summary>
    public int PeerRespondents { get; init; }

    /// <summary>The peers' pooled statistics per quadrant, in the matrix's order; empty when withheld.</summary>
    public IReadOnlyList<QuadrantStatistics> Quadrants { get; init; } = [];

    /// <summary>Why there is no peer group, or null.</summary>
    public string? Withheld { get; init; }

    /// <summary>The size bands, small to large: a band's neighbours are the ones next to it here.</summary>
    public static IReadOnlyList<string> SizeBands { get; } = ["under 30 respondents", "30–59 respondents", "60 or more respondents"];

    public static int SizeIndexOf(int respondents) => respondents < 30 ? 0 : respondents < 60 ? 1 : 2;

    public static string SizeBandOf(int respondents) => SizeBands[SizeIndexOf(respondents)];

    public static string MaturityBandOf(int periodsSurveyed) => periodsSurveyed switch
    {
        <= 2 => "new (first or second period)",
        <= 6 => "growing (third to sixth period)",
        _ => "established (seventh period on)",
    };
}
