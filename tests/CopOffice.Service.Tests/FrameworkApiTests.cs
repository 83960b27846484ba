using System.Net;
using CopOffice.Questionnaires;

namespace CopOffice.Service.Tests;

public sealed class FrameworkApiTests(DevServiceFactory factory) : IClassFixture<DevServiceFactory>
{
    [Fact]
    public async Task Framework_lists_indicators_roles_and_every_question_of_the_three_questionnaires()
    {
        var response = await factory.CreateClient().GetAsync("/api/framework");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJson();

        Assert.Equal(20, json.GetProperty("indicators").GetArrayLength());
        var first = json.GetProperty("indicators")[0];
        Assert.Equal("help_with_challenges", first.Str("id"));
        Assert.Equal("members_short_term", first.Str("quadrant"));
        Assert.Equal("applied", first.Str("cycle"));
        Assert.Equal("indicator.help_with_challenges", first.Str("answerName"));
        Assert.Equal(12, json.GetProperty("roles").GetArrayLength());
        Assert.Equal(8, json.GetProperty("memberTypes").GetArrayLength());
        Assert.Equal(["Not at all", "A little", "Moderately", "Considerably", "Very much"], json.GetProperty("scales")[0].Strings("labels"));

        var questionnaires = json.GetProperty("questionnaires").EnumerateArray().ToList();
        // Latest first: a health check of version 1 (readiness and all) is still checked by the questions it asked.
        Assert.Equal(["value-survey 1", "health-check 2", "health-check 1", "leadership-roles 1", "forming-check 1", "action-plan 1"],
            questionnaires.Select(q => $"{q.Str("kind")} {q.GetProperty("version").GetInt32()}"));
        foreach (var q in questionnaires)
        {
            TemplateKinds.TryParse(q.Str("kind"), out var kind);
            Assert.Equal(Questionnaire.For(kind, null, q.GetProperty("version").GetInt32()).Questions.Select(x => x.Name),
                q.GetProperty("questions").EnumerateArray().Select(x => x.Str("name")));
        }

        var survey = questionnaires[0];
        var consent = survey.GetProperty("questions").EnumerateArray().Single(x => x.Str("name") == "about.consent");
        Assert.Equal("May we quote your story?", consent.Str("label"));
        Assert.Equal("choice", consent.Str("type"));
        Assert.True(consent.GetProperty("required").GetBoolean());
        Assert.Equal(["named", "anonymous", "no"], consent.Strings("choices"));
        Assert.Equal("about", consent.Str("section"));

        var rating = survey.GetProperty("questions").EnumerateArray().Single(x => x.Str("name") == "indicator.time_saving");
        Assert.Equal("rating", rating.Str("type"));
        Assert.Equal("extent", rating.Str("scale"));
        Assert.Equal("Very much", rating.Strings("scaleLabels")[4]);
        Assert.Equal("organisation_short_term", rating.Str("section"));

        var about = survey.GetProperty("sections")[0];
        Assert.Equal("About you", about.Str("title"));
        Assert.Equal(7, about.GetProperty("questions").GetInt32());
        Assert.Equal(5, about.GetProperty("required").GetInt32());

        // The follow-up block only personal templates carry: the pane adds it for a member with open stories.
        var followUp = json.GetProperty("followUp");
        Assert.Equal("What came of your earlier stories", followUp.Str("title"));
        Assert.Equal(3, followUp.GetProperty("slots").GetInt32());
        Assert.Equal(["realised", "applied", "not yet", "dropped"], followUp.Strings("outcomes"));
        var fields = followUp.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(15, fields.Count);
        Assert.Equal(("followup.1.outcome", "Earlier story 1: what came of it?", "choice", false), (fields[2].Str("name"), fields[2].Str("label"), fields[2].Str("type"), fields[2].GetProperty("required").GetBoolean()));
        Assert.Equal("followup.3.claim", fields[14].Str("name"));
        Assert.DoesNotContain(questionnaires[0].GetProperty("questions").EnumerateArray(), x => x.Str("name").StartsWith("followup.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Framework_is_served_without_sign_in()
    {
        using var tokens = new TestTokens().Factory();
        var response = await tokens.CreateClient().GetAsync("/api/framework");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
