using CopOffice.Aggregation;
using CopOffice.Intake;
using CopOffice.Responses;

namespace CopOffice.Pipeline;

/// <summary>What a report run reads against and how it protects people.</summary>
public sealed record ReportOptions
{
    /// <summary>The period to report; null for the latest period with accepted responses.</summary>
    public Period? Period { get; init; }
    /// <summary>More periods to write the organisation and community reports of, beside <see cref="Period"/>; those without accepted responses are passed over.</summary>
    public IReadOnlyCollection<Period> AlsoPeriods { get; init; } = [];
    public IntakeRules Rules { get; init; } = IntakeRules.Default;
    public IntakeLimits Limits { get; init; } = IntakeLimits.Default;
    /// <summary>
    /// Keep what the intake read in a temporary database (<see cref="ResultDatabase"/>) instead of memory: for a
    /// library too large for the machine's memory. It costs time: bench/ measured 100,000 Forms rows at 20 s and
    /// a 778 MB peak this way, 17 s and 989 MB in memory.
    /// </summary>
    public bool ResultsOnDisk { get; init; }
    public PrivacyOptions Privacy { get; init; } = PrivacyOptions.Default;
    /// <summary>The programme lead's record of the organisation's programme (<c>--programme</c>), shown on the organisation report's Programme sheet.</summary>
    public IReadOnlyList<ProgrammeStatus> Programme { get; init; } = [];
    public string CopOfficeVersion { get; init; } = typeof(ReportOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    /// <summary>The clock of the run: the time stamped on every report's About sheet.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
