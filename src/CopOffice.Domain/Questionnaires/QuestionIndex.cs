using System.Runtime.CompilerServices;

namespace CopOffice.Questionnaires;

/// <summary>
/// A questionnaire's questions in order and by name, worked out once per questionnaire: the validator
/// asks for them for every one of 100,000 Forms rows. Kept beside the questionnaire rather than in it,
/// so that a questionnaire stays a plain record (equality and <c>with</c> see only its sections).
/// </summary>
internal sealed class QuestionIndex
{
    private static readonly ConditionalWeakTable<Questionnaire, QuestionIndex> Indexes = new();

    private readonly Dictionary<string, Question> _byName;

    private QuestionIndex(Questionnaire questionnaire)
    {
        var all = questionnaire.Sections.SelectMany(s => s.Questions).ToArray();
        Questions = Array.AsReadOnly(all);
        // Excel compares names without regard to case; of two names that differ only so, the first counts.
        _byName = new Dictionary<string, Question>(all.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var question in all) _byName.TryAdd(question.Name, question);
    }

    public static QuestionIndex Of(Questionnaire questionnaire) => Indexes.GetValue(questionnaire, static q => new QuestionIndex(q));

    public IReadOnlyList<Question> Questions { get; }

    public Question? Find(string name) => _byName.GetValueOrDefault(name);
}
