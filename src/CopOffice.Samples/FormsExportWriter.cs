using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Reports.Excel;

namespace CopOffice.Samples;

/// <summary>One response as Microsoft Forms records it: its id, times, signed-in identity and answers by name.</summary>
public sealed record FormsRow(int Id, DateTime Start, DateTime Completion, string Email, string Name, IReadOnlyDictionary<string, object?> Answers);

/// <summary>
/// Writes a response workbook in the shape Microsoft Forms gives it: Id, Start time, Completion time,
/// Email, Name, then a column per question (a Likert question: a column per statement, holding the
/// chosen label; a multiple-choice question: the chosen options joined with ";").
/// </summary>
public static class FormsExportWriter
{
    private static readonly string[] Leading = ["Id", "Start time", "Completion time", "Email", "Name"];

    public static void Write(Stream output, FormsSurvey survey, IEnumerable<FormsRow> rows)
    {
        var columns = Leading.Select(h => new StreamingColumn(h, 18))
            .Concat(survey.Questions.SelectMany(q => q.Type == FormsQuestionType.Likert ? q.Items.Select(i => i.Text) : [q.Title]).Select(h => new StreamingColumn(h, 24)))
            .ToList();
        StreamingWorkbook.Write(output, [new StreamingTable("Sheet1", "Table1", columns, rows.Select(r => Cells(survey, r)))], survey.Title);
    }

    private static object?[] Cells(FormsSurvey survey, FormsRow row)
    {
        var cells = new List<object?> { row.Id, row.Start, row.Completion, row.Email, row.Name };
        foreach (var question in survey.Questions)
        {
            switch (question.Type)
            {
                case FormsQuestionType.Likert:
                    var scale = question.Choices.SequenceEqual(FormsSurveys.LikertChoices(RatingScale.Agreement)) ? RatingScale.Agreement : RatingScale.Extent;
                    cells.AddRange(question.Items.Select(i => Label(row.Answers.GetValueOrDefault(i.Name), scale)));
                    break;
                case FormsQuestionType.MultipleChoice when question.Name is not null:
                    // Forms's own format: each chosen option followed by a semicolon.
                    var options = AnswerParser.Choices(row.Answers.GetValueOrDefault(question.Name), question.Choices).Chosen;
                    cells.Add(options.Count > 0 ? string.Concat(options.Select(o => o + ";")) : null);
                    break;
                case FormsQuestionType.MultipleChoice:
                    var chosen = question.Items.Where(i => row.Answers.GetValueOrDefault(i.Name) is "yes").Select(i => i.Text + ";");
                    cells.Add(string.Concat(chosen) is { Length: > 0 } joined ? joined : null);
                    break;
                default:
                    cells.Add(row.Answers.GetValueOrDefault(question.Name!) is { } value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null);
                    break;
            }
        }
        return [.. cells];
    }

    private static string? Label(object? value, RatingScale scale) => value switch
    {
        int rating => scale.Label(rating),
        RatingScale.NotApplicable => RatingScale.NotApplicableLabel,
        null => null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
