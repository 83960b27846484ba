using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

public class CoordinationTests
{
    private static List<Response> Responses() =>
    [
        RolesAnalysis("Data", Q3, new Dictionary<string, string>
        {
            [AnswerNames.RoleAnalysis("coordination", "holders")] = "Ann, Bob and Chris",
            [AnswerNames.RoleAnalysis("coordination", "member_type")] = "Coordinator",
            [AnswerNames.RoleAnalysis("coordination", "purpose")] = "Keeps the rhythm going.",
            [AnswerNames.RoleAnalysis("expertise", "holders")] = "Dee",
            [AnswerNames.RoleAnalysis("networking", "holders")] = "n/a",
        }),
        Survey("Data", Q4, "eve@contoso.com", consent: Consent.Named, name: "Eve Adams", roles: ["documentation_repository"]),
        Survey("Data", Q4, "fay@contoso.com", roles: ["infrastructure"]),
        Survey("Data", Q4, "gus@contoso.com", roles: ["infrastructure", "coordination"]),
        .. Members("Data", Q4, 4),
        .. Members("Ops", Q4, 2), Survey("Ops", Q4, "hal@contoso.com", roles: ["infrastructure"]),
        .. Members("Tiny", Q4, 2),                          // with Ops, the withheld rest holds 5 people: Data can be shown
        .. Members("Big", Q4, 30),
        HealthCheck("Data", Q3, new Dictionary<string, int>
        {
            ["domain_energizes_core_group"] = 4, ["skillful_reputable_coordinator"] = 5, ["strategic_relevance_of_domain"] = 2, ["visible_sponsorship"] = NotApplicable,
        }, "get going", new Dictionary<string, int> { ["domain_identity"] = 4, ["domain_belonging"] = 2, ["domain_scope"] = NotApplicable },
            new Dictionary<string, string> { [AnswerNames.Vision("purpose")] = "Better pipelines.", [AnswerNames.FactorComment("visible_sponsorship")] = "New director." }),
        HealthCheck("Ops", Q4, new Dictionary<string, int> { ["strategic_relevance_of_domain"] = 4, ["visible_sponsorship"] = 3 }, "encourage"),
    ];

    [Fact]
    public void Roles_come_from_the_latest_analysis_and_what_members_said_with_the_gaps()
    {
        var data = Build(Responses()).Community("Data", Q4).Roles;

        Assert.Equal(["event_facilitation", "inquiry_learning_agenda", "subgroup_leadership", "networking", "institutional_liaison",
            "boundary_connections", "generations_newcomers_alumni", "transactions_help_desk"], data.Gaps.Select(g => g.Id));
        Assert.Equal(4, data.Filled);
        Assert.Equal((Q3, "Coordinator"), (data.AnalysisPeriod!.Value, data.CompletedBy!));
        var coordination = data.Roles.Single(r => r.Role.Id == "coordination");
        Assert.Equal(["Ann", "Bob", "Chris"], coordination.Holders);
        Assert.Equal("Coordinator", coordination.HoldersMemberType);
        Assert.Equal(["Purpose: Keeps the rhythm going."], coordination.Notes.Select(n => $"{n.Aspect.Title}: {n.Text}"));
        Assert.Equal(1, Assert.IsType<Shown<int>>(coordination.MembersSaying).Value);
        Assert.Equal(["Eve Adams"], data.Roles.Single(r => r.Role.Id == "documentation_repository").NamedMembers);
        var infrastructure = data.Roles.Single(r => r.Role.Id == "infrastructure");
        Assert.Empty(infrastructure.NamedMembers);                 // Fay and Gus did not agree to be named
        Assert.Equal(2, Assert.IsType<Shown<int>>(infrastructure.MembersSaying).Value);
    }

    [Fact]
    public void What_members_of_a_withheld_community_said_is_not_counted_by_name_or_number()
    {
        var ops = Build(Responses()).Organisation(Q4).Roles.Single(r => r.Community == "Ops");
        var infrastructure = ops.Roles.Single(r => r.Role.Id == "infrastructure");

        Assert.Equal("fewer than 5 respondents", infrastructure.MembersSaying.Text(n => n.ToString()));
        Assert.False(infrastructure.Filled);
        Assert.Null(ops.AnalysisPeriod);
        Assert.Equal(12, ops.Gaps.Count);
    }

