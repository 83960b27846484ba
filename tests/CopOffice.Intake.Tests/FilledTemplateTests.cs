using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Tests;

/// <summary>The real templates, written by TemplateWriter and filled in with ClosedXML, read back.</summary>
public class FilledTemplateTests
{
    [Fact]
    public void A_filled_value_survey_is_read_through_its_defined_names()
    {
        var raw = TestIntake.Raw(TemplateFiles.FilledSurvey());

        Assert.Equal(TemplateKind.ValueSurvey, raw.Kind);
        Assert.Equal(1, raw.Version);
        Assert.Equal(TestIntake.FileTime, raw.Source.FileTime);
        Assert.Equal(Questionnaire.ValueSurvey.Questions.Count(), raw.Answers.Count);
        Assert.Equal("Ada Lovelace", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal("member.xlsx, Survey!C5, about.name", raw.Answers[AnswerNames.Name].Location.ToString());
        Assert.Equal(3d, raw.Answers[AnswerNames.Indicator("time_saving")].Value);
        Assert.Equal("member.xlsx, Survey!C47, indicator.time_saving", raw.Answers[AnswerNames.Indicator("time_saving")].Location.ToString());
        Assert.Null(raw.Answers[AnswerNames.Story("insights")].Value);
        Assert.Equal("member.xlsx, Survey!C63, story.insights", raw.Answers[AnswerNames.Story("insights")].Location.ToString());
        Assert.Empty(raw.Findings);
    }

    [Fact]
    public void A_filled_value_survey_is_accepted()
    {
        var result = TestIntake.Judged(TemplateFiles.FilledSurvey());

        Assert.Empty(result.Findings);
        var response = Assert.IsType<Response>(result.Response);
        Assert.Equal("Data Science", response.Community);
        Assert.Equal(new Period(2026, 4), response.Period);
        Assert.Equal("ada@example.org", response.MemberEmail);
        Assert.Equal(["networking"], response.RolesHeld);
        Assert.Equal(20, response.Ratings.Count);
        Assert.Equal(TestIntake.FileTime, response.Time);
    }
}
