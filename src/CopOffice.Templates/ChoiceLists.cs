using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>
/// The hidden "Lists" sheet that dropdowns draw from. Lists live in cells, not in the validation
/// itself, because an inline list breaks on a comma in a community's name and is capped at 255 characters.
/// </summary>
internal sealed class ChoiceLists
{
    public const string SheetName = "Lists";

    private readonly IXLWorksheet _sheet;
    private readonly Dictionary<string, IXLRange> _ranges = new(StringComparer.Ordinal);

    public ChoiceLists(XLWorkbook workbook)
    {
        _sheet = workbook.AddWorksheet(SheetName);
        _sheet.Visibility = XLWorksheetVisibility.Hidden;
    }

    /// <summary>The range holding the dropdown of a question, or null when it has none.</summary>
    public IXLRange? For(Question question, OrganisationLists lists)
    {
        if (question.Type == AnswerType.Rating) return Add("rating", RatingScale.Choices);
        if (question.Type is AnswerType.Choice or AnswerType.Choices) return Add(ListKey(question), question.Choices);
        var organisational = lists.For(question.List);
        return organisational.Count > 0 ? Add(question.List.ToString().ToLowerInvariant(), organisational) : null;
    }

    private static string ListKey(Question question) => string.Join("|", question.Choices);

    private IXLRange Add(string key, IReadOnlyList<string> values)
    {
        if (_ranges.TryGetValue(key, out var existing)) return existing;
        var column = _ranges.Count + 1;
        for (var i = 0; i < values.Count; i++)
        {
            var cell = _sheet.Cell(i + 1, column);
            // Ratings go in as numbers so that a picked "4" lands in the answer cell as the number 4.
            if (int.TryParse(values[i], out var number)) cell.Value = number;
            else cell.SetValue(values[i]);
        }
        var range = _sheet.Range(1, column, values.Count, column);
        _ranges[key] = range;
        return range;
    }

    /// <summary>Protects the lists and moves them behind the sheets people use.</summary>
    public void Complete()
    {
        _sheet.Protect();
        _sheet.Position = _sheet.Workbook.Worksheets.Count;
    }
}
