namespace CopOffice.Questionnaires;

/// <summary>
/// What one template asks, in order. The template writer lays it out, the intake reads answers back
/// by <see cref="Question.Name"/>, the Forms question lists and the add-in's progress come from it.
/// </summary>
public sealed partial record Questionnaire(TemplateKind Kind, int Version, string Title, string Audience, string Purpose, IReadOnlyList<Section> Sections)
{
    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    public Question? Find(string name) =>
        Questions.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));

    public Question Get(string name) => Find(name)
        ?? throw new KeyNotFoundException($"The {Kind.Id()} template has no question named '{name}'.");
}
