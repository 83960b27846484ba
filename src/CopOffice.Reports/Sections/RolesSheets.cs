using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>Leadership roles: coverage and holders across communities for sponsors; one community's holders and the analysis's notes for its coordinators.</summary>
internal static class RolesSheets
{
    public static void Organisation(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Roles", "Leadership roles: coverage and gaps", subtitle,
            $"Which of the {NumberWords.Roles} leadership roles each community has filled (●) and where the gaps are (○), and who holds each role.");
        sheet.Note("A role is filled when the community's leadership-roles analysis names a holder or members said they hold it.", 10);
        sheet.Table(RoleTables.Coverage("RoleCoverage", view.Roles), main: true);

        var holders = book.AddSheet("Role holders", "Who holds each leadership role", subtitle,
            "For each community and role: the holders the leadership-roles analysis names, the members who said they hold it (by name with their consent) and how many said so.");
        holders.Table(RoleTables.Holders("RoleHolders", view.Roles, withCommunity: true), main: true);
        holders.Section("What the roles need and give");
        holders.Note("From each community's leadership-roles analysis: the support a role's keepers need, and what they gain from it.", 10);
        holders.Table(RoleTables.SupportAndGratification("RoleSupport", view.Roles));
    }

    public static void Community(ReportBook book, CommunityView view, string subtitle)
    {
        var roles = view.Roles;
        var sheet = book.AddSheet("Roles", $"Leadership roles: {view.Community}", subtitle,
            $"The {NumberWords.Roles} leadership roles: who holds each (the analysis's holders, members who said so), the gaps, and what the analysis says about each role.");
        sheet.Note(roles.AnalysisPeriod is { } a
            ? $"From the leadership-roles analysis of {a}{(roles.CompletedBy is { } by ? $", completed by {by}" : "")}, and the value surveys of {roles.Period}. " +
              $"{roles.Filled} of {ValueFramework.LeadershipRoles.Count} roles are filled."
            : $"No leadership-roles analysis up to {roles.Period}: roles come from the value surveys only. {roles.Filled} of {ValueFramework.LeadershipRoles.Count} roles are filled.", 8);
        sheet.Table(RoleTables.Holders("RoleHolders", [roles], withCommunity: false), main: true);
        sheet.Section("What the analysis says about each role");
        sheet.Table(RoleTables.Notes("RoleNotes", roles));
    }
}
