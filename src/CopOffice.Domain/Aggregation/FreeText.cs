using System.Text;
using System.Text.RegularExpressions;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>How CopOffice reads what people wrote: whether it is an answer at all, and when two texts say the same.</summary>
internal static partial class FreeText
{
    /// <summary>Texts that fill a box without saying anything (compared after <see cref="Key"/>).</summary>
    private static readonly HashSet<string> NonAnswers = new(StringComparer.Ordinal)
    {
        "n a", "na", "n a n a", "none", "nothing", "no", "nope", "nil", "not applicable", "not yet", "no comment", "no comments",
        "nothing to add", "nothing to report", "nothing special", "tbd", "to be done", "idem", "same", "same as above", "see above",
        "x", "xx", "xxx", "0", "zero", "dunno", "don t know", "dont know", "do not know", "not sure", "unknown", "nvt", "geen",
    };

    /// <summary>True when a text says something: it has a letter or digit and is not a stock non-answer such as "n/a", "none" or "-".</summary>
    public static bool IsAnswer([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (LettersOrDigits(text) > LongestNonAnswer) return true;
        var key = Key(text);
        return key.Length > 0 && !NonAnswers.Contains(key);
    }

    // Normalising may join up to three letters into one (Hangul jamo into a syllable): a text with more
    // than three times the letters of the longest non-answer is an answer whatever its key, and most are.
    private static readonly int LongestNonAnswer = 3 * NonAnswers.Max(n => n.Length);

    private static int LettersOrDigits(string text)
    {
        var count = 0;
        foreach (var ch in text)
            if (char.IsLetterOrDigit(ch) && ++count > LongestNonAnswer) break;
        return count;
    }

    /// <summary>
    /// The form two texts are compared in when counting repeats: lower case, letters and digits only,
    /// single spaces. "Time to share!" and "time to  share" are the same enabler.
    /// </summary>
    public static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && key.Length > 0) key.Append(' ');
                key.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else space = true;
        }
        return key.ToString();
    }

    /// <summary>
    /// The items of a list a person wrote in one box: one per line, or separated by semicolons or bullets
    /// ("•", "·", a leading "-", "*" or "1."). Commas do not split: "time, and a budget" is one thought.
    /// </summary>
    public static IEnumerable<string> Items(string text)
    {
        foreach (var line in text.Split(['\n', '\r', ';', '•', '·', '▪', '◦'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var item = StripBullet(line);
            if (IsAnswer(item)) yield return item;
        }
    }

    private static string StripBullet(string line)
    {
        var t = line.TrimStart('-', '*', '–', '—', '>', ' ', '\t');
        var digits = 0;
        while (digits < t.Length && char.IsDigit(t[digits])) digits++;
        if (digits is > 0 and <= 2 && digits < t.Length && (t[digits] is '.' or ')') && (digits + 1 == t.Length || t[digits + 1] == ' '))
            t = t[(digits + 1)..];
        return t.Trim();
    }

    /// <summary>GroupNames listed in one cell ("Ann, Bob and Chris"; "Ann / Bob"), trimmed, repeats removed (case-insensitively), in the order given.</summary>
    public static IReadOnlyList<string> Names(string? text)
    {
        if (!IsAnswer(text)) return [];
        var spaced = Conjunction().Replace(text, ",");
        var names = new List<string>();
        foreach (var part in spaced.Split([',', ';', '/', '\n', '\r', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (IsAnswer(part) && !names.Contains(part, StringComparer.OrdinalIgnoreCase)) names.Add(part);
        return names;
    }

    /// <summary>The value cycles a value survey's story reaches: the cycle of every story question answered with something.</summary>
    public static int StoryCycles(Response response)
    {
        var mask = 0;
        var questions = Framework.ValueFramework.StoryQuestions;
        for (var i = 0; i < questions.Count; i++)
            if (IsAnswer(response.Text(FrameworkIndex.StoryNames[i])))
                mask |= 1 << (int)questions[i].Cycle;
        return mask;
    }

    [GeneratedRegex(@"\s+(?:and|&|\+)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();
}
