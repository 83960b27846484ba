using System.Globalization;
using System.Text.RegularExpressions;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

/// <summary>
/// Plain ASCII answers ("Considerably", "anonymous", "2026-Q4") are compared without building their
/// normalised form. These tests hold the quick path to the general one: for tricky spellings (case,
/// spacing, dashes, look-alike letters) every answer reads exactly as it did through <see cref="AnswerParser.Normalise"/>.
/// </summary>
public partial class PlainTextPathTests
{
    private static readonly string[] Spellings =
    [
        "Considerably", "considerably", "CONSIDERABLY", " Considerably ", "Consider ably", "Considerably.", "Con\u00ADsiderably",
        "Very much", "very  much", "very\tmuch", "Very\u00A0much", "VERY MUCH ", "Not at all", "not  at all", "A little", "a-little",
        "Strongly agree", "strongly\u2003agree", "Neither agree nor disagree", "neither agree nor  disagree", "Agree", "agree ", "Disagree",
        "Not applicable", "NOT APPLICABLE", "n/a", "N/A", "na", "N.A.", "n.a", "not  applicable", "does not apply", "Cannot say", "don't know", "Don\u2019t know", "dont know",
        "yes", "YES", "Yes ", "y", "x", "X", "true", "\u2713", "\u2714", "1", "ja", "Oui", "no", "N", "false", "0", "-", "\u2013", "maybe",
        "named", "Named", "ANONYMOUS", "anonymous ", "no", "No.",
        "Core member", "core MEMBER", "core  member", "Inquiry \u2013 learning agenda", "inquiry - learning agenda", "Inquiry \u2014 Learning Agenda", "inquiry \u2013 learning agenda",
        "\u212Aelvin", "kelvin", "\u0130stanbul", "istanbul", "\u0131stanbul", "Data Science", "data science", "DATA SCIENCE", "Data  Science", "Data\u00A0Science",
        "4", "4 - very much", "4 \u2013 Considerably", "(2)", "7", "4.5", "", " ", "\u00A0",
    ];

    private static readonly string[] Choices =
        ["named", "anonymous", "no", "Core member", "Inquiry \u2013 learning agenda", "Data Science", "kelvin", "istanbul", "\u212Aelvin", "\u0130stanbul", "Agree", "n/a"];

    private static readonly string[] NotApplicableWords = ["n/a", "na", "n.a.", "n.a", "not applicable", "does not apply", "cannot say", "don't know", "dont know"];
    private static readonly string[] YesWords = ["yes", "y", "x", "true", "\u2713", "\u2714", "1", "ja", "oui"];
    private static readonly string[] NoWords = ["no", "n", "false", "0", "-"];

    // The general path as it was written before the quick path existed.
    private static string? ChoiceBefore(object? value, IReadOnlyList<string> choices)
    {
        var text = AnswerParser.Text(value);
        if (text is null) return null;
        var key = AnswerParser.Normalise(text);
        return choices.FirstOrDefault(c => AnswerParser.Normalise(c) == key);
    }

    private static bool? FlagBefore(object? value)
    {
        var text = AnswerParser.Text(value);
        if (text is null) return false;
        var key = AnswerParser.Normalise(text);
        if (YesWords.Contains(key)) return true;
        if (NoWords.Contains(key)) return false;
        return null;
    }

    private static (bool, Rating, string) RatingBefore(string value, RatingScale scale)
    {
        var text = AnswerParser.Text(value);
        if (text is null) return (false, default, "no rating given");
        var lower = AnswerParser.Normalise(text);
        if (NotApplicableWords.Contains(lower) || lower == AnswerParser.Normalise(RatingScale.NotApplicableLabel)) return (true, Rating.NotApplicable, "");
        for (var v = RatingScale.Min; v <= RatingScale.Max; v++)
            if (AnswerParser.Normalise(scale.Label(v)) == lower) return (true, new Rating(v), "");
        var m = LeadingNumber().Match(text);
        if (m.Success && double.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (number != Math.Floor(number)) return (false, default, $"{number.ToString(CultureInfo.InvariantCulture)} is not a whole number from 1 to 5");
            if (number is < 1 or > 5) return (false, default, $"{number.ToString(CultureInfo.InvariantCulture)} is outside the scale of 1 to 5");
            return (true, new Rating((int)number), "");
        }
        return (false, default, $"\"{(text.Length <= 40 ? text : text[..39] + "…")}\" is not a rating: choose 1 to 5, or n/a");
    }

