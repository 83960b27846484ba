namespace CopOffice.Questionnaires;

/// <summary>
/// What one template asks, in order. The template writer lays it out, the intake reads answers back
/// by <see cref="Question.Name"/>, the Forms question lists and the add-in's progress come from it.
/// </summary>
public sealed partial record Questionnaire(TemplateKind Kind, int Version, string Title, string Audience, string Purpose, IReadOnlyList<Section> Sections)
{
    public IEnumerable<Question> Questions => QuestionIndex.Of(this).Questions;

    /// <summary>The question named <paramref name="name"/>, ignoring case as Excel does with defined names.</summary>
    public Question? Find(string name) => name is null ? null : QuestionIndex.Of(this).Find(name);

    public Question Get(string name) => Find(name)
        ?? throw new KeyNotFoundException($"The {Kind.Id()} template has no question named '{name}'.");

    /// <summary>
    /// Questions earlier templates and forms asked that this one no longer does: read where a workbook or export
    /// still has them, so that it goes through with a note, and never asked again.
    /// </summary>
    public IReadOnlyList<Question> Retired { get; init; } = [];
}
