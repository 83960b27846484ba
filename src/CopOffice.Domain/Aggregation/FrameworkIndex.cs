using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Aggregation;

/// <summary>The framework as array positions, so the hot loop over responses indexes arrays instead of searching lists.</summary>
internal static class FrameworkIndex
{
    public static IReadOnlyList<ValueIndicator> Indicators => ValueFramework.Indicators;
    public static IReadOnlyList<Quadrant> Quadrants => Quadrant.All;
    public static IReadOnlyList<ValueCycle> Cycles => ValueCycles.All;
    public static IReadOnlyList<LeadershipRole> Roles => ValueFramework.LeadershipRoles;

    public static readonly string[] IndicatorNames = [.. Indicators.Select(i => AnswerNames.Indicator(i.Id))];
    // A community's own indicator has no quadrant or cycle here (-1): quadrant scores and cycle evidence are made
    // of the indicators everyone is asked, so that communities and periods compare like with like.
    public static readonly int[] QuadrantOfIndicator = [.. Indicators.Select(i => i.Communities.Count > 0 ? -1 : Quadrants.ToList().IndexOf(i.Quadrant))];
    public static readonly int[] CycleOfIndicator = [.. Indicators.Select(i => i.Communities.Count > 0 ? -1 : (int)i.Cycle)];
    public static readonly string[] StoryNames = [.. ValueFramework.StoryQuestions.Select(s => AnswerNames.Story(s.Id))];
    public static readonly Dictionary<string, int> RoleIndex =
        Roles.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    /// <summary>The most leadership roles a survey's facts can hold: they are the bits of a <see cref="uint"/>.</summary>
    public const int MaxRoles = 32;

    static FrameworkIndex()
    {
        // Fail loudly rather than let a 33rd role's bit wrap onto the first.
        if (Roles.Count > MaxRoles)
            throw new InvalidOperationException($"The framework has {Roles.Count} leadership roles; survey facts hold at most {MaxRoles}.");
    }

    /// <summary>Value cycles as a bit set (bit i = cycle i), the form a story's reach is kept in.</summary>
    public static IReadOnlyList<ValueCycle> CyclesIn(int mask) => [.. Cycles.Where(c => (mask & (1 << (int)c)) != 0)];
}
