using System.Net;
using System.Net.Http.Headers;
using CopOffice.Framework;
using static CopOffice.Service.Tests.WorkbooksApiTests;

namespace CopOffice.Service.Tests;

/// <summary>Summaries from everything submitted, with the aggregation's privacy: groups under the minimum size show no figures.</summary>
public sealed class SummariesTests : IClassFixture<SummariesTests.SmallGroup>, IClassFixture<SummariesTests.LargeGroups>
{
    /// <summary>Five Data Science members (four rate every indicator 4, one rates 5) and two Agile Coaching members (rating 3).</summary>
    public sealed class SmallGroup() : Submitted(2);

    /// <summary>Five Data Science members as above and five Agile Coaching members (rating 3).</summary>
    public sealed class LargeGroups() : Submitted(5);

    public abstract class Submitted(int agileMembers) : IAsyncLifetime
    {
        public TestTokens Tokens { get; } = new();
        private ServiceFactory? _factory;

        private ServiceFactory Create() => Tokens.Factory(f =>
        {
            f.Settings["CopOffice:Coordinators:bo.chen@contoso.com:0"] = "Data Science";
            f.Settings["CopOffice:Reports:Interval"] = "00:00:00";
        });

        public HttpClient As(string email, params string[] roles)
        {
            var client = (_factory ??= Create()).CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(email, roles));
            return client;
        }

