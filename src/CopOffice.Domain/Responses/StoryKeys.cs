using System.Security.Cryptography;
using System.Text;

namespace CopOffice.Responses;

/// <summary>
/// A story's stable key: one story per member, community and period (a member has one current survey there), so
/// the key is made of those three, hashed so that it names no one ("ST-2026Q4-3F9A0C1B7D"). A follow-up names the
/// story it follows by this key; words are never matched.
/// </summary>
public static partial class StoryKeys
{
    public static string Of(string email, string community, Period period)
    {
        var text = $"{email.Trim().ToLowerInvariant()}\n{AnswerParser.Normalise(community)}\n{period}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return $"ST-{period.Year}Q{period.Quarter}-{Convert.ToHexString(hash, 0, 5)}";
    }

    /// <summary>The period a well-formed key was told in; false for anything else.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var match = text is null ? null : Shape().Match(text.Trim());
        if (match is not { Success: true }) return false;
        period = new Period(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0');
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^ST-(\d{4})Q([1-4])-[0-9A-F]{10}$")]
    private static partial System.Text.RegularExpressions.Regex Shape();
}
