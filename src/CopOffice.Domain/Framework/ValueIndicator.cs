namespace CopOffice.Framework;

/// <summary>
/// One indicator of the value matrix (seeds 000–002), named exactly as the seeds name it.
/// <see cref="Cycle"/> is the value cycle a high rating gives evidence of: CopOffice's documented
/// reading, used to lay indicators and stories side by side in the value-creation matrix.
/// </summary>
public sealed record ValueIndicator(string Id, string Name, Quadrant Quadrant, ValueCycle Cycle, string Prompt)
{
    /// <summary>The communities that ask it; empty for the whole organisation (every seed indicator).</summary>
    public IReadOnlyList<string> Communities { get; init; } = [];

    /// <summary>The framework version that first asked it: workbooks of an earlier version were never asked.</summary>
    public int Since { get; init; } = 1;

    /// <summary>Whether a survey about <paramref name="community"/>, made with framework <paramref name="version"/>, asks it.</summary>
    public bool IsAskedIn(string? community, int version) =>
        version >= Since && (Communities.Count == 0 || (community is not null && Communities.Contains(community, StringComparer.OrdinalIgnoreCase)));
}
