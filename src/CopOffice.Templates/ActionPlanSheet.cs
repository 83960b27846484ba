using ClosedXML.Excel;
using CopOffice.Aggregation;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Templates;

/// <summary>
/// The action plan as the one editable part of a community report: the action-plan template's answer sheet, its
/// dropdowns and its metadata, laid into the report's workbook. The intake recognises the report as an action plan
/// by that metadata, so a coordinator who hands in the filled report has the plan read as if from action-plan.xlsx.
/// The community and period are filled in; the actions of the community's latest plan stand in their own rows, so
/// that updating a status keeps the action's history (an action is followed by its row and words).
/// </summary>
public static class ActionPlanSheet
{
    public const string SheetName = "Plan";

    public static void AddTo(XLWorkbook workbook, string community, Period period, IReadOnlyList<CommittedAction> current)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var plan = Questionnaire.ActionPlan;
        var choices = new ChoiceLists(workbook);
        var cells = AnswerSheet.Write(workbook, plan, SheetName, choices, OrganisationLists.None);
        choices.Complete();
        Metadata.Write(workbook, plan, TemplateWriter.Generator, cells);

        var at = cells.ToDictionary(c => c.Question.Name, c => workbook.Worksheet(c.Sheet).Cell(c.Address), StringComparer.Ordinal);
        at[AnswerNames.Community].SetValue(community);
        at[AnswerNames.Period].SetValue(period.ToString());
        foreach (var action in current.Where(a => a.Row is >= 1 and <= ActionPlans.Rows))
        {
            // SetValue of a string writes text: words starting with "=" stay words.
            void Put(string column, string? text) { if (text is not null) at[ActionPlans.Name(action.Row, column)].SetValue(text); }
            Put("action", action.What);
            Put("owner", action.Owner);
            Put("due", action.Due?.ToString());
            Put("aims_at", action.AimsAt);
            Put("status", action.Status);
            Put("update", action.Update);
        }
    }
}
