using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Tests;

/// <summary>Text people wrote stays text: never a formula, never a number, whatever it begins with.</summary>
public class TextTests
{
    [Fact]
    public void Story_answers_that_look_like_formulas_read_back_as_the_same_text()
    {
        var answers = Written.Organisation.Rows("Stories").Where(r => (string?)r["Member"] == "@admin Ada").Select(r => r["Answer"]).ToList();

        Assert.Equal(Sample.FormulaLike.Values, answers);
        Assert.All(answers, a => Assert.IsType<string>(a));
    }

    [Fact]
    public void No_workbook_has_a_formula_in_any_cell()
    {
        Assert.Empty(Written.Organisation.Formulas);
        Assert.Empty(Written.Community("Data").Formulas);
        Assert.Empty(Written.Member("data1@contoso.example").Formulas);
    }

    [Fact]
    public void Names_challenges_and_comments_that_look_like_formulas_or_numbers_stay_text()
    {
        var book = Written.Organisation;

        Assert.Contains("=cmd|' /C calc'!A0", book.Rows("Challenges").Select(r => r["Challenge"]));
        Assert.Contains("@admin Ada", book.Rows("StoryCycles").Select(r => r["Member"]));
        Assert.Equal("-no budget", book.Rows("FactorComments")[0]["Comment"]);
        Assert.Contains("-1", Written.Member("data1@contoso.example").Rows("MyStories").Select(r => r["Answer"]));
        Assert.Contains("-1", Written.Community("Data").Rows("Stories").Select(r => r["Answer"]));
    }

    [Fact]
    public void Control_characters_are_dropped_and_overlong_text_is_cut_with_a_note()
    {
        Assert.Equal("ab\ncd\te", CellText.Clean("a\u0001b\r\ncd\te\u001F"));
        var cut = CellText.Clean(new string('x', 40_000));
        Assert.Equal(CellText.MaxLength, cut.Length);
        Assert.EndsWith(" … [cut: the full text has 40,000 characters]", cut, StringComparison.Ordinal);
    }
}
