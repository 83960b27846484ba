using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Domain.Tests;

public class FormsSurveyTests
{
    [Fact]
    public void The_value_survey_in_Forms_fills_every_answer_of_the_workbook_exactly_once()
    {
        var survey = FormsSurveys.For(Questionnaire.ValueSurvey);
        var filled = survey.Questions.SelectMany(q => q.Name is null ? q.Items.Select(i => i.Name) : [q.Name]).ToList();
        // All but the follow-up of earlier stories: a form cannot be filled in for one person beforehand.
        Assert.Equal(Questionnaire.ValueSurvey.Sections.Where(s => !s.TemplateOnly).SelectMany(s => s.Questions).Select(q => q.Name).Order(), filled.Order());
        Assert.Equal(["followup"], Questionnaire.ValueSurvey.Sections.Where(s => s.TemplateOnly).Select(s => s.Id));
    }

    [Fact]
    public void Indicators_become_four_Likert_questions_of_five_statements()
    {
        var likert = FormsSurveys.For(Questionnaire.ValueSurvey).Questions.Where(q => q.Type == FormsQuestionType.Likert).ToList();
        Assert.Equal(["Short-term value to members", "Long-term value to members", "Short-term value to the organisation", "Long-term value to the organisation"], likert.Select(q => q.Title));
        Assert.All(likert, q => Assert.Equal(5, q.Items.Count));
        Assert.Equal(["Not at all", "A little", "Moderately", "Considerably", "Very much", "Not applicable"], likert[0].Choices);
        // The template's words: label and statement; the bare label, which earlier lists had, still read.
        var first = likert[0].Items[0];
        Assert.Equal(("Help with challenges: The community helped me with challenges in my work.", "indicator.help_with_challenges"), (first.Text, first.Name));
        Assert.Equal(["Help with challenges"], first.Also);
        // A readiness statement mended to seed 003's words keeps its earlier wording as a header still read.
        var followUp = FormsSurveys.For(Questionnaire.HealthCheck).Questions.SelectMany(q => q.Items).Single(i => i.Name == AnswerNames.Readiness("together_follow_up"));
        Assert.Equal("Meetings dovetail with each other; they are not discrete events. Members revisit issues to assess progress. They follow up their advice to know what worked or not and to learn from the outcome.", followUp.Text);
        Assert.Equal(["Meetings dovetail with each other; they are not discrete events. Members revisit issues to assess progress and follow up their advice to learn from the outcome."], followUp.Also);
    }

    [Fact]
    public void Leadership_roles_held_become_one_multiple_choice_question()
    {
        var roles = Assert.Single(FormsSurveys.For(Questionnaire.ValueSurvey).Questions, q => q.Type == FormsQuestionType.MultipleChoice && q.Name is null);
        Assert.Equal("Leadership roles you hold", roles.Title);
        Assert.Equal(12, roles.Items.Count);
        Assert.Equal("role.transactions_help_desk", roles.Items[^1].Name);
    }

    [Fact]
    public void Member_types_are_one_multiple_choice_question_filling_one_answer()
    {
        var types = Assert.Single(FormsSurveys.For(Questionnaire.ValueSurvey).Questions, q => q.Name == AnswerNames.MemberType);
        Assert.Equal(FormsQuestionType.MultipleChoice, types.Type);
        Assert.Equal("How you take part", types.Title);
        Assert.Equal(ValueFramework.MemberTypes.Select(t => t.Name), types.Choices);
        Assert.Empty(types.Items);
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
