using System.Globalization;
using System.Text.RegularExpressions;
using CopOffice.Framework;

namespace CopOffice.Responses;

/// <summary>
/// Reads what a person plainly meant from a cell: "4", " 4 ", 4.0, "4 - very much", "Agree",
/// "N/A", "Yes", "x". Returns an error message, not an exception, for what cannot be read.
/// </summary>
public static partial class AnswerParser
{
    private static readonly string[] NotApplicableWords = ["n/a", "na", "n.a.", "n.a", "not applicable", "does not apply", "cannot say", "don't know", "dont know"];
    private static readonly string[] YesWords = ["yes", "y", "x", "true", "✓", "✔", "1", "ja", "oui"];
    private static readonly string[] NoWords = ["no", "n", "false", "0", "-"];

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
    public static bool TryRating(object? value, RatingScale scale, out Rating rating, out string error)
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
        var lower = Normalise(text);
        if (NotApplicableWords.Contains(lower) || lower == Normalise(RatingScale.NotApplicableLabel))
        {
            rating = Rating.NotApplicable;
            return true;
        }
        for (var v = RatingScale.Min; v <= RatingScale.Max; v++)
        {
            if (Normalise(scale.Label(v)) == lower)
            {
                rating = new Rating(v);
                return true;
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
        var key = Normalise(text);
        return choices.FirstOrDefault(c => Normalise(c) == key);
    }

    /// <summary>True for "yes"/"x"/"✓", false for "no"/blank, null for anything else.</summary>
    public static bool? Flag(object? value)
    {
        if (value is bool b) return b;
        if (value is double d) return d != 0;
        var text = Text(value);
        if (text is null) return false;
        var key = Normalise(text);
        if (YesWords.Contains(key)) return true;
        if (NoWords.Contains(key)) return false;
        return null;
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
