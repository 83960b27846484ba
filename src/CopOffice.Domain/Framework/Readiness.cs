namespace CopOffice.Framework;

/// <summary>A heading of seed 003's readiness questions ("Do you have a good domain?").</summary>
public sealed record ReadinessTheme(string Id, string Question);

/// <summary>One statement under a readiness theme, rated by the coordinator or core group.</summary>
public sealed record ReadinessQuestion(string Id, ReadinessTheme Theme, string Statement)
{
    /// <summary>How earlier versions worded it, where they did otherwise: their Forms exports are still read.</summary>
    public IReadOnlyList<string> Formerly { get; init; } = [];
}

/// <summary>Purpose, vision, objectives, strategy (seed 003).</summary>
public sealed record VisionField(string Id, string Name, string Prompt);
