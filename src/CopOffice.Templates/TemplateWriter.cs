using ClosedXML.Excel;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>Writes a questionnaire as an Excel template: instructions, the answer sheet, hidden lists and metadata.</summary>
public static class TemplateWriter
{
    public static string FileName(TemplateKind kind) => $"{kind.Id()}.xlsx";

    /// <summary>"value_survey.xlsx", or "value_survey (Safety).xlsx" for a community's own.</summary>
    public static string FileName(TemplateKind kind, string? community) => community is null ? FileName(kind) : $"{kind.Id()} ({FileNames.Safe(community, "community")}).xlsx";


    public static string AnswerSheetName(TemplateKind kind) => kind switch
    {
        TemplateKind.ValueSurvey => "Survey",
        TemplateKind.HealthCheck => "Health check",
        TemplateKind.LeadershipRoles => "Roles",
        TemplateKind.FormingCheck => "Forming",
        TemplateKind.ActionPlan => "Actions",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Writes the template; returns where each answer was placed.</summary>
    public static IReadOnlyList<AnswerCell> Write(Questionnaire questionnaire, Stream output, OrganisationLists? lists = null)
    {
        using var workbook = new XLWorkbook();
        var sheetName = AnswerSheetName(questionnaire.Kind);
        InstructionsSheet.Write(workbook, questionnaire, sheetName);
        var choices = new ChoiceLists(workbook);
        var cells = AnswerSheet.Write(workbook, questionnaire, sheetName, choices, lists ?? OrganisationLists.None);
        choices.Complete();
        Metadata.Write(workbook, questionnaire, Generator, cells);

        workbook.Properties.Title = questionnaire.Title;
        workbook.Properties.Subject = questionnaire.Purpose;
        workbook.Properties.Author = "CopOffice";
        workbook.Properties.Company = "CopOffice";
        workbook.Properties.Keywords = $"copoffice;{questionnaire.Kind.Id()};v{questionnaire.Version}";
        // A fixed date keeps regenerated templates identical in content.
        workbook.Properties.Created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        workbook.Properties.Modified = workbook.Properties.Created;
        workbook.SaveAs(output);
        return cells;
    }

    public static string Generator => $"CopOffice {typeof(TemplateWriter).Assembly.GetName().Version?.ToString(3)}";
}
