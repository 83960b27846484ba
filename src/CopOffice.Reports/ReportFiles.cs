using CopOffice.Responses;

namespace CopOffice.Reports;

/// <summary>
/// Where each report goes under the output folder, as a relative path with '/': file names SharePoint,
/// OneDrive and Windows all accept, whatever the community is called.
/// </summary>
public static class ReportFiles
{
    public const string OrganisationFolder = "organisation";
    public const string CommunitiesFolder = "communities";
    public const string WorkshopFolder = "workshop";

    /// <summary>"organisation/CoP value report 2026-Q4.xlsx"</summary>
    public static string Organisation(Period p) => $"{OrganisationFolder}/CoP value report {p}.xlsx";

    /// <summary>"communities/Data Science 2026-Q4.xlsx"</summary>
    public static string Community(string community, Period p) => $"{CommunitiesFolder}/{FileNames.Safe(community, "community")} {p}.xlsx";

    /// <summary>"workshop/Data Science 2026-Q4.xlsx", or for the organisation "workshop/Organisation 2026-Q4.xlsx".</summary>
    public static string Workshop(string? community, Period p) => $"{WorkshopFolder}/{(community is null ? "Organisation" : FileNames.Safe(community, "community"))} {p}.xlsx";

    /// <summary>"ada.lovelace@contoso.example.xlsx", at the root of the members' own private folder, never beside the reports.</summary>
    public static string Member(string email) => $"{FileNames.Safe(email.Trim().ToLowerInvariant(), "member")}.xlsx";
}