        public async Task InitializeAsync()
        {
            var members = new[] { ("ana", "Data Science", 4), ("ben", "Data Science", 4), ("cat", "Data Science", 4), ("dan", "Data Science", 4), ("eve", "Data Science", 5) }
                .Concat(Enumerable.Range(0, agileMembers).Select(i => ($"agile{i}", "Agile Coaching", 3)));
            foreach (var (name, community, rating) in members)
            {
                var answers = Workbooks.ValidSurvey(email: $"{name}@contoso.com", community: community);
                foreach (var indicator in ValueFramework.Indicators) answers[$"indicator.{indicator.Id}"] = rating;
                var response = await As($"{name}@contoso.com", "Member").PostAsync("/api/submissions", Body(Workbooks.Survey(answers)));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        }

        public Task DisposeAsync()
        {
            _factory?.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly SmallGroup _data;
    private readonly LargeGroups _large;

    public SummariesTests(SmallGroup data, LargeGroups large)
    {
        _data = data;
        _large = large;
    }

    [Fact]
    public async Task A_group_under_the_minimum_size_shows_no_figures_only_the_reason()
    {
        var response = await _data.As("sia@contoso.com", "Sponsor").GetAsync("/api/communities/agile-coaching/summary");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.ReadJson();
        Assert.Equal("Agile Coaching", summary.Str("group"));
        Assert.Equal("2026-Q4", summary.Str("period"));
        Assert.False(summary.GetProperty("shown").GetBoolean());
        Assert.Equal("fewer than 5 respondents", summary.Str("reason"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, summary.GetProperty("respondents").ValueKind);
        Assert.Equal(0, summary.GetProperty("indicators").GetArrayLength());
        Assert.DoesNotContain("3", summary.GetProperty("rows").ToString().Replace("2026-Q4", ""));
    }

    [Fact]
    public async Task A_large_enough_group_beside_a_small_one_is_hidden_too_so_the_small_one_cannot_be_worked_out()
    {
        // The organisation (7) minus Data Science (5) would give away Agile Coaching (2).
        var summary = await (await _data.As("bo.chen@contoso.com", "Coordinator").GetAsync("/api/communities/data-science/summary")).ReadJson();
        Assert.False(summary.GetProperty("shown").GetBoolean());
        Assert.Equal("hidden so that a smaller group cannot be worked out by subtraction", summary.Str("reason"));
        Assert.Equal(["Figures", "not shown: hidden so that a smaller group cannot be worked out by subtraction"], summary.GetProperty("rows")[3].EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_large_enough_community_shows_its_figures_to_its_coordinator()
    {
        var response = await _large.As("bo.chen@contoso.com", "Coordinator").GetAsync("/api/communities/data-science/summary");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.ReadJson();
        Assert.True(summary.GetProperty("shown").GetBoolean());
        Assert.Equal("Data Science", summary.Str("group"));
        Assert.Equal(5, summary.GetProperty("minimumGroupSize").GetInt32());
        Assert.Equal(5, summary.GetProperty("respondents").GetInt32());
        var first = summary.GetProperty("indicators")[0];
        Assert.Equal("help_with_challenges", first.Str("id"));
        Assert.Equal("Help with challenges", first.Str("name"));
        Assert.Equal(4.2, first.GetProperty("mean").GetDouble());
        Assert.Equal(4, first.GetProperty("median").GetDouble());
        Assert.Equal(1, first.GetProperty("topTwoBoxShare").GetDouble());
        Assert.Equal(5, first.GetProperty("rated").GetInt32());
        // The organisation: (4·4 + 5 + 3·5) / 10.
        Assert.Equal(3.6, first.GetProperty("organisationMean").GetDouble());
        Assert.Equal(4.2, summary.GetProperty("quadrants")[0].GetProperty("mean").GetDouble());
        var rows = summary.GetProperty("rows");
        Assert.Equal("CopOffice summary: Data Science, 2026-Q4", rows[0][0].GetString());
        Assert.Equal("Respondents", rows[3][0].GetString());
        Assert.Equal(5, rows[3][1].GetInt32());
        Assert.Equal(["Short-term value to members", "4.2", "4", "1", "5", "0", "", "3.6"], rows[7].EnumerateArray().Select(c => c.ToString()));
    }

    [Fact]
    public async Task A_coordinator_sees_only_their_communities_and_a_member_none()
    {
        var other = await _data.As("bo.chen@contoso.com", "Coordinator").GetAsync("/api/communities/agile-coaching/summary");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("You see the summaries of the communities you coordinate, and you are not listed as coordinator of agile-coaching. Ask your CopOffice administrator to add you (CopOffice:Coordinators).",
            (await other.ReadJson()).Str("detail"));
        // A community that does not exist answers the same: a coordinator cannot probe for names.
        var probe = await _data.As("bo.chen@contoso.com", "Coordinator").GetAsync("/api/communities/knitting/summary");
        Assert.Equal(HttpStatusCode.Forbidden, probe.StatusCode);
        Assert.Equal("Not your community", (await probe.ReadJson()).Str("title"));
        Assert.Equal(HttpStatusCode.Forbidden, (await _data.As("ana@contoso.com", "Member").GetAsync("/api/communities/data-science/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _data.As("bo.chen@contoso.com", "Coordinator").GetAsync("/api/organisation/summary")).StatusCode);
    }

    [Fact]
    public async Task A_sponsor_sees_the_organisation()
    {
        var summary = await (await _data.As("sia@contoso.com", "Sponsor").GetAsync("/api/organisation/summary")).ReadJson();
        Assert.Equal("Organisation", summary.Str("group"));
        Assert.True(summary.GetProperty("shown").GetBoolean());
        Assert.Equal(7, summary.GetProperty("respondents").GetInt32());
        // (4·4 + 5 + 3·2) / 7 = 27/7
        Assert.Equal(3.86, summary.GetProperty("indicators")[0].GetProperty("mean").GetDouble());
    }

    [Fact]
    public async Task Unknown_communities_and_periods_say_why_there_is_nothing()
    {
        var sponsor = _data.As("sia@contoso.com", "Sponsor");
        var unknown = await sponsor.GetAsync("/api/communities/knitting/summary");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("No accepted responses name the community \"knitting\" yet, so there is nothing to summarise. Check the community's name in the workbook (about.community).", (await unknown.ReadJson()).Str("detail"));
        var period = await sponsor.GetAsync("/api/organisation/summary?period=2019-Q1");
        Assert.Equal(HttpStatusCode.NotFound, period.StatusCode);
        Assert.Equal("Nothing accepted covers the period \"2019-Q1\" (write it as 2026-Q4).", (await period.ReadJson()).Str("detail"));
    }
}
