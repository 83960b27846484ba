using CopOffice.Aggregation;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>One group's indicators ranked, then its quadrants, with every statistic; beside a benchmark's mean where there is one.</summary>
internal static class IndicatorsSheet
{
    public static void Write(ReportBook book, string subtitle, string title, string description, string note, GroupProfile group, GroupProfile? benchmark = null)
    {
        var sheet = book.AddSheet("Indicators", title, subtitle, description);
        sheet.Note(note, 10);
        sheet.Table(ValueTables.Indicators("Indicators", group, benchmark), main: true);
        sheet.Section("Quadrants");
        sheet.Table(ValueTables.Quadrants("Quadrants", group, benchmark));
    }
}
