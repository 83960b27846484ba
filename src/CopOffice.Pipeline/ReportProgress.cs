using CopOffice.Intake;

namespace CopOffice.Pipeline;

public enum ReportStage { Reading, Aggregating, Writing, Done }

/// <summary>How far a run has come, for a progress line on long runs; while reading, the intake's counts.</summary>
public sealed record ReportProgress(ReportStage Stage, int Done, int Total, string? Item = null)
{
    public IntakeProgress? Reading { get; init; }
}
