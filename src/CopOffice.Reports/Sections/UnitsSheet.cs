using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>Organisational units and member types across the organisation.</summary>
internal static class UnitsSheet
{
    public static void Write(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Units", "Organisational units and member types", subtitle,
            "The value matrix of each organisational unit and of each member type across the organisation.");
        sheet.Table(GroupTables.Groups("Units", "Unit", view.Units), main: true);
        sheet.Section("Member types");
        sheet.Note("Organisation-wide member types are shown only where every community's figure for that type is shown.", 8);
        sheet.Table(GroupTables.Groups("MemberTypes", "Member type", view.MemberTypes));
    }
}
