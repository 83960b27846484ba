using CopOffice.Aggregation;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>Stories followed from their promise (potential, applied) to realised value over later periods, by their keys.</summary>
public class ValueFlowTests
{
    private static readonly Dictionary<string, string> Promise = new() { ["insights"] = "A new way to test pipelines." };

    /// <summary>
    /// Data (10 or more members a quarter): in Q2 Ann, Bob, Cat and Dan tell stories of potential value. Ann applies hers in Q3 and
    /// realises it in Q4; Bob drops his in Q3; Cat says "not yet" in Q3; Dan is never asked. Eve's follow-up names a key
    /// CopOffice never made a story for. Tiny (3 members) tells one in Q2: too few to be counted.
    /// </summary>
    private static List<Response> Responses()
    {
        var responses = new List<Response>();
        foreach (var period in new[] { Q2, Q3, Q4 })
        {
            responses.AddRange(Members("Data", period, 8, prefix: "m"));   // Data reaches the free-text threshold of 10 every period
            responses.AddRange(Members("Tiny", period, 2, prefix: "t"));
            responses.AddRange(Members("Ops", period, 12, prefix: "o"));
            responses.AddRange(Members("Lab", period, 6, prefix: "l"));       // hidden with Tiny, so that Tiny cannot be worked out
        }
        responses.Add(Survey("Data", Q2, "ann@contoso.com", consent: Consent.Named, name: "Ann Lee", story: Promise));
        responses.Add(Survey("Data", Q2, "bob@contoso.com", consent: Consent.Anonymous, story: Promise));
        responses.Add(Survey("Data", Q2, "cat@contoso.com", consent: Consent.Named, story: Promise));
        responses.Add(Survey("Data", Q2, "dan@contoso.com", story: Promise));
        responses.Add(Survey("Tiny", Q2, "tia@contoso.com", consent: Consent.Named, story: Promise));

        responses.Add(FollowingUp(Survey("Data", Q3, "ann@contoso.com"), ("ann@contoso.com", "Data", Q2, FollowUp.Applied, "Used in our pipeline tests.", null)));
        responses.Add(FollowingUp(Survey("Data", Q3, "bob@contoso.com"), ("bob@contoso.com", "Data", Q2, FollowUp.Dropped, null, null)));
        responses.Add(FollowingUp(Survey("Data", Q3, "cat@contoso.com"), ("cat@contoso.com", "Data", Q2, FollowUp.NotYet, null, null)));
        responses.Add(Survey("Data", Q3, "dan@contoso.com"));
        responses.Add(FollowingUp(Survey("Data", Q4, "ann@contoso.com"), ("ann@contoso.com", "Data", Q2, FollowUp.Realised, "Broken releases down from 6 to 1 a quarter.", "saves 10 hours a month")));
        responses.Add(FollowingUp(Survey("Data", Q4, "eve@contoso.com"), ("eve@contoso.com", "Data", Q1, FollowUp.Realised, "Something.", null)));
        responses.Add(FollowingUp(Survey("Tiny", Q3, "tia@contoso.com"), ("tia@contoso.com", "Tiny", Q2, FollowUp.Realised, "Done.", null)));
        return responses;
    }

    private static Response FollowingUp(Response survey, params (string Email, string Community, Period Told, string Outcome, string? Difference, string? Claim)[] ups)
    {
        var texts = new Dictionary<string, string>(survey.Texts, StringComparer.Ordinal);
        for (var i = 0; i < ups.Length; i++)
        {
            var (email, community, told, outcome, difference, claim) = ups[i];
            texts[AnswerNames.FollowUp(i + 1, "story")] = StoryKeys.Of(email, community, told);
            texts[AnswerNames.FollowUp(i + 1, "outcome")] = outcome;
            if (difference is not null) texts[AnswerNames.FollowUp(i + 1, "difference")] = difference;
            if (claim is not null) texts[AnswerNames.FollowUp(i + 1, "claim")] = claim;
        }
        return survey with { Texts = texts };
    }

    [Fact]
    public void A_story_is_followed_from_potential_through_applied_to_realised_and_leaks_are_counted()
    {
        var flow = Build(Responses()).Community("Data", Q4).Flow;

        var cohort = Assert.Single(flow.Cohorts);
        Assert.Equal(Q2, cohort.Told);
        Assert.Equal(new FlowCounts(Aspirations: 4, AppliedLater: 1, RealisedLater: 1, Dropped: 1, NotYetAfterTwo: 1, NotFollowedUp: 1, MeanPeriodsToRealised: 2.0),
            Assert.IsType<Shown<FlowCounts>>(cohort.Counts).Value);
        Assert.Equal(2, ((Shown<FlowCounts>)cohort.Counts).Value.Leaking);
        var realised = Assert.Single(flow.Realised);
        Assert.Equal(("Ann Lee", Q2, Q4, "Broken releases down from 6 to 1 a quarter.", "saves 10 hours a month"),
            (realised.Story.MemberName, realised.Story.Period, realised.RealisedIn, realised.Difference, realised.Claim));
        var unlinked = Assert.Single(flow.Unlinked);
        Assert.Equal(StoryKeys.Of("eve@contoso.com", "Data", Q1), unlinked.Key);
    }

    [Fact]
    public void A_flow_seen_from_an_earlier_period_knows_only_what_was_said_by_then()
    {
        var counts = Assert.IsType<Shown<FlowCounts>>(Assert.Single(Build(Responses()).Community("Data", Q3).Flow.Cohorts).Counts).Value;

        // In Q3 Ann has applied hers (not yet realised), and Cat's "not yet" is one period old: no leak yet.
        Assert.Equal(new FlowCounts(4, 1, 0, 1, 0, 1, null), counts);
    }

