namespace CopOffice.Aggregation;

/// <summary>
/// One community as a point: its respondents' mean overall value (the mean of each respondent's quadrant scores), the
/// mean of its latest health check's success-factor ratings, and the share of the twelve leadership roles filled.
/// </summary>
public sealed record CommunityValuePoint(string Community, int Respondents, double OverallValue, double? SuccessFactors, double? RolesFilled);

/// <summary>
/// Across communities (one point each, only those whose figures are shown): how the health check's success factors and
/// the leadership roles filled go with the value members report. With a handful of communities this describes; it proves nothing.
/// </summary>
public sealed record ValueAcrossCommunities(IReadOnlyList<CommunityValuePoint> Points)
{
    /// <summary>Pearson's correlation of success factors with overall value over the communities that have both; null below three.</summary>
    public double? FactorsCorrelation => Correlation(Points.Where(p => p.SuccessFactors is not null).Select(p => (p.SuccessFactors!.Value, p.OverallValue)).ToList());

    public int FactorsPoints => Points.Count(p => p.SuccessFactors is not null);

    /// <summary>Pearson's correlation of the share of roles filled with overall value; null below three communities.</summary>
    public double? RolesCorrelation => Correlation(Points.Where(p => p.RolesFilled is not null).Select(p => (p.RolesFilled!.Value, p.OverallValue)).ToList());

    public int RolesPoints => Points.Count(p => p.RolesFilled is not null);

    public static string Caveat(int points) =>
        $"{points} {(points == 1 ? "community" : "communities")}: a description of these communities, not a proof that one thing drives the other.";

    private static double? Correlation(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 3) return null;
        var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in points)
        {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
        }
        return sxx <= 1e-12 || syy <= 1e-12 ? null : sxy / Math.Sqrt(sxx * syy);
    }
}
