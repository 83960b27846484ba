using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>Every group's mean of every indicator, coloured, with a band naming each quadrant.</summary>
internal static class HeatMapSheet
{
    public static void Write(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Heat map", "Heat map: groups × indicators", subtitle,
            $"The mean of each of the {NumberWords.Indicators} indicators for the organisation, every community, unit and member type, coloured from 2 or below (red) through 3 (yellow) to 4.5 or above (green).");
        sheet.Note("Mean rating of each indicator (1–5), coloured from 2 or below (red) through 3 (yellow) to 4.5 or above (green). Rows without colour are withheld: the Note says why.", 10);
        // A band naming each quadrant over its indicators' columns; Group type, Group and Respondents come first.
        sheet.Band(4, [.. Quadrant.All.Select(q => (q.Title, ValueFramework.IndicatorsIn(q).Count()))]);
        var rows = new[] { view.Organisation }.Concat(view.Communities).Concat(view.Units).Concat(view.MemberTypes);
        sheet.Table(GroupTables.HeatMap("HeatMap", rows), main: true);
        sheet.Section("Margins");
        sheet.Note("Each mean above ± this is its 95% confidence interval (Student's t; see the About sheet). Two groups' means whose intervals overlap may not differ.", 10);
        sheet.Table(GroupTables.HeatMap("HeatMapMargins", rows, margins: true));
    }
}
