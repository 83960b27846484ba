using CopOffice.Aggregation;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>A coordinator's actions, read back the next period with their status beside the change in what they aimed at.</summary>
public class ActionPlanTests
{
    private static Response Plan(Period period, params (int Row, string What, string Aim, string? Status, string? Update)[] rows)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (row, what, aim, status, update) in rows)
        {
            texts[ActionPlans.Name(row, "action")] = what;
            texts[ActionPlans.Name(row, "aims_at")] = aim;
            texts[ActionPlans.Name(row, "status")] = status ?? ActionPlans.Planned;
            if (update is not null) texts[ActionPlans.Name(row, "update")] = update;
        }
        return new Response(TemplateKind.ActionPlan, new Source($"in/plan-{period}.xlsx"), "Data", period) { CompletedBy = "Ann", Texts = texts };
    }

    private static List<Response> Responses() =>
    [
        .. Members("Data", Q3, 10, all: 3), .. Members("Data", Q4, 10, all: 4), .. Members("Ops", Q3, 10), .. Members("Ops", Q4, 10),
        HealthCheck("Data", Q3, new Dictionary<string, int> { ["adequate_resources"] = 2 }),
        HealthCheck("Data", Q4, new Dictionary<string, int> { ["adequate_resources"] = 3 }),
        Plan(Q3, (1, "A monthly clinic on testing", "Help with challenges", null, null), (2, "Ask the sponsor for a budget", "Adequate resources", null, null)),
        Plan(Q4, (1, "A monthly clinic on testing", "Help with challenges", ActionPlans.Done, "Three clinics held."),
            (2, "Ask the sponsor for a budget", "Adequate resources", ActionPlans.InProgress, null),
            (3, "Pair each newcomer with a member", "Access to expertise", null, null)),
    ];

    [Fact]
    public void Actions_are_read_back_with_their_status_beside_the_change_in_what_they_aimed_at()
    {
        var actions = Build(Responses()).Community("Data", Q4).Actions;

        Assert.Equal(
        [
            "1 A monthly clinic on testing · done · set 2026-Q3 · 3 → 4 (+1)",
            "2 Ask the sponsor for a budget · in progress · set 2026-Q3 · 2 → 3 (+1)",
            "3 Pair each newcomer with a member · planned · set 2026-Q4 ·  → 4 () set this period",
        ], actions.Select(a => $"{a.Row} {a.What} · {a.Status} · set {a.SetIn} · {a.Then} → {a.Now} ({a.Change:+0;-0}){(a.Note is null ? "" : " " + a.Note)}"));
        Assert.Equal("Three clinics held.", actions[0].Update);
    }

    [Fact]
    public void The_organisation_counts_each_communitys_actions_by_status()
    {
        var counts = Assert.Single(Build(Responses()).Organisation(Q4).Actions);

        Assert.Equal(new ActionCounts("Data", Q4, Planned: 1, InProgress: 1, Done: 1, Dropped: 0), counts);
        Assert.DoesNotContain(Build(Responses()).Organisation(Q4).Actions, c => c.Community == "Ops");   // no plan, no row
    }

    [Fact]
    public void A_row_without_words_is_left_out_with_a_warning_and_a_due_period_is_read()
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = "Data Science", [AnswerNames.Period] = "2026-Q4", [AnswerNames.CompletedBy] = "Ann", [AnswerNames.Email] = "ann@example.org",
            [ActionPlans.Name(1, "action")] = "A monthly clinic", [ActionPlans.Name(1, "due")] = "Q2 2027", [ActionPlans.Name(1, "aims_at")] = "help with CHALLENGES",
            [ActionPlans.Name(2, "owner")] = "Bo",
        };

        var result = Raw.Validate(answers, kind: TemplateKind.ActionPlan);

        Assert.Equal([$"warning: Action 2 has no words in Action: say what will be done, or clear the row. It is left out. (member.xlsx, {ActionPlans.Name(2, "action")})"], result.Lines());
        var texts = result.Response!.Texts;
        Assert.Equal(("2027-Q2", "Help with challenges", ActionPlans.Planned), (texts[ActionPlans.Name(1, "due")], texts[ActionPlans.Name(1, "aims_at")], texts[ActionPlans.Name(1, "status")]));
        Assert.False(texts.ContainsKey(ActionPlans.Name(2, "owner")));
    }
}
