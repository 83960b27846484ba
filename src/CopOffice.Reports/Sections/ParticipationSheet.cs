using CopOffice.Aggregation;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>How many of the people the roster lists answered the value survey, group by group; without a roster, why there is nothing.</summary>
internal static class ParticipationSheet
{
    public static void Write(ReportBook book, string subtitle, string name, string description, IReadOnlyList<ResponseRate> rates)
    {
        var sheet = book.AddSheet(name, name, subtitle, description);
        sheet.Note(rates.Count == 0
            ? "No roster was given, so there are no response rates. Run the report with a roster to see them."
            : "The roster's count is always shown; who answered only where the group's figures are shown.", 6);
        sheet.Table(ParticipationTables.Rates("ResponseRates", rates), main: rates.Count > 0);
    }
}
