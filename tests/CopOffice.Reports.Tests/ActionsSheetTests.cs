using CopOffice.Aggregation;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>The Actions sheets: a community's actions beside the change in what they aimed at; the organisation's counts.</summary>
public class ActionsSheetTests
{
    private static Response Plan(Period period, string status) => new(TemplateKind.ActionPlan, new Source($"action-plan/data-{period}.xlsx"), "Data", period)
    {
        CompletedBy = "Ada",
        Texts = new Dictionary<string, string>
        {
            [ActionPlans.Name(1, "action")] = "=Run a monthly clinic",
            [ActionPlans.Name(1, "aims_at")] = "Adequate resources",
            [ActionPlans.Name(1, "status")] = status,
        },
    };

    private static readonly Lazy<(ValuePicture Picture, WrittenWorkbook Community, WrittenWorkbook Organisation)> Written = new(() =>
    {
        // The sample's health checks rate adequate resources 2 in Data's check of Q4 only: a Q3 check gives the "then".
        var q3 = new Response(TemplateKind.HealthCheck, new Source("health-check/data-q3.xlsx"), "Data", Sample.Q3)
        { CompletedBy = "Core group", Ratings = new Dictionary<string, Rating> { [AnswerNames.Factor("adequate_resources")] = new(1) } };
        var picture = ValueAggregation.Build([.. Sample.All(), q3, Plan(Sample.Q3, ActionPlans.Planned), Plan(Sample.Q4, ActionPlans.Done)], Sample.RosterOf(), PrivacyOptions.Create(5));
        return (picture,
            WrittenWorkbook.Write(s => CommunityReport.Write(picture.Community("Data", Sample.Q4), Sample.Ledger(), Sample.Context, s)),
            WrittenWorkbook.Write(s => OrganisationReport.Write(picture.Organisation(Sample.Q4), Sample.Ledger(), Sample.Context, s)));
    });

    [Fact]
    public void A_communitys_action_is_shown_with_its_status_and_the_change_in_what_it_aimed_at()
    {
        var row = Assert.Single(Written.Value.Community.Rows("Actions"));

        Assert.Equal(("=Run a monthly clinic", "Adequate resources", "done", "2026-Q3", 1.0, 2.0, 1.0),
            ((string)row["Action"]!, (string)row["Aims at"]!, (string)row["Status"]!, (string)row["Set in"]!, (double)row["Then"]!, (double)row["Now"]!, (double)row["Change"]!));
    }

    [Fact]
    public void The_organisation_counts_actions_by_status()
    {
        var row = Assert.Single(Written.Value.Organisation.Rows("ActionsByStatus"));

        Assert.Equal(("Data", "2026-Q4", 0.0, 0.0, 1.0, 0.0), ((string)row["Community"]!, (string)row["Plan of"]!, (double)row["Planned"]!, (double)row["In progress"]!, (double)row["Done"]!, (double)row["Dropped"]!));
    }
}
