using CopOffice.Questionnaires;

namespace CopOffice.Intake.Forms;

/// <summary>
/// One column a Forms survey's response workbook has: a question's text (a text or choice answer,
/// or a multiple-choice question whose options share the cell) or a Likert statement's text.
/// </summary>
internal sealed record FormsColumn(string Header, string? Name, FormsQuestion? MultipleChoice);

/// <summary>The columns of one survey's response workbook, looked up by <see cref="FormsHeaderText.Loose"/> header.</summary>
internal sealed class FormsSurveyColumns
{
    private readonly Dictionary<string, FormsColumn> _byHeader = new(StringComparer.Ordinal);

    private FormsSurveyColumns(FormsSurvey survey)
    {
        Survey = survey;
        var expected = new List<FormsColumn>();
        foreach (var question in survey.Questions)
        {
            switch (question.Type)
            {
                case FormsQuestionType.Likert:
                    foreach (var item in question.Items)
                    {
                        var column = new FormsColumn(item.Text, item.Name, null);
                        expected.Add(column);
                        Add(item.Text, column);
                        // Tolerated: a header that repeats the Likert question before the statement ("Title.Statement").
                        Add(question.Title + " " + item.Text, column);
                        // An export of an earlier list, whose statements were the bare labels.
                        foreach (var also in item.Also)
                        {
                            Add(also, column);
                            Add(question.Title + " " + also, column);
                        }
                    }
                    break;
                case FormsQuestionType.MultipleChoice when question.Name is null:
                    var choices = new FormsColumn(question.Title, null, question);
                    expected.Add(choices);
                    Add(question.Title, choices);
                    break;
                default:
                    var answer = new FormsColumn(question.Title, question.Name!, null);
                    expected.Add(answer);
                    Add(question.Title, answer);
                    break;
            }
        }
        // An export of an earlier form may still have a question no longer asked: read, never expected.
        foreach (var retired in Questionnaire.For(survey.Kind).Retired)
            Add(retired.Label, new FormsColumn(retired.Label, retired.Name, null));
        Expected = expected;
        _expected = [.. expected];
    }

    private readonly HashSet<FormsColumn> _expected;

    public static IReadOnlyList<FormsSurveyColumns> All { get; } = [.. FormsSurveys.All.Select(s => new FormsSurveyColumns(s))];

    public FormsSurvey Survey { get; }

    /// <summary>Every column the survey's export has, in the form's order.</summary>
    public IReadOnlyList<FormsColumn> Expected { get; }

    public FormsColumn? Find(string looseHeader) => _byHeader.GetValueOrDefault(looseHeader);

    public bool IsExpected(FormsColumn column) => _expected.Contains(column);

    private void Add(string header, FormsColumn column)
    {
        var key = FormsHeaderText.Loose(header);
        if (_byHeader.TryGetValue(key, out var existing) && existing != column)
            throw new InvalidOperationException($"The {Survey.Kind.Id()} Forms survey has two columns headed \"{existing.Header}\" and \"{column.Header}\": a Forms export could not tell them apart.");
        _byHeader[key] = column;
    }
}
