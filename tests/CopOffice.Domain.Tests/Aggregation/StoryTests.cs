using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

public class StoryTests
{
    private static Dictionary<string, string> Story(string activities, string? performance = null, string? quantitative = null, string? reframing = null)
    {
        var story = new Dictionary<string, string> { ["activities"] = activities };
        if (performance is not null) story["performance"] = performance;
        if (quantitative is not null) story["organisation_quantitative"] = quantitative;
        if (reframing is not null) story["reframing"] = reframing;
        return story;
    }

    /// <summary>A community of <paramref name="size"/> with three stories: named, anonymous and not to be quoted.</summary>
    private static List<Response> Community(int size, string name = "Data") =>
    [
        Survey(name, Q4, "ann@contoso.com", unit: "Finance", type: "Expert", consent: Consent.Named, name: "Ann Smith",
            story: Story("Clinic on pipelines", "We saved 12 hours a sprint.", "12 hours; €3,000")),
        Survey(name, Q4, "bob@contoso.com", unit: "Legal", type: "Core member", consent: Consent.Anonymous,
            story: Story("Peer review", quantitative: "2 days of rework avoided")),
        Survey(name, Q4, "cat@contoso.com", unit: "Legal", consent: Consent.No,
            story: Story("Lunch talk", "Saved 40 hours", reframing: "We changed how we plan releases.")),
        .. Members(name, Q4, size - 3, unit: "Sales"),
    ];

