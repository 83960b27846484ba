namespace CopOffice.Pipeline;

public enum ReportStage { Reading, Aggregating, Writing, Done }

/// <summary>How far a run has come, for a progress line on long runs.</summary>
public sealed record ReportProgress(ReportStage Stage, int Done, int Total, string? Item = null);
