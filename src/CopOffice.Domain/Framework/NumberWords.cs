namespace CopOffice.Framework;

/// <summary>
/// A count as texts for people write it ("twenty indicators", "25 indicators"): words up to twenty, figures
/// above, so every text that counts the framework's items follows the framework rather than a number typed in.
/// </summary>
public static class NumberWords
{
    private static readonly string[] Small =
    [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static string Of(int count) =>
        count >= 0 && count < Small.Length ? Small[count] : count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The indicators everyone is asked, counted: "twenty" with the seeds' framework.</summary>
    public static string Indicators => Of(ValueFramework.OrganisationIndicators.Count());

    /// <summary>The indicators a survey about <paramref name="community"/> asks, counted: everyone's and the community's own.</summary>
    public static string IndicatorsFor(string? community) => Of(ValueFramework.Indicators.Count(i => i.IsAskedIn(community, int.MaxValue)));

    /// <summary>The framework's leadership roles counted: "twelve" with the seeds' framework.</summary>
    public static string Roles => Of(ValueFramework.LeadershipRoles.Count);
}
