using ClosedXML.Excel;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>Where one answer of a template was laid out.</summary>
public sealed record AnswerCell(Question Question, string Sheet, string Address);

/// <summary>
/// Writes the very hidden metadata sheet (<see cref="TemplateMetadata"/>); kind and version are also defined names.
/// </summary>
internal static class Metadata
{
    public const string SheetName = TemplateMetadata.SheetName;

    public static void Write(XLWorkbook workbook, Questionnaire questionnaire, string generator, IReadOnlyList<AnswerCell> cells)
    {
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Visibility = XLWorksheetVisibility.VeryHidden;

        sheet.Cell(1, 1).SetValue("key");
        sheet.Cell(1, 2).SetValue("value");
        sheet.Cell(TemplateMetadata.KindRow, 1).SetValue("kind");
        sheet.Cell(TemplateMetadata.KindRow, 2).SetValue(questionnaire.Kind.Id());
        sheet.Cell(TemplateMetadata.VersionRow, 1).SetValue("version");
        sheet.Cell(TemplateMetadata.VersionRow, 2).Value = questionnaire.Version;
        sheet.Cell(TemplateMetadata.GeneratorRow, 1).SetValue("generator");
        sheet.Cell(TemplateMetadata.GeneratorRow, 2).SetValue(generator);
        if (questionnaire.MadeFor is { } community)
        {
            sheet.Cell(TemplateMetadata.MadeForRow, 1).SetValue("community");
            sheet.Cell(TemplateMetadata.MadeForRow, 2).SetValue(community);
            workbook.NamedRanges.Add(AnswerNames.MetaCommunity, sheet.Cell(TemplateMetadata.MadeForRow, 2).AsRange());
        }
        workbook.NamedRanges.Add(AnswerNames.MetaKind, sheet.Cell(TemplateMetadata.KindRow, 2).AsRange());
        workbook.NamedRanges.Add(AnswerNames.MetaVersion, sheet.Cell(TemplateMetadata.VersionRow, 2).AsRange());

        var header = TemplateMetadata.ManifestColumns;
        for (var c = 0; c < header.Count; c++) sheet.Cell(TemplateMetadata.ManifestHeaderRow, c + 1).SetValue(header[c]);
        var row = TemplateMetadata.ManifestHeaderRow + 1;
        foreach (var cell in cells)
        {
            string[] values = [cell.Question.Name, cell.Sheet, cell.Address, cell.Question.Type.ToString().ToLowerInvariant(), cell.Question.Required ? "yes" : "no", cell.Question.Label];
            for (var c = 0; c < values.Length; c++) sheet.Cell(row, c + 1).SetValue(values[c]);
            row++;
        }
        sheet.Protect();
    }
}
