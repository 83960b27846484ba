using System.Globalization;

namespace CopOffice.Intake.Forms;

/// <summary>Lists and counts in messages people read.</summary>
internal static class Phrases
{
    public static string Quoted(string text) => $"\"{(text.Length <= 60 ? text : text[..59] + "…")}\"";

    public static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>"a", "a and b", "a, b and c", "a, b, c and 4 more".</summary>
    public static string Listed(IEnumerable<string> items, int shown = 3)
    {
        var list = items.ToList();
        if (list.Count <= shown + 1)
            return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
        return string.Join(", ", list.Take(shown)) + $" and {(list.Count - shown).ToString(CultureInfo.InvariantCulture)} more";
    }
}
