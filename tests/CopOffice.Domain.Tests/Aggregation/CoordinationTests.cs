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
        var domain = data.Readiness.Single(r => r.Theme.Id == "domain").Statistics;
        Assert.Equal((2, 1, 3.0), (domain.N, domain.NotApplicable, domain.Mean!.Value));
        Assert.Equal(["Purpose: Better pipelines."], data.Vision.Select(v => $"{v.Field.Name}: {v.Text}"));

        var relevance = view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "strategic_relevance_of_domain").Statistics;
        Assert.Equal((2, 0, 3.0, 3.0), (relevance.N, relevance.NotApplicable, relevance.Mean!.Value, relevance.Median!.Value));
        Assert.Equal([0, 1, 0, 1, 0], relevance.Distribution);
        var sponsorship = view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "visible_sponsorship").Statistics;
        Assert.Equal((1, 1, 3.0), (sponsorship.N, sponsorship.NotApplicable, sponsorship.Mean!.Value));
        Assert.Equal(FactorSide.Organisation, view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "visible_sponsorship").Factor.Side);
    }

    [Fact]
    public void A_community_without_a_health_check_has_none()
    {
        var view = Build(Responses()).Community("Big", Q4);
        Assert.Null(view.Health);
        Assert.Equal(30, view.Profile.Shown().Respondents);
    }
}
