using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Aggregation;

/// <summary>
/// The free text of a group's surveys, counted: enablers, challenges and each quadrant's reflection on strategic
/// value (seed 002). A community's counts are made once and added into the organisation's; a reader never changes them.
/// </summary>
internal sealed class ConditionCounts
{
    public RepeatCounter Enablers { get; } = new();
    public RepeatCounter Challenges { get; } = new();
    public IReadOnlyDictionary<Quadrant, RepeatCounter> Reflections { get; } = Quadrant.All.ToDictionary(q => q, _ => new RepeatCounter());

    /// <summary>Counts one survey's texts.</summary>
    public void Add(IReadOnlyDictionary<string, string> texts)
    {
        Enablers.Add(texts.GetValueOrDefault(AnswerNames.Enablers));
        Challenges.Add(texts.GetValueOrDefault(AnswerNames.Challenges));
        foreach (var (quadrant, counter) in Reflections) counter.Add(texts.GetValueOrDefault(AnswerNames.Reflection(quadrant.Id)));
    }

    /// <summary>Adds a community's counts into these (the organisation's).</summary>
    public void Add(ConditionCounts other)
    {
        Enablers.Add(other.Enablers);
        Challenges.Add(other.Challenges);
        foreach (var (quadrant, counter) in Reflections) counter.Add(other.Reflections[quadrant]);
    }

    public Conditions ToConditions() => new(Enablers.Items(), Challenges.Items())
    {
        Reflections = Reflections.ToDictionary(r => r.Key, r => r.Value.Items()),
    };
}