    [GeneratedRegex(@"^\(?\s*(?<n>[+-]?\d+(?:[.,]\d+)?)\s*\)?(?:\s*[-–—:=.)]\s*\D.*|\s+\D.*)?$")]
    private static partial Regex LeadingNumber();

    [Fact]
    public void Choices_match_as_they_did()
    {
        foreach (var spelling in Spellings)
        {
            Assert.True(ChoiceBefore(spelling, Choices) == AnswerParser.Choice(spelling, Choices), $"'{spelling}'");
            Assert.Equal(ChoiceBefore(spelling, Consent.All), AnswerParser.Choice(spelling, Consent.All));
            foreach (var choice in Choices)
                Assert.True((AnswerParser.Normalise(spelling) == AnswerParser.Normalise(choice)) == AnswerParser.SameNormalised(spelling, choice), $"'{spelling}' and '{choice}'");
        }
    }

    [Fact]
    public void Flags_read_as_they_did()
    {
        foreach (var spelling in Spellings)
            Assert.True(FlagBefore(spelling) == AnswerParser.Flag(spelling), $"'{spelling}'");
    }

    [Fact]
    public void Ratings_read_as_they_did_on_both_scales()
    {
        foreach (var scale in RatingScale.All)
            foreach (var spelling in Spellings)
            {
                var (ok, rating, error) = RatingBefore(spelling, scale);
                Assert.True(AnswerParser.TryRating(spelling, scale, out var actual, out var actualError) == ok, $"'{spelling}' on {scale.Id}");
                Assert.Equal(rating, actual);
                Assert.Equal(error, actualError);
            }
    }

    [Theory]
    [InlineData("2026-Q4", 2026, 4)]
    [InlineData("2026Q1", 2026, 1)]
    [InlineData("2026 q2", 2026, 2)]
    [InlineData("2026/Q3", 2026, 3)]
    [InlineData(" 2026-Q4 ", 2026, 4)]
    [InlineData("2026 - Q4", 2026, 4)]
    [InlineData("2100-Q1", 2100, 1)]
    public void Year_and_quarter_read_in_every_spelling(string text, int year, int quarter)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(year, quarter), period);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("1999-Q4")]
    [InlineData("2101-Q1")]
    [InlineData("2026-X4")]
    [InlineData("2026_Q4")]
    [InlineData("202-Q4")]
    [InlineData("\u0662\u0660\u0662\u0666-Q4")]
    [InlineData("Q4 \u0662\u0660\u0662\u0666")]
    [InlineData("\u0662\u0660\u0662\u0666-\u0661\u0661")]
    public void Year_and_quarter_out_of_range_or_misspelt_are_no_period(string text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void The_quick_path_reads_a_period_as_the_pattern_does()
    {
        var pattern = new Regex(@"^(?<y>[0-9]{4})\s*[-/ ]?\s*Q(?<q>[0-9])$", RegexOptions.IgnoreCase);
        foreach (var separator in new[] { "", "-", "/", " ", "_", ".", "--" })
            foreach (var quarter in new[] { "Q", "q", "K" })
                for (var q = 0; q <= 9; q += 3)
                {
                    var text = $"2026{separator}{quarter}{q.ToString(CultureInfo.InvariantCulture)}";
                    var m = pattern.Match(text);
                    var expected = m.Success && q is >= 1 and <= 4;
                    Assert.True(expected == Period.TryParse(text, out var period) || !m.Success, text);
                    if (expected) Assert.Equal(new Period(2026, q), period);
                }
    }
}
