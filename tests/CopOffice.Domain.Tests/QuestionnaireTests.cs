using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Domain.Tests;

public class QuestionnaireTests
{
    [Theory]
    [InlineData(TemplateKind.ValueSurvey, 54)]      // 7 about + 12 roles + 20 indicators + 4 reflections + 8 story + 1 at its best + 2 conditions
    [InlineData(TemplateKind.HealthCheck, 30)]      // 5 about + 10 factors × 2 + 5 vision (readiness: the forming check's)
    [InlineData(TemplateKind.LeadershipRoles, 101)] // 5 about + 12 roles × 8 columns
    [InlineData(TemplateKind.FormingCheck, 29)]     // 5 about + 19 readiness + 5 vision
    public void Each_template_asks_a_fixed_set_of_uniquely_named_questions(TemplateKind kind, int count)
    {
        var names = Questionnaire.For(kind, community: null).Questions.Select(q => q.Name).ToList();
        Assert.Equal(count, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches(@"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$", n));
    }

    [Fact]
    public void Only_the_complete_survey_and_personal_templates_follow_up_earlier_stories()
    {
        Assert.Equal(54 + 3 * 5, Questionnaire.ValueSurvey.Questions.Count());                 // what the intake reads
        Assert.DoesNotContain(Questionnaire.For(TemplateKind.ValueSurvey, null).Sections, s => s.Id == "followup");
        Assert.Equal(["story", "quote", "outcome", "difference", "claim"],
            Questionnaire.ValueSurvey.Sections.Single(s => s.Id == "followup").Questions.Take(5).Select(q => q.Name.Split('.')[2]));
    }

    [Fact]
    public void The_health_check_asked_readiness_until_version_2_and_the_intake_still_reads_it()
    {
        var readiness = ValueFramework.ReadinessQuestions.Select(q => AnswerNames.Readiness(q.Id)).ToList();
        Assert.Equal(2, Questionnaire.HealthCheck.Version);
        Assert.Equal(readiness, Questionnaire.For(TemplateKind.HealthCheck, null, 1).Questions.Select(q => q.Name).Where(AnswerNames.IsReadiness));
        Assert.DoesNotContain(Questionnaire.For(TemplateKind.HealthCheck, null).Questions, q => AnswerNames.IsReadiness(q.Name));
        Assert.Equal(readiness, Questionnaire.HealthCheck.Questions.Select(q => q.Name).Where(AnswerNames.IsReadiness));       // what the intake reads
        Assert.Equal(readiness, Questionnaire.FormingCheck.Questions.Select(q => q.Name).Where(AnswerNames.IsReadiness));
    }

    [Fact]
    public void The_value_survey_rates_every_indicator_on_the_extent_scale()
    {
        var ratings = Questionnaire.ValueSurvey.Questions.Where(q => q.Type == AnswerType.Rating).ToList();
        Assert.Equal(ValueFramework.Indicators.Select(i => AnswerNames.Indicator(i.Id)), ratings.Select(r => r.Name));
        Assert.All(ratings, r => Assert.Same(RatingScale.Extent, r.Scale));
        Assert.All(ratings, r => Assert.True(r.Required));
        Assert.Equal("Help with challenges", ratings[0].Label);
    }

    [Fact]
    public void Required_answers_of_the_value_survey()
    {
        Assert.Equal(["about.name", "about.email", "about.community", "about.period", "about.consent"],
            Questionnaire.ValueSurvey.Questions.Where(q => q.Required && q.Type != AnswerType.Rating).Select(q => q.Name));
    }

    [Fact]
    public void The_health_check_rates_factors_and_readiness_on_the_agreement_scale()
    {
        var ratings = Questionnaire.HealthCheck.Questions.Where(q => q.Type == AnswerType.Rating).ToList();
        Assert.Equal(10 + 19, ratings.Count);
        Assert.All(ratings, r => Assert.Same(RatingScale.Agreement, r.Scale));
        // Seed 001's steps are the organisation's programme: no longer asked of a community, still read from earlier templates.
        Assert.Null(Questionnaire.HealthCheck.Find(AnswerNames.Stage));
        Assert.Equal(ValueFramework.CultivationStages.Select(s => s.Name), Assert.Single(Questionnaire.HealthCheck.Retired).Choices);
    }

    [Fact]
    public void The_roles_analysis_is_a_grid_of_roles_by_aspects()
    {
        var grid = Questionnaire.LeadershipRoles.Sections.Single(s => s.Grid is not null).Grid!;
        Assert.Equal(12, grid.Rows.Count);
        Assert.Equal(["holders", "member_type", "purpose", "actions", "challenges", "gratification", "qualification", "support"], grid.Columns.Select(c => c.Id));
        Assert.Equal(AnswerType.Choices, Questionnaire.LeadershipRoles.Get("roles.expertise.member_type").Type);   // "circle any that applies"
        Assert.Equal(AnswerType.Choices, Questionnaire.ValueSurvey.Get(AnswerNames.MemberType).Type);
    }

    [Fact]
    public void Rating_scales_label_one_to_five()
    {
        Assert.Equal("Agree", RatingScale.Agreement.Label(4));
        Assert.Equal("Not at all", RatingScale.Extent.Label(1));
        Assert.Equal("1 = Not at all · 2 = A little · 3 = Moderately · 4 = Considerably · 5 = Very much", RatingScale.Extent.Legend());
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingScale.Extent.Label(6));
    }

    [Theory]
    [InlineData("value-survey", TemplateKind.ValueSurvey)]
    [InlineData(" Health-Check ", TemplateKind.HealthCheck)]
    [InlineData("leadership-roles", TemplateKind.LeadershipRoles)]
    public void Template_kinds_parse_from_their_ids(string id, TemplateKind kind)
    {
        Assert.True(TemplateKinds.TryParse(id, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void An_unknown_kind_does_not_parse() => Assert.False(TemplateKinds.TryParse("expense-claim", out _));
}
