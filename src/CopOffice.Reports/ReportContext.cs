namespace CopOffice.Reports;

/// <summary>
/// What a report says about its own making, on its "About" sheet: when it was generated (the only
/// time a report shows), by which CopOffice version, and where its inputs came from (a folder or a
/// SharePoint library; never a secret).
/// </summary>
public sealed record ReportContext(DateTimeOffset GeneratedAt, string CopOfficeVersion, string Source)
{
    /// <summary>The programme lead's record of the organisation's programme (<c>--programme</c>), shown on the Programme sheet.</summary>
    public IReadOnlyList<Aggregation.ProgrammeStatus> Programme { get; init; } = [];
}
