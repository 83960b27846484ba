using CopOffice.Aggregation;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>The coordinators' action plans: a community's actions with the change in what each aimed at; the organisation's counts by status.</summary>
internal static class ActionsSheet
{
    public const string Name = "Actions";

    private const string NotProof = "A change beside an action is not proof that the action caused it: much else moves the same figures.";

    public static void Community(ReportBook book, string subtitle, CommunityView view)
    {
        var sheet = book.AddSheet(Name, $"Actions: {view.Community}", subtitle,
            "The community's action plan: each action, its owner, due period and status, beside the change in the indicator or success factor it aims at since it was set.");
        sheet.Note(view.Actions.Count == 0
            ? $"No action plan of the community up to this period. The coordinator fills in the sheet \"{Templates.ActionPlanSheet.SheetName}\" of this report (or the action-plan template, action-plan.xlsx) and hands the workbook in with the others; the next report shows each action here."
            : $"From the community's action plan of {view.Actions[0].UpdatedIn}. Then and Now are the community's mean for the indicator (or its health-check rating of the success factor) in the period the action was set and in this one. {NotProof} " +
              $"To update the plan, change the sheet \"{Templates.ActionPlanSheet.SheetName}\" (the actions stand in their rows) and hand this workbook in.", 10);
        var table = new TableBlock("Actions",
        [
            new("Row", Format.Count), new("Action", Format.Wrap, 40), new("Owner") { MaxWidth = 20 }, new("Due"), new("Aims at") { MaxWidth = 30 }, new("Status"),
            new("Update", Format.Wrap, 36), new("Set in"), new("Then", Format.Mean), new("Now", Format.Mean), new("Change", Format.Change), new("Note") { MaxWidth = 34 },
        ]);
        foreach (var a in view.Actions)
            table.Add(a.Row, a.What, a.Owner, a.Due?.ToString(), a.AimsAt, a.Status, a.Update, a.SetIn.ToString(), a.Then, a.Now, a.Change, a.Note);
        table.Scores("Then", "Now");
        sheet.Table(table, main: true);
    }

    public static void Organisation(ReportBook book, string subtitle, OrganisationView view)
    {
        var sheet = book.AddSheet(Name, "Action plans across communities", subtitle,
            "Each community's actions by status, from its latest action plan up to this period.");
        sheet.Note(view.Actions.Count == 0
            ? "No community has handed in an action plan up to this period."
            : $"Counted from each community's latest action plan; its community report lists the actions beside the change in what each aims at. {NotProof}", 8);
        var table = new TableBlock("ActionsByStatus",
        [
            new("Community") { MaxWidth = 30 }, new("Plan of"), new("Planned", Format.Count), new("In progress", Format.Count), new("Done", Format.Count), new("Dropped", Format.Count),
        ]);
        foreach (var c in view.Actions) table.Add(c.Community, c.PlanPeriod.ToString(), c.Planned, c.InProgress, c.Done, c.Dropped);
        sheet.Table(table, main: true);
    }
}
