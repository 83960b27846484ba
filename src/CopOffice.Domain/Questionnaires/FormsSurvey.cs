namespace CopOffice.Questionnaires;

/// <summary>The Microsoft Forms question types CopOffice's surveys use.</summary>
public enum FormsQuestionType { Text, LongText, Choice, MultipleChoice, Likert }

/// <summary>A row of a Likert question, or an option of a multiple-choice question, and the answer it fills.</summary>
public sealed record FormsItem(string Text, string Name)
{
    /// <summary>What earlier question lists called it (the bare label): an export of such a form is still read.</summary>
    public IReadOnlyList<string> Also { get; init; } = [];
}

/// <summary>
/// One question as an administrator creates it in Microsoft Forms. A text or choice question fills
/// the answer <see cref="Name"/>; a Likert question's statements each fill their own name (the
/// response workbook heads their columns with the statement alone); a multiple-choice question's
/// options each mark their name "yes" when chosen, or, where it has a <see cref="Name"/> and
/// <see cref="Choices"/> instead of items, the chosen options fill that one answer.
/// </summary>
public sealed record FormsQuestion(string Title, FormsQuestionType Type, bool Required)
{
    public string? Name { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Choices { get; init; } = [];
    public IReadOnlyList<FormsItem> Items { get; init; } = [];
}

/// <summary>A questionnaire as a Microsoft Forms survey: the same answers, under the same names.</summary>
public sealed record FormsSurvey(TemplateKind Kind, int Version, string Title, string Description, IReadOnlyList<FormsQuestion> Questions)
{
    /// <summary>The community the form was made for, when it asks that community's own indicators.</summary>
    public string? MadeFor { get; init; }
}
