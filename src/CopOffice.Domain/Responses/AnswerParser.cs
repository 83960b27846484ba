using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CopOffice.Framework;

namespace CopOffice.Responses;

/// <summary>
/// Reads what a person plainly meant from a cell: "4", " 4 ", 4.0, "4 - very much", "Agree",
/// "N/A", "Yes", "x". Returns an error message, not an exception, for what cannot be read.
/// </summary>
public static partial class AnswerParser
{
    internal static readonly string[] NotApplicableWords = ["n/a", "na", "n.a.", "n.a", "not applicable", "does not apply", "cannot say", "don't know", "dont know"];
    private static readonly string[] YesWords = ["yes", "y", "x", "true", "✓", "✔", "1", "ja", "oui"];
    private static readonly string[] NoWords = ["no", "n", "false", "0", "-"];
    internal static readonly string NotApplicableLabel = Normalise(RatingScale.NotApplicableLabel);

    // The same words, as far as a plain text (see IsPlain) could ever equal them.
    private static readonly string[] PlainYesWords = ForPlain(YesWords), PlainNoWords = ForPlain(NoWords);

    /// <summary>The text of a cell value as a person reads it, trimmed; null when empty.</summary>
    public static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } t ? t : null,
    };

    /// <summary>A 1–5 rating on <paramref name="scale"/> or n/a; false with a message when the value is no rating.</summary>
    public static bool TryRating(object? value, RatingScale scale, out Rating rating, out string error) =>
        TryRating(value, ScaleWords.Of(scale), out rating, out error);

    internal static bool TryRating(object? value, ScaleWords scale, out Rating rating, out string error)
    {
        rating = default;
        error = "";
        if (value is double d) return FromNumber(d, out rating, out error);
        if (value is int i) return FromNumber(i, out rating, out error);
        var text = Text(value);
        if (text is null)
        {
            error = "no rating given";
            return false;
        }
        if (IsPlain(text))
        {
            // A Forms label ("Considerably") or a typed "n/a": compared without building its normalised form.
            if (scale.TryPlain(text, out rating)) return true;
        }
        else
        {
            var lower = Normalise(text);
            if (NotApplicableWords.Contains(lower) || lower == NotApplicableLabel)
            {
                rating = Rating.NotApplicable;
                return true;
            }
            for (var v = RatingScale.Min; v <= RatingScale.Max; v++)
            {
                if (scale.Labels[v - 1] == lower)
                {
                    rating = new Rating(v);
                    return true;
                }
            }
        }
        // "4", "4.0", "4 - very much", "4 – Considerably", "4: agree", "(4)"
        var m = LeadingNumber().Match(text);
        if (m.Success && double.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return FromNumber(number, out rating, out error);
        error = $"\"{Clip(text)}\" is not a rating: choose 1 to 5, or n/a";
        return false;
    }

    private static bool FromNumber(double number, out Rating rating, out string error)
    {
        rating = default;
        error = "";
        if (number != Math.Floor(number))
        {
            error = $"{number.ToString(CultureInfo.InvariantCulture)} is not a whole number from 1 to 5";
            return false;
        }
        if (number is < RatingScale.Min or > RatingScale.Max)
        {
            error = $"{number.ToString(CultureInfo.InvariantCulture)} is outside the scale of 1 to 5";
            return false;
        }
        rating = new Rating((int)number);
        return true;
    }

    /// <summary>The canonical spelling of a choice, matched without regard to case, spacing or dashes.</summary>
    public static string? Choice(object? value, IReadOnlyList<string> choices)
    {
        var text = Text(value);
        if (text is null) return null;
        if (IsPlain(text))
        {
            foreach (var choice in choices)
                if (IsPlain(choice) ? text.Equals(choice, StringComparison.OrdinalIgnoreCase) : PlainEquals(text, Normalise(choice)))
                    return choice;
            return null;
        }
        var key = Normalise(text);
        return choices.FirstOrDefault(c => Normalise(c) == key);
    }

    /// <summary>
    /// The choices of a "circle any that applies" answer, in the list's order and spelling, and the parts that are
    /// none of them. Parts are separated by semicolons (as Forms exports them, with a trailing one) or commas.
    /// </summary>
    public static (IReadOnlyList<string> Chosen, IReadOnlyList<string> Unknown) Choices(object? value, IReadOnlyList<string> choices)
    {
        var text = Text(value);
        if (text is null) return ([], []);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Choice(part, choices) is { } choice) chosen.Add(choice);
            else if (!unknown.Contains(part)) unknown.Add(part);
        }
        return ([.. choices.Where(chosen.Contains)], unknown);
    }

    /// <summary>True for "yes"/"x"/"✓", false for "no"/blank, null for anything else.</summary>
    public static bool? Flag(object? value)
    {
        if (value is bool b) return b;
        if (value is double d) return d != 0;
        var text = Text(value);
        if (text is null) return false;
        if (IsPlain(text))
        {
            if (PlainIn(text, PlainYesWords)) return true;
            if (PlainIn(text, PlainNoWords)) return false;
            return null;
        }
        var key = Normalise(text);
        if (YesWords.Contains(key)) return true;
        if (NoWords.Contains(key)) return false;
        return null;
    }

    /// <summary>Whether two texts are the same once <see cref="Normalise"/>d; builds no strings when both are plain.</summary>
    internal static bool SameNormalised(string a, string b)
    {
        var plainA = IsPlain(a);
        var plainB = IsPlain(b);
        if (plainA && plainB) return a.Equals(b, StringComparison.OrdinalIgnoreCase);
        if (plainA) return PlainEquals(a, Normalise(b));
        if (plainB) return PlainEquals(b, Normalise(a));
        return Normalise(a) == Normalise(b);
    }

    /// <summary>True when <c>Text(value)</c> would be null: nothing a person wrote.</summary>
    internal static bool IsBlank(object? value) => value switch
    {
        null or DBNull => true,
        string s => string.IsNullOrWhiteSpace(s),
        double or int or DateTime or bool => false,
        _ => Text(value) is null,
    };

    /// <summary>
    /// Printable ASCII without leading, trailing or doubled spaces: the <see cref="Normalise"/>d form of
    /// such a text is merely its ASCII lower case, so it is compared without building a new string.
    /// Forms labels, choices, emails and most of what people type are plain; anything else takes the general path.
    /// </summary>
    internal static bool IsPlain(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return false;
        var space = false;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' || (space && c == ' ')) return false;
            space = c == ' ';
        }
        return true;
    }

    /// <summary>
    /// Whether the normalised form of <paramref name="plain"/> (a plain text) equals <paramref name="target"/>:
    /// only a target in ASCII without capitals can equal an ASCII lower case.
    /// </summary>
    internal static bool PlainEquals(string plain, string target) =>
        plain.Length == target.Length && Ascii.IsValid(target) && !target.AsSpan().ContainsAnyInRange('A', 'Z')
        && plain.Equals(target, StringComparison.OrdinalIgnoreCase);

    /// <summary>The targets a plain text's normalised form could equal (see <see cref="PlainEquals"/>).</summary>
    internal static string[] ForPlain(IEnumerable<string> targets) =>
        [.. targets.Where(t => Ascii.IsValid(t) && !t.AsSpan().ContainsAnyInRange('A', 'Z'))];

    private static bool PlainIn(string plain, string[] plainTargets)
    {
        foreach (var target in plainTargets)
            if (plain.Equals(target, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex EmailPattern();

    public static bool IsEmail(string text) => text.Length <= 254 && EmailPattern().IsMatch(text);

    /// <summary>Lower case, single spaces, dashes unified: how two spellings of one choice are compared.</summary>
    public static string Normalise(string text) =>
        Spaces().Replace(text.Trim().ToLowerInvariant().Replace('–', '-').Replace('—', '-').Replace('’', '\''), " ");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..39] + "…";

    [GeneratedRegex(@"^\(?\s*(?<n>[+-]?\d+(?:[.,]\d+)?)\s*\)?(?:\s*[-–—:=.)]\s*\D.*|\s+\D.*)?$")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
