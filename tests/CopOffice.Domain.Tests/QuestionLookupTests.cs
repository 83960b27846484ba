using CopOffice.Questionnaires;

namespace CopOffice.Domain.Tests;

/// <summary>Questions are indexed once per questionnaire; lookups answer as the scans they replace did.</summary>
public class QuestionLookupTests
{
    [Fact]
    public void A_question_is_found_by_name_without_regard_to_case()
    {
        var survey = Questionnaire.ValueSurvey;

        Assert.Same(survey.Questions.Single(q => q.Name == AnswerNames.Email), survey.Find("ABOUT.Email"));
        Assert.Null(survey.Find("about.nothing"));
        Assert.Null(survey.Find(null!));
        Assert.Equal("The value-survey template has no question named 'stage.current'.", Assert.Throws<KeyNotFoundException>(() => survey.Get(AnswerNames.Stage)).Message);
    }

    [Fact]
    public void The_questions_are_those_of_the_sections_in_order_also_for_a_changed_copy()
    {
        var survey = Questionnaire.ValueSurvey;
        Assert.Equal(survey.Sections.SelectMany(s => s.Questions), survey.Questions);

        var shorter = survey with { Sections = [survey.Sections[0]] };
        Assert.Equal(survey.Sections[0].Questions, shorter.Questions);
        Assert.Null(shorter.Find(AnswerNames.Story("activities")));
        Assert.NotNull(survey.Find(AnswerNames.Story("activities")));
    }
}
