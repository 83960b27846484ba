using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;
using CopOffice.Responses;

namespace CopOffice.Reports.Sections;

/// <summary>The intake as data quality: counts by kind and status, and what was not accepted, with where to look.</summary>
internal static class DataQualitySheet
{
    public static void Write(ReportBook book, string subtitle, IReadOnlyList<LedgerEntry> entries, string scope)
    {
        var sheet = book.AddSheet("Data quality", "Data quality of the intake", subtitle,
            "How many inputs of each kind were accepted, superseded or rejected, and the findings of those not accepted, with the file, sheet, cell or row to look at.");
        var accepted = entries.Count(e => e.Status is LedgerStatus.Accepted or LedgerStatus.AcceptedWithWarnings);
        sheet.Note($"{entries.Count:N0} {(entries.Count == 1 ? "input" : "inputs")} {scope}: {accepted:N0} accepted, " +
            $"{entries.Count(e => e.Status == LedgerStatus.Superseded):N0} superseded by a later submission, {entries.Count(e => e.Status == LedgerStatus.Rejected):N0} rejected. " +
            $"{LedgerWorkbook.FileName} lists every input with all its findings, warnings included.", 8, muted: false);
        sheet.Table(DataQualityTables.Summary("IntakeSummary", entries));

        sheet.Section("Inputs not accepted");
        var findings = DataQualityTables.NotAccepted(entries).ToList();
        sheet.Note(findings.Count == 0
            ? "Every input was accepted."
            : findings.Count > DataQualityTables.MaxFindings
                ? $"The first {DataQualityTables.MaxFindings:N0} of {findings.Count:N0} findings of rejected and superseded inputs, in intake order; {LedgerWorkbook.FileName} has them all."
                : "The findings of rejected and superseded inputs, in intake order: fix the file and submit it again.", 8);
        sheet.Table(DataQualityTables.Findings("IntakeFindings", findings));
    }
}
