using CopOffice.Service.Apis;

namespace CopOffice.Service.Submissions;

/// <summary>
/// What a member gets back for a submission: where the workbook is stored, for which community and period,
/// whether it replaced an earlier one, and the warnings the intake noted (a submission with errors is refused).
/// </summary>
public sealed record Receipt(string Id, string Kind, string Community, string Period, string File, string? WebUrl,
    DateTimeOffset StoredAt, bool Replaced, string Status, int Errors, int Warnings, IReadOnlyList<FindingDto> Findings, string Sha256);

/// <summary>A stored submission as "my submissions" lists it.</summary>
public sealed record StoredSubmission(string File, string Community, string Kind, string Period, DateTimeOffset StoredAt, long Size);
