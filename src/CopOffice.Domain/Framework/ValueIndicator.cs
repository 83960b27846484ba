namespace CopOffice.Framework;

/// <summary>
/// One indicator of the value matrix (seeds 000–002), named exactly as the seeds name it.
/// <see cref="Cycle"/> is the value cycle a high rating gives evidence of: CopOffice's documented
/// reading, used to lay indicators and stories side by side in the value-creation matrix.
/// </summary>
public sealed record ValueIndicator(string Id, string Name, Quadrant Quadrant, ValueCycle Cycle, string Prompt);