    [Fact]
    public void Named_stories_carry_the_name_anonymous_ones_nothing_private_ones_are_not_shared()
    {
        var view = Build(Community(12)).Organisation(Q4);

        Assert.Equal(2, view.Stories.Count);
        var named = view.Stories[0];
        Assert.Equal((StoryConsent.Named, "Ann Smith", "Finance", "Expert", "S2026Q4-001"), (named.Consent, named.MemberName, named.Unit, named.MemberType, named.Id));
        var anonymous = view.Stories[1];
        Assert.Equal((StoryConsent.Anonymous, (string?)null, (string?)null, (string?)null, "S2026Q4-002"), (anonymous.Consent, anonymous.MemberName, anonymous.Unit, anonymous.MemberType, anonymous.Id));
        Assert.Equal("Data", anonymous.Community);
        Assert.DoesNotContain(view.Stories, s => s.Answers.Any(a => a.Text.Contains("Lunch talk")));
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    public void Anonymous_stories_need_the_free_text_threshold_named_ones_do_not(int size, bool anonymousShown)
    {
        var view = Build(Community(size)).Organisation(Q4);

        Assert.Contains(view.Stories, s => s.Consent == StoryConsent.Named);
        Assert.Equal(anonymousShown, view.Stories.Any(s => s.Consent == StoryConsent.Anonymous));
        Assert.Equal(anonymousShown, view.ConditionsByCommunity.Single().Conditions.IsShown);
    }

    [Fact]
    public void Stories_that_begin_alike_are_numbered_by_all_their_words_whatever_the_input_order()
    {
        // The first 64 characters, by which stories are ordered first, are the same; the rest decides.
        var opening = new string('x', 70);
        List<Response> Stories(params string[] endings) =>
        [
            .. endings.Select((ending, i) => Survey("Data", Q4, $"m{i}@contoso.com", consent: Consent.Anonymous, story: Story(opening + ending))),
            .. Members("Data", Q4, 10, unit: "Sales"),
        ];

        var forwards = Build(Stories("c", "a", "b")).Organisation(Q4).Stories;
        var backwards = Build(Stories("b", "a", "c")).Organisation(Q4).Stories;

        Assert.Equal([opening + "a", opening + "b", opening + "c"], forwards.Select(s => s.Answers.Single().Text));
        Assert.Equal(forwards.Select(s => (s.Id, s.Answers.Single().Text)), backwards.Select(s => (s.Id, s.Answers.Single().Text)));
    }

    [Fact]
    public void Stories_are_tagged_with_the_value_cycles_their_answers_reach()
    {
        var story = Build(Community(12)).Organisation(Q4).Stories[0];

        Assert.Equal([ValueCycle.Immediate, ValueCycle.Realized], story.Cycles);
        Assert.True(story.LinksCycles);
        Assert.Equal(["activities", "performance", "organisation_quantitative"], story.Answers.Select(a => a.Question.Id));
    }

    [Fact]
    public void Non_answers_reach_no_cycle()
    {
        var response = Survey("Data", Q4, "x@contoso.com", consent: Consent.Named, story: new Dictionary<string, string>
        {
            ["activities"] = "Monthly meet-ups", ["insights"] = "n/a", ["practice"] = " - ", ["performance"] = "None.", ["reframing"] = "Not yet",
        });
        var story = Build([response, .. Members("Data", Q4, 5)]).Organisation(Q4).Stories.Single();

        Assert.Equal([ValueCycle.Immediate], story.Cycles);
        Assert.False(story.LinksCycles);
    }

    [Fact]
    public void Claims_are_kept_as_stated_and_summed_per_community_and_unit_over_shown_stories_only()
    {
        var view = Build([.. Community(12), .. Community(12, "Ops")]).Organisation(Q4);

        // Ann's "12 hours" appears twice in her story and counts once ("a sprint" is no rate CopOffice reads);
        // Cat's 40 hours are not shared and not counted.
        Assert.Equal(["12 hours", "€3,000"], view.Stories[0].Claims.Select(c => c.Stated));
        Assert.Equal(
            ["Organisation: 24 hours per 2", "Organisation: 4 days per 2", "Organisation: 6000 EUR per 2",
             "Data: 12 hours per 1", "Data: 2 days per 1", "Data: 3000 EUR per 1",
             "Ops: 12 hours per 1", "Ops: 2 days per 1", "Ops: 3000 EUR per 1"],
            view.ClaimTotals.Select(t => $"{t.Community ?? "Organisation"}: {t.Total} {t.Unit} per {t.Claims}"));
    }

    [Fact]
    public void The_value_creation_matrix_shows_evidence_per_cycle_and_the_stories_that_link_cycles()
    {
        var matrix = Build(Community(12)).Organisation(Q4).ValueCreation;

        Assert.Equal(ValueCycles.All, matrix.Columns.Select(c => c.Cycle));
        var realized = matrix.Columns.Single(c => c.Cycle == ValueCycle.Realized);
        Assert.Equal(["marketability", "time_saving", "strategic_capabilities", "retention_of_talents"], realized.Indicators.Select(i => i.Id));
        var evidence = Assert.IsType<Shown<CycleEvidence>>(realized.Evidence).Value;
        Assert.Equal((48, 3.0, 0.0), (evidence.Ratings, evidence.Mean!.Value, evidence.TopTwoBoxShare!.Value));
        Assert.Equal(3, evidence.StoriesReaching);         // Ann's, Bob's and Cat's: every story counts, quoted or not
        Assert.Equal(["S2026Q4-001", "S2026Q4-002"], realized.StoryIds);
        Assert.Equal(["S2026Q4-001"], matrix.Columns.Single(c => c.Cycle == ValueCycle.Immediate).StoryIds.Intersect(["S2026Q4-001"]));
        var link = matrix.Links.Single(l => l.From == ValueCycle.Immediate && l.To == ValueCycle.Realized);
        Assert.Equal(["S2026Q4-001", "S2026Q4-002"], link.StoryIds);
    }

    [Fact]
    public void Enablers_and_challenges_are_counted_as_repeats_across_case_spacing_and_punctuation()
    {
        var responses = Members("Data", Q4, 10).Select((r, i) => r with
        {
            Texts = new Dictionary<string, string>
            {
                [AnswerNames.Enablers] = i switch
                {
                    0 => "Time to share!\nA sponsor",
                    1 => "time to  share",
                    2 => "- Time to share.; budget",
                    3 => "n/a",
                    _ => "A sponsor",
                },
                [AnswerNames.Challenges] = i < 3 ? "Workload" : "workload; travel",
            },
        }).ToList();
        var conditions = Build(responses).Organisation(Q4).Conditions;

        Assert.Equal(["A sponsor ×7", "Time to share! ×3", "budget ×1"], conditions.Enablers.Select(e => $"{e.Text} ×{e.Count}"));
        Assert.Equal(["workload ×10", "travel ×7"], conditions.Challenges.Select(e => $"{e.Text} ×{e.Count}"));
    }

    [Fact]
    public void Texts_of_communities_under_the_free_text_threshold_are_left_out_of_the_organisations_lists_too()
    {
        var big = Members("Data", Q4, 12).Select(r => r with { Texts = new Dictionary<string, string> { [AnswerNames.Enablers] = "Budget" } });
        var small = Members("Ops", Q4, 6).Select(r => r with { Texts = new Dictionary<string, string> { [AnswerNames.Enablers] = "Budget; Secret plan" } });
        var view = Build([.. big, .. small]).Organisation(Q4);

        Assert.Equal(["Budget ×12"], view.Conditions.Enablers.Select(e => $"{e.Text} ×{e.Count}"));
        Assert.Equal("fewer than 10 respondents (the threshold for free text)", view.ConditionsByCommunity.Single(c => c.Community == "Ops").Conditions.Text(_ => ""));
    }

    [Fact]
    public void A_member_sees_their_own_story_whatever_they_consented_to()
    {
        var picture = Build(Community(12));
        var cat = picture.Member("cat@contoso.com").History.Single();

        Assert.Equal(StoryConsent.Private, cat.Story!.Consent);
        Assert.Null(cat.Story.Id);
        Assert.Equal("cat", cat.Story.MemberName);
        Assert.Equal(["40 hours"], cat.Story.Claims.Select(c => c.Stated));
        Assert.Equal("S2026Q4-002", picture.Member("bob@contoso.com").History.Single().Story!.Id);
    }
}
