using System.Net;
using System.Net.Http.Headers;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Service.Tests.WorkbooksApiTests;

namespace CopOffice.Service.Tests;

/// <summary>GET /api/me/aspirations: the signed-in member's own open stories, for the task pane to follow up.</summary>
public sealed class AspirationsApiTests : IAsyncLifetime
{
    private readonly TestTokens _tokens = new();
    private ServiceFactory? _factory;

    private HttpClient As(string email, params string[] roles)
    {
        var client = (_factory ??= _tokens.Factory(f => f.Settings["CopOffice:Reports:Interval"] = "00:00:00")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.For(email, roles));
        return client;
    }

    public async Task InitializeAsync()
    {
        // Ana and Ben tell stories of potential value; Cal's reached realised value already: nothing to follow up.
        foreach (var (name, insight, realised) in new[] { ("ana", "How the risk team tests models.", false), ("ben", "A checklist for data quality.", false), ("cal", "Their checklist.", true) })
        {
            var answers = Workbooks.ValidSurvey(email: $"{name}@contoso.com");
            answers[AnswerNames.Story("insights")] = insight;
            if (realised) answers[AnswerNames.Story("performance")] = "Releases stopped breaking.";
            var response = await As($"{name}@contoso.com", "Member").PostAsync("/api/submissions", Body(Workbooks.Survey(answers)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_member_gets_their_own_open_stories_and_no_one_elses()
    {
        var json = await (await As("ana@contoso.com", "Member").GetAsync("/api/me/aspirations")).ReadJson();

        Assert.Equal("2027-Q1", json.Str("nextPeriod"));
        var open = Assert.Single(json.GetProperty("open").EnumerateArray());
        Assert.Equal((StoryKeys.Of("ana@contoso.com", "Data Science", new Period(2026, 4)), "2026-Q4", "Data Science"), (open.Str("key"), open.Str("told"), open.Str("community")));
        Assert.Equal(["The monthly model-review clinic.", "How the risk team tests models."], open.Strings("words"));
        Assert.Empty((await (await As("cal@contoso.com", "Member").GetAsync("/api/me/aspirations")).ReadJson()).GetProperty("open").EnumerateArray());
        Assert.Empty((await (await As("zoe@contoso.com", "Member").GetAsync("/api/me/aspirations")).ReadJson()).GetProperty("open").EnumerateArray());
    }

    [Fact]
    public async Task Only_those_who_hand_in_workbooks_may_ask()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory!.CreateClient().GetAsync("/api/me/aspirations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As("sia@contoso.com", "Sponsor").GetAsync("/api/me/aspirations")).StatusCode);
    }
}
