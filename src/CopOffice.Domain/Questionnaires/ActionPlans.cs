using CopOffice.Framework;

namespace CopOffice.Questionnaires;

/// <summary>
/// The coordinator's action plan: what the community commits to after a report, who does it, by when, and the
/// indicator or critical success factor it aims at. Kept in its own workbook or in the community report's "Plan"
/// sheet (the same names), handed in with the others; the next period's community report shows each action's status
/// beside the change in what it aimed at.
/// </summary>
public static class ActionPlans
{
    public const int Rows = 8;

    public const string Planned = "planned";
    public const string InProgress = "in progress";
    public const string Done = "done";
    public const string Dropped = "dropped";

    public static IReadOnlyList<string> Statuses { get; } = [Planned, InProgress, Done, Dropped];

    /// <summary>What an action may aim at: every indicator, then every success factor, by the name the reports use.</summary>
    public static IReadOnlyList<string> Aims => [.. ValueFramework.Indicators.Select(i => Capitalised(i.Name)), .. ValueFramework.SuccessFactors.Select(f => f.Name)];

    public static string Name(int row, string column) => Grid.NameOf("actions", row.ToString(System.Globalization.CultureInfo.InvariantCulture), column);

    internal static Questionnaire Build()
    {
        GridAxis[] columns =
        [
            new("action", "Action", "What will be done: one action per row."),
            new("owner", "Owner", "Who sees that it is done."),
            new("due", "Due period", "By when, e.g. 2027-Q2."),
            new("aims_at", "Aims at", "The indicator or critical success factor it should move."),
            new("status", "Status", "planned, in progress, done or dropped: update it each period."),
            new("update", "Update", "What happened since the last report."),
        ];
        var grid = new Grid("actions", [.. Enumerable.Range(1, Rows).Select(n => new GridAxis(n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Action {n}"))], columns)
        { RowTitle = "Row" };
        var questions = grid.Rows.SelectMany(row => columns.Select(col => col.Id switch
        {
            "aims_at" => new Question(Grid.NameOf("actions", row.Id, col.Id), $"{row.Title}: {col.Title}", AnswerType.Choice) { Choices = Aims, Hint = col.Hint },
            "status" => new Question(Grid.NameOf("actions", row.Id, col.Id), $"{row.Title}: {col.Title}", AnswerType.Choice) { Choices = Statuses, Hint = col.Hint },
            "action" or "update" => new Question(Grid.NameOf("actions", row.Id, col.Id), $"{row.Title}: {col.Title}", AnswerType.LongText) { Hint = col.Hint },
            _ => new Question(Grid.NameOf("actions", row.Id, col.Id), $"{row.Title}: {col.Title}", AnswerType.Text) { Hint = col.Hint },
        }));
        var actions = new Section("actions", "Actions", [.. questions])
        {
            Grid = grid,
            Intro = "After reading the community report: what will the community do about it? Keep the same row for the same action from period to period, and update its status.",
        };
        return new(TemplateKind.ActionPlan, Questionnaire.CurrentVersion, "Community action plan", "Coordinator, after each community report",
            "Commit to a few actions after the report, each aimed at an indicator or success factor, and follow them up period by period.",
            [Questionnaire.AboutTheCommunity("About this plan", "The coordinator who keeps the plan."), actions]);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
