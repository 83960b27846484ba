namespace CopOffice.Framework;

/// <summary>A question of the value-creation story template (seed 002) and the value cycle its answer tells of.</summary>
public sealed record StoryQuestion(string Id, string Text, ValueCycle Cycle, bool AsksForFigures = false)
{
    /// <summary>The framework version that first asked it.</summary>
    public int Since { get; init; } = 1;
}
