using CopOffice.Aggregation;

namespace CopOffice.Domain.Tests.Aggregation;

public class FreeTextTests
{
    [Theory]
    [InlineData("Monthly clinics", true)]
    [InlineData("12", true)]
    [InlineData("n/a", false)]
    [InlineData("N.A.", false)]
    [InlineData("  -  ", false)]
    [InlineData("None.", false)]
    [InlineData("nothing to add", false)]
    [InlineData("???", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Tells_an_answer_from_a_filled_in_blank(string? text, bool answer) => Assert.Equal(answer, FreeText.IsAnswer(text));

    [Fact]
    public void Story_cycles_count_only_answers_with_more_than_a_placeholder()
    {
        var answers = Raw.Survey();
        answers[Questionnaires.AnswerNames.Story("activities")] = "Ran the monthly clinic with two other units and wrote up what we learned for the wiki. " + new string('x', 80);
        answers[Questionnaires.AnswerNames.Story("insights")] = "n/a";
        answers[Questionnaires.AnswerNames.Story("practice")] = " - ";
        answers[Questionnaires.AnswerNames.Story("performance")] = "Fewer errors";
        answers[Questionnaires.AnswerNames.Story("reframing")] = "Nothing to add.";
        var response = Raw.Validate(answers).Response!;

        var cycles = FreeText.StoryCycles(response);

        Assert.Equal((1 << (int)Framework.ValueCycle.Immediate) | (1 << (int)Framework.ValueCycle.Realized), cycles);
    }

    [Fact]
    public void Splits_lists_into_items_by_lines_semicolons_and_bullets_but_not_commas()
    {
        Assert.Equal(["Time to share", "budget, and a sponsor", "tools", "space"],
            FreeText.Items("- Time to share\n• budget, and a sponsor; 1. tools\r\n2) space\n n/a"));
    }

    [Fact]
    public void Compares_ignoring_case_spacing_and_punctuation() =>
        Assert.Equal(FreeText.Key("Time to share!"), FreeText.Key("  time-to   SHARE "));

    [Fact]
    public void Reads_the_holders_of_a_role() =>
        Assert.Equal(["Ann", "Bob", "Chris", "Dee"], FreeText.Names("Ann, Bob and Chris / Dee; ann"));
}
