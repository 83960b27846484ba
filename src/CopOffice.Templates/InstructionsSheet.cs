using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>The first sheet a person sees: what the template is for and how to fill it in.</summary>
internal static class InstructionsSheet
{
    public const string SheetName = "Instructions";
    private const double TextWidth = 100;

    public static void Write(XLWorkbook workbook, Questionnaire questionnaire, string answerSheet)
    {
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Style.Font.FontName = TemplatePalette.Font;
        sheet.ShowGridLines = false;
        sheet.Column(1).Width = 2;
        sheet.Column(2).Width = TextWidth;
        // LibreOffice cuts wrapped text at the right edge when its column ends the print area: a narrow empty
        // column after it keeps every line on the printed page (Excel prints the same either way).
        sheet.Column(3).Width = 2;

        var row = 1;
        var title = sheet.Cell(row++, 2).SetValue(questionnaire.Title);
        title.Style.Font.FontSize = 20;
        title.Style.Font.Bold = true;
        title.Style.Font.FontColor = TemplatePalette.Heading;
        sheet.Row(1).Height = 32;
        Paragraph(sheet, ref row, questionnaire.Purpose);
        Paragraph(sheet, ref row, $"Who fills it in: {questionnaire.Audience}.", italic: true);
        row++;

        Heading(sheet, ref row, "How to fill it in");
        foreach (var step in Steps(questionnaire, answerSheet)) Paragraph(sheet, ref row, step);
        row++;

        var scales = questionnaire.Questions.Where(q => q.Scale is not null).Select(q => q.Scale!).Distinct().ToList();
        foreach (var scale in scales)
        {
            Heading(sheet, ref row, $"The rating scale: {scale.Question}");
            for (var value = RatingScale.Min; value <= RatingScale.Max; value++)
                Paragraph(sheet, ref row, $"{value}  {scale.Label(value)}");
            Paragraph(sheet, ref row, $"{RatingScale.NotApplicable}  {RatingScale.NotApplicableLabel}: the question does not apply to you, or you cannot say.");
            row++;
        }

        Heading(sheet, ref row, "What happens to your answers");
        foreach (var line in Privacy(questionnaire.Kind)) Paragraph(sheet, ref row, line);
        row++;
        Paragraph(sheet, ref row, $"Template: {questionnaire.Kind.Id()}, version {questionnaire.Version}. Based on Etienne Wenger's communities-of-practice worksheets.", italic: true);

        sheet.Protect();
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.PrintAreas.Add(1, 2, row, 3);
        sheet.SetTabActive();
    }

    private static IEnumerable<string> Steps(Questionnaire questionnaire, string answerSheet)
    {
        yield return $"1. Go to the sheet \"{answerSheet}\". Only the pale yellow cells can be typed in; the rest of the sheet is protected.";
        yield return "2. Answers marked * are required. Where a cell has a dropdown, pick from it; a note beside each cell says what is asked.";
        if (questionnaire.Kind == TemplateKind.ValueSurvey)
            yield return $"3. Rate each of the {NumberWords.Indicators} value indicators for this period, then tell one story of value the community created: from the activity to the difference it made.";
        else if (questionnaire.Kind == TemplateKind.HealthCheck)
            yield return "3. Rate the critical success factors together with your core group, and write down purpose, vision, objectives, strategy and value proposition. Readiness is asked in the forming check (when the community forms, then once a year).";
        else if (questionnaire.Kind == TemplateKind.FormingCheck)
            yield return "3. With the sponsor and the core group, rate each readiness statement, then write down purpose, vision, objectives, strategy and value proposition. The community report gives a verdict per theme. Fill it in again once a year.";
        else if (questionnaire.Kind == TemplateKind.ActionPlan)
            yield return "3. After reading the community report, write one action per row: who owns it, by when, and the indicator or success factor it aims at. Each period, update its status; the next report shows it beside the change in what it aimed at.";
        else
            yield return $"3. For each of the {NumberWords.Roles} leadership roles, name who holds it now (leave blank if nobody does) and think the role through with the six questions.";
        yield return "4. Save the workbook and submit it with the CopOffice add-in (Home ▸ CopOffice), or save it to the intake folder your coordinator gave you. Do not rename sheets or move the yellow cells: CopOffice finds each answer by its name.";
    }

    private static IEnumerable<string> Privacy(TemplateKind kind) => kind switch
    {
        TemplateKind.ValueSurvey =>
        [
            "Your ratings are combined with those of other members into community and organisation figures. You receive a personal workbook with your own answers beside your community's figures.",
            "Your story is quoted only as you choose in \"May we quote your story?\": with your name, anonymously (without name, email or unit), or not at all.",
        ],
        _ => ["The answers describe the community, not a person: they appear in the community report for the coordinator and in the organisation report for sponsors."],
    };

    private static void Heading(IXLWorksheet sheet, ref int row, string text)
    {
        var cell = sheet.Cell(row, 2).SetValue(text);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 13;
        cell.Style.Font.FontColor = TemplatePalette.Heading;
        cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        cell.Style.Border.BottomBorderColor = TemplatePalette.Rule;
        sheet.Row(row).Height = 20;
        row++;
    }

    private static void Paragraph(IXLWorksheet sheet, ref int row, string text, bool italic = false)
    {
        var cell = sheet.Cell(row, 2).SetValue(text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cell.Style.Font.Italic = italic;
        if (italic) cell.Style.Font.FontColor = TemplatePalette.Muted;
        sheet.Row(row).Height = RowHeights.For((text, TextWidth));
        row++;
    }
}
