namespace CopOffice.Aggregation;

/// <summary>
/// What the programme lead keeps of one action of the organisation's programme: its status and notes. Kept in
/// the lead's programme file (the Programme sheet's Action, Status and Notes columns), given to each run with
/// <c>--programme</c> and copied into the organisation report.
/// </summary>
public sealed record ProgrammeStatus(string Action, string? Status, string? Notes)
{
    /// <summary>The statuses an action may have, as the Programme sheet's dropdown offers them.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["not started", "under way", "done", "not needed"];

    /// <summary>An action compared as a programme file may spell it: case and runs of spaces aside.</summary>
    public static string KeyOf(string action) => string.Join(' ', action.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
