using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;
using CopOffice.Responses;

namespace CopOffice.Reports.Sections;

/// <summary>The intake as data quality: counts by kind and status, and what was not accepted, with where to look.</summary>
internal static class DataQualitySheet
{
    /// <param name="community">The community whose inputs are shown, null for all of the ledger's.</param>
    public static void Write(ReportBook book, string subtitle, Ledger ledger, string? community, string scope)
    {
        var sheet = book.AddSheet("Data quality", "Data quality of the intake", subtitle,
            "How many inputs of each kind were accepted, superseded or rejected, and the findings of those not accepted, with the file, sheet, cell or row to look at.");
        var statuses = ledger.Statuses(community).Select(s => s.Status).ToList();
        var accepted = statuses.Count(s => s is LedgerStatus.Accepted or LedgerStatus.AcceptedWithWarnings);
        sheet.Note($"{statuses.Count:N0} {(statuses.Count == 1 ? "input" : "inputs")} {scope}: {accepted:N0} accepted, " +
            $"{statuses.Count(s => s == LedgerStatus.Superseded):N0} superseded by a later submission, {statuses.Count(s => s == LedgerStatus.Rejected):N0} rejected. " +
            $"{LedgerWorkbook.FileName} lists every input with all its findings, warnings included.", 8, muted: false);
        sheet.Table(DataQualityTables.Summary("IntakeSummary", ledger.Statuses(community)));

        sheet.Section("Inputs not accepted");
        var (findings, count) = DataQualityTables.NotAccepted(ledger.NotAccepted(community));
        sheet.Note(count == 0
            ? "Every input was accepted."
            : count > DataQualityTables.MaxFindings
                ? $"The first {DataQualityTables.MaxFindings:N0} of {count:N0} findings of rejected and superseded inputs, in intake order; {LedgerWorkbook.FileName} has them all."
                : "The findings of rejected and superseded inputs, in intake order: fix the file and submit it again.", 8);
        sheet.Table(DataQualityTables.Findings("IntakeFindings", findings));
    }
}
