namespace CopOffice.Framework;

/// <summary>
/// The value-creation cycles of Wenger, Trayner &amp; de Laat (2011), in the order value flows:
/// activities produce insights, insights change practice, practice changes performance,
/// and performance can reframe what the organisation counts as success.
/// </summary>
public enum ValueCycle { Immediate, Potential, Applied, Realized, Reframing }

public static class ValueCycles
{
    public static IReadOnlyList<ValueCycle> All { get; } = Enum.GetValues<ValueCycle>();

    public static string Id(this ValueCycle cycle) => cycle.ToString().ToLowerInvariant();

    public static string Title(this ValueCycle cycle) => cycle switch
    {
        ValueCycle.Immediate => "Immediate value",
        ValueCycle.Potential => "Potential value",
        ValueCycle.Applied => "Applied value",
        ValueCycle.Realized => "Realized value",
        ValueCycle.Reframing => "Reframing value",
        _ => throw new ArgumentOutOfRangeException(nameof(cycle), cycle, null),
    };

    public static string Description(this ValueCycle cycle) => cycle switch
    {
        ValueCycle.Immediate => "Activities and interactions that are worth something in themselves.",
        ValueCycle.Potential => "Knowledge capital: insights, access to information, skills, relationships, reputation.",
        ValueCycle.Applied => "Changes in practice: knowledge put to use in the work.",
        ValueCycle.Realized => "Improved performance and contributions to the organisation's goals.",
        ValueCycle.Reframing => "New strategies and redefined criteria for success.",
        _ => throw new ArgumentOutOfRangeException(nameof(cycle), cycle, null),
    };

    public static bool TryParse(string? text, out ValueCycle cycle) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out cycle) && Enum.IsDefined(cycle);
}
