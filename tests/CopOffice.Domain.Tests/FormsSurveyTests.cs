using CopOffice.Questionnaires;

namespace CopOffice.Domain.Tests;

public class FormsSurveyTests
{
    [Fact]
    public void The_value_survey_in_Forms_fills_every_answer_of_the_workbook_exactly_once()
    {
        var survey = FormsSurveys.For(Questionnaire.ValueSurvey);
        var filled = survey.Questions.SelectMany(q => q.Name is null ? q.Items.Select(i => i.Name) : [q.Name]).ToList();
        Assert.Equal(Questionnaire.ValueSurvey.Questions.Select(q => q.Name).Order(), filled.Order());
    }

    [Fact]
    public void Indicators_become_four_Likert_questions_of_five_statements()
    {
        var likert = FormsSurveys.For(Questionnaire.ValueSurvey).Questions.Where(q => q.Type == FormsQuestionType.Likert).ToList();
        Assert.Equal(["Short-term value to members", "Long-term value to members", "Short-term value to the organisation", "Long-term value to the organisation"], likert.Select(q => q.Title));
        Assert.All(likert, q => Assert.Equal(5, q.Items.Count));
        Assert.Equal(["Not at all", "A little", "Moderately", "Considerably", "Very much", "Not applicable"], likert[0].Choices);
        Assert.Equal(new FormsItem("Help with challenges", "indicator.help_with_challenges"), likert[0].Items[0]);
    }

    [Fact]
    public void Leadership_roles_held_become_one_multiple_choice_question()
    {
        var roles = Assert.Single(FormsSurveys.For(Questionnaire.ValueSurvey).Questions, q => q.Type == FormsQuestionType.MultipleChoice);
        Assert.Equal("Leadership roles you hold", roles.Title);
        Assert.Equal(12, roles.Items.Count);
        Assert.Equal("role.transactions_help_desk", roles.Items[^1].Name);
    }

    [Fact]
    public void The_health_check_in_Forms_covers_the_same_answers()
    {
        var survey = FormsSurveys.For(Questionnaire.HealthCheck);
        var filled = survey.Questions.SelectMany(q => q.Name is null ? q.Items.Select(i => i.Name) : [q.Name]);
        Assert.Equal(Questionnaire.HealthCheck.Questions.Select(q => q.Name).Order(), filled.Order());
        Assert.Equal(6, survey.Questions.Count(q => q.Type == FormsQuestionType.Likert && q.Items.Count > 1));
    }

    [Fact]
    public void The_roles_analysis_has_no_Forms_version() =>
        Assert.DoesNotContain(FormsSurveys.All, s => s.Kind == TemplateKind.LeadershipRoles);
}