    [Fact]
    public void Health_uses_each_communitys_latest_check_and_summarises_factors_across_communities()
    {
        var view = Build(Responses()).Organisation(Q4);

        Assert.Equal(["Data 2026-Q3", "Ops 2026-Q4"], view.Health.Select(h => $"{h.Community} {h.CheckPeriod}"));
        var data = view.Health[0];
        Assert.Equal("New director.", data.Factors.Single(f => f.Factor.Id == "visible_sponsorship").Comment);
        Assert.True(data.Factors.Single(f => f.Factor.Id == "visible_sponsorship").Rating!.Value.IsNotApplicable);
        // A health check of version 1 still asked readiness: it stands until a forming check replaces it.
        var readiness = Assert.Single(view.Readiness);
        Assert.Equal(("Data", Q3, TemplateKind.HealthCheck), (readiness.Community, readiness.AssessedIn, readiness.From));
        var domain = readiness.Themes.Single(r => r.Theme.Id == "domain");
        Assert.Equal((2, 1, 3.0, ReadinessVerdict.PartlyReady), (domain.Statistics.N, domain.Statistics.NotApplicable, domain.Statistics.Mean!.Value, domain.Verdict));
        Assert.Equal(["Data: Purpose: Better pipelines."], view.Visions.SelectMany(v => v.Statements.Select(s => $"{v.Community}: {s.Field.Name}: {s.Text}")));

        var relevance = view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "strategic_relevance_of_domain").Statistics;
        Assert.Equal((2, 0, 3.0, 3.0), (relevance.N, relevance.NotApplicable, relevance.Mean!.Value, relevance.Median!.Value));
        Assert.Equal([0, 1, 0, 1, 0], relevance.Distribution);
        var sponsorship = view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "visible_sponsorship").Statistics;
        Assert.Equal((1, 1, 3.0), (sponsorship.N, sponsorship.NotApplicable, sponsorship.Mean!.Value));
        Assert.Equal(FactorSide.Organisation, view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "visible_sponsorship").Factor.Side);
    }

    [Fact]
    public void A_forming_check_gives_readiness_a_verdict_per_theme_and_replaces_an_older_assessment()
    {
        // Data's health check of Q3 rated readiness; its forming check of Q4 says the domain is ready, the community not yet.
        var responses = Responses();
        responses.Add(FormingCheck("Data", Q4,
            new Dictionary<string, int> { ["domain_identity"] = 5, ["domain_belonging"] = 4, ["community_group"] = 2, ["community_companionship"] = 3, ["community_leadership"] = 2, ["practice_dynamic"] = 3 },
            new Dictionary<string, string> { [AnswerNames.Vision("value_proposition")] = "Fewer broken pipelines, found sooner." }));

        var view = Build(responses).Community("Data", Q4);

        var readiness = view.Readiness!;
        Assert.Equal((Q4, TemplateKind.FormingCheck, "Sponsor and core group"), (readiness.AssessedIn, readiness.From, readiness.CompletedBy));
        Assert.Equal(["domain ready 4.5", "community not yet 2.3", "practice partly ready 3.0", "together not rated ", "conversations not rated ", "dynamics not rated "],
            readiness.Themes.Select(t => $"{t.Theme.Id} {t.Verdict.Text()} {t.Statistics.Mean:0.0}"));
        Assert.Equal(Q3, view.Health!.CheckPeriod);                       // success factors still come from the health check
        Assert.Equal((Q4, TemplateKind.FormingCheck), (view.Vision!.StatedIn, view.Vision.From));   // the newest statement of purpose
        Assert.Equal("Fewer broken pipelines, found sooner.", view.Vision.Field("value_proposition"));
        Assert.Null(view.Vision.Field("purpose"));
        var suggestion = Assert.Single(view.Suggestions, s => s.WeakSpot == "Can you see the community dimension?");
        Assert.Equal("Readiness 2.3 on average over 3 statements in the forming check of 2026-Q4.", suggestion.Evidence);
    }

    [Fact]
    public void A_community_being_formed_has_a_view_with_its_readiness_before_any_survey()
    {
        var responses = Responses();
        responses.Add(FormingCheck("Pilot", Q4, new Dictionary<string, int> { ["domain_identity"] = 4 }));

        var picture = Build(responses);

        Assert.Contains("Pilot", picture.Communities);
        var pilot = picture.Community("Pilot", Q4);
        Assert.Null(pilot.Health);
        Assert.Equal(ReadinessVerdict.Ready, pilot.Readiness!.Themes[0].Verdict);
        Assert.Equal("fewer than 5 respondents", pilot.Profile.Withheld());   // no member has answered yet
    }

    [Fact]
    public void A_community_without_a_health_check_has_none()
    {
        var view = Build(Responses()).Community("Big", Q4);
        Assert.Null(view.Health);
        Assert.Null(view.Readiness);
        Assert.Null(view.Vision);
        Assert.Equal(30, view.Profile.Shown().Respondents);
    }
}