    [Fact]
    public void A_community_below_the_minimum_group_size_is_withheld_and_left_out_of_the_organisation()
    {
        var picture = Build(Responses());

        Assert.Equal("fewer than 5 respondents", Assert.Single(picture.Community("Tiny", Q4).Flow.Cohorts).Counts.Text(_ => ""));
        Assert.Empty(picture.Community("Tiny", Q4).Flow.Realised);
        var organisation = Assert.IsType<Shown<FlowCounts>>(Assert.Single(picture.Organisation(Q4).Flow.Cohorts).Counts).Value;
        Assert.Equal(4, organisation.Aspirations);                       // Data's four; Tiny's one is in no figure
        Assert.Equal(1, organisation.RealisedLater);
    }

    [Fact]
    public void The_same_input_in_another_order_gives_the_same_flow()
    {
        var responses = Responses();
        var expected = Build(responses).Organisation(Q4).Flow;
        var shuffled = Build(responses.OrderBy(r => StoryKeys.Of(r.MemberEmail ?? "", r.Community, r.Period), StringComparer.Ordinal)).Organisation(Q4).Flow;

        Assert.Equal(expected.Cohorts, shuffled.Cohorts);
        Assert.Equal(expected.Realised.Select(r => (r.Story.Id, r.RealisedIn, r.Difference)), shuffled.Realised.Select(r => (r.Story.Id, r.RealisedIn, r.Difference)));
    }

    [Fact]
    public void A_member_sees_their_own_stories_over_time_and_their_next_template_only_the_open_ones()
    {
        var picture = Build(Responses());

        var ann = Assert.Single(picture.Member("ann@contoso.com").Aspirations);
        Assert.Equal((Q2, "realised in 2026-Q4"), (ann.Told, ann.Status));
        Assert.Equal(["2026-Q3 applied Used in our pipeline tests.", "2026-Q4 realised Broken releases down from 6 to 1 a quarter."],
            ann.FollowUps.Select(f => $"{f.Period} {f.Outcome} {f.Difference}"));
        Assert.Equal("not yet (2026-Q3)", Assert.Single(picture.Member("cat@contoso.com").Aspirations).Status);
        // Her own, even though Tiny is too small for any shared figure.
        Assert.Equal("realised in 2026-Q3", Assert.Single(picture.Member("tia@contoso.com").Aspirations).Status);

        var next = picture.NextSurveys();
        Assert.All(next, n => Assert.Equal(new Period(2027, 1), n.Period));
        Assert.Empty(next.Single(n => n.Email == "ann@contoso.com").Open);          // realised: closed
        Assert.Empty(next.Single(n => n.Email == "bob@contoso.com").Open);          // dropped: closed
        Assert.Equal([StoryKeys.Of("cat@contoso.com", "Data", Q2)], next.Single(n => n.Email == "cat@contoso.com").Open.Select(o => o.Key));
        Assert.Equal([StoryKeys.Of("dan@contoso.com", "Data", Q2)], next.Single(n => n.Email == "dan@contoso.com").Open.Select(o => o.Key));
        Assert.Equal("A new way to test pipelines.", next.Single(n => n.Email == "dan@contoso.com").Open[0].Answers[0].Text);
    }

    [Fact]
    public void A_follow_ups_figure_adds_to_the_realised_value_of_its_period_and_a_claim_already_made_does_not_count_twice()
    {
        var responses = Responses();
        // Cat's story had already claimed its figure; in Q4 she realises it and repeats the figure, with one more.
        var cat = responses.FindIndex(r => r.MemberEmail == "cat@contoso.com" && r.Period == Q2);
        responses[cat] = responses[cat] with { Texts = new Dictionary<string, string>(responses[cat].Texts) { [AnswerNames.Story("practice")] = "We use it: saves 3 hours a week." } };
        responses.Add(FollowingUp(Survey("Data", Q4, "cat@contoso.com"), ("cat@contoso.com", "Data", Q2, FollowUp.Realised, "Fewer failed builds.", "saves 3 hours a week and 200 EUR")));

        var view = Build(responses).Community("Data", Q4);

        // Ann's 10 hours a month and Cat's 200 EUR are new in Q4; Cat's 3 hours a week was her story's own claim (of Q2).
        Assert.Equal(["EUR 200 (1 claim, 1 story)", "hours per month 10 (1 claim, 1 story)"],
            view.ClaimTotals.Select(t => $"{t.Unit} {t.Total} ({t.Claims} claim, {t.Stories} story)").Order(StringComparer.Ordinal));
        Assert.Equal(["200 EUR"], view.Flow.Realised.Single(r => r.Story.MemberName == "cat").NewClaims.Select(c => $"{c.Amount} {c.Unit}"));
    }

    [Fact]
    public void A_key_is_stable_names_no_one_and_says_its_period()
    {
        var key = StoryKeys.Of("Ann@Contoso.com ", "data", Q2);

        Assert.Equal(key, StoryKeys.Of("ann@contoso.com", "Data", Q2));
        Assert.NotEqual(key, StoryKeys.Of("ann@contoso.com", "Data", Q3));
        Assert.Matches("^ST-2026Q2-[0-9A-F]{10}$", key);
        Assert.DoesNotContain("ann", key, StringComparison.OrdinalIgnoreCase);
        Assert.True(StoryKeys.TryParse(key, out var told));
        Assert.Equal(Q2, told);
        Assert.False(StoryKeys.TryParse("ST-2026Q5-0123456789", out _));
    }
}
