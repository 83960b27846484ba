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

    /// <summary>The framework's indicators counted: "twenty" with the seeds' framework.</summary>
    public static string Indicators => Of(ValueFramework.Indicators.Count);

    /// <summary>The framework's leadership roles counted: "twelve" with the seeds' framework.</summary>
    public static string Roles => Of(ValueFramework.LeadershipRoles.Count);
}
