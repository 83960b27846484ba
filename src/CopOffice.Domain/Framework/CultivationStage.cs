namespace CopOffice.Framework;

/// <summary>A stage of cultivating communities of practice (seed 001) with the actions the guide lists for it.</summary>
public sealed record CultivationStage(string Id, string Name, string Summary, IReadOnlyList<string> Actions);
