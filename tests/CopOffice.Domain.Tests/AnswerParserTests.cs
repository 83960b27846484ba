using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

public class AnswerParserTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 4 ", 4)]
    [InlineData("4.0", 4)]
    [InlineData("4 - very much", 4)]
    [InlineData("4 – Considerably", 4)]
    [InlineData("4: agree", 4)]
    [InlineData("(2)", 2)]
    [InlineData("5 Very much", 5)]
    [InlineData("Considerably", 4)]
    [InlineData("  not AT all ", 1)]
    public void Reads_a_rating_as_a_person_wrote_it(string text, int expected)
    {
        Assert.True(AnswerParser.TryRating(text, RatingScale.Extent, out var rating, out var error), error);
        Assert.Equal(new Rating(expected), rating);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData(4d, 4)]
    [InlineData(1d, 1)]
    [InlineData(5, 5)]
    public void Reads_a_rating_stored_as_a_number(object value, int expected)
    {
        Assert.True(AnswerParser.TryRating(value, RatingScale.Extent, out var rating, out _));
        Assert.Equal(new Rating(expected), rating);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("na")]
    [InlineData("n.a.")]
    [InlineData("Not applicable")]
    [InlineData("don’t know")]
    [InlineData("cannot say")]
    public void Reads_not_applicable(string text)
    {
        Assert.True(AnswerParser.TryRating(text, RatingScale.Agreement, out var rating, out _));
        Assert.True(rating.IsNotApplicable);
        Assert.Equal("n/a", rating.ToString());
    }

    [Fact]
    public void Reads_a_label_only_on_its_own_scale()
    {
        Assert.True(AnswerParser.TryRating("Agree", RatingScale.Agreement, out var rating, out _));
        Assert.Equal(new Rating(4), rating);
        Assert.True(AnswerParser.TryRating("neither agree nor disagree", RatingScale.Agreement, out rating, out _));
        Assert.Equal(new Rating(3), rating);

        Assert.False(AnswerParser.TryRating("Agree", RatingScale.Extent, out _, out var error));
        Assert.Equal("\"Agree\" is not a rating: choose 1 to 5, or n/a", error);
    }

    [Theory]
    [InlineData("7", "7 is outside the scale of 1 to 5")]
    [InlineData(0d, "0 is outside the scale of 1 to 5")]
    [InlineData(3.5, "3.5 is not a whole number from 1 to 5")]
    [InlineData("3,5", "3.5 is not a whole number from 1 to 5")]
    [InlineData("great", "\"great\" is not a rating: choose 1 to 5, or n/a")]
    [InlineData("a rather long answer that somebody typed into the rating cell", "\"a rather long answer that somebody type…\" is not a rating: choose 1 to 5, or n/a")]
    [InlineData("", "no rating given")]
    [InlineData(null, "no rating given")]
    public void Says_why_a_value_is_no_rating(object? value, string expected)
    {
        Assert.False(AnswerParser.TryRating(value, RatingScale.Extent, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("X", true)]
    [InlineData("✓", true)]
    [InlineData(1d, true)]
    [InlineData(true, true)]
    [InlineData("no", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData(0d, false)]
    [InlineData("sometimes", null)]
    public void Reads_a_flag(object? value, bool? expected) => Assert.Equal(expected, AnswerParser.Flag(value));

    [Fact]
    public void Matches_a_choice_whatever_its_case_spacing_or_dashes()
    {
        string[] choices = ["Core member", "Inquiry – learning agenda"];
        Assert.Equal("Core member", AnswerParser.Choice("  core   MEMBER ", choices));
        Assert.Equal("Inquiry – learning agenda", AnswerParser.Choice("inquiry - learning agenda", choices));
        Assert.Null(AnswerParser.Choice("core", choices));
        Assert.Null(AnswerParser.Choice(null, choices));
    }

    [Theory]
    [InlineData("ada@example.org", true)]
    [InlineData("ada.lovelace+cop@mail.example.co.uk", true)]
    [InlineData("ada@example", false)]
    [InlineData("ada example.org", false)]
    [InlineData("@example.org", false)]
    public void Recognises_a_well_formed_email(string text, bool expected) => Assert.Equal(expected, AnswerParser.IsEmail(text));

    [Fact]
    public void Shows_a_cell_value_as_a_person_reads_it()
    {
        Assert.Equal("4", AnswerParser.Text(4d));
        Assert.Equal("0.25", AnswerParser.Text(0.25));
        Assert.Equal("2026-11-15", AnswerParser.Text(new DateTime(2026, 11, 15)));
        Assert.Equal("2026-11-15 09:30:00", AnswerParser.Text(new DateTime(2026, 11, 15, 9, 30, 0)));
        Assert.Equal("TRUE", AnswerParser.Text(true));
        Assert.Equal("Ada", AnswerParser.Text("  Ada "));
        Assert.Null(AnswerParser.Text("   "));
        Assert.Null(AnswerParser.Text(DBNull.Value));
    }
}
