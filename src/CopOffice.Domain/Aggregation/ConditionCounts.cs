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
    public void Add(IReadOnlyDictionary<string, string> texts) => Add(Split(texts));

    /// <summary>One survey's enablers and challenges, split into items once (a survey counts in its community and in its value band).</summary>
    public sealed record Said(IReadOnlyList<(string Key, string Wording)> Enablers, IReadOnlyList<(string Key, string Wording)> Challenges, IReadOnlyDictionary<string, string> Texts);

    public static Said Split(IReadOnlyDictionary<string, string> texts) =>
        new(RepeatCounter.Split(texts.GetValueOrDefault(AnswerNames.Enablers)), RepeatCounter.Split(texts.GetValueOrDefault(AnswerNames.Challenges)), texts);

    /// <summary>Counts one survey's split texts (reflections split here: they are counted in one place only).</summary>
    public void Add(Said said, bool reflections = true)
    {
        Enablers.Add(said.Enablers);
        Challenges.Add(said.Challenges);
        if (!reflections) return;
        foreach (var (quadrant, counter) in Reflections) counter.Add(said.Texts.GetValueOrDefault(AnswerNames.Reflection(quadrant.Id)));
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
