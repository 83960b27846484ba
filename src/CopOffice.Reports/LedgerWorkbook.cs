using CopOffice.Questionnaires;
using CopOffice.Reports.Excel;
using CopOffice.Responses;

namespace CopOffice.Reports;

/// <summary>
/// ledger.xlsx: every input of the run and what became of it, and every finding with its location.
/// Streamed, so a 100,000-row Forms export costs no more memory than ten rows.
/// Tables "Ledger" and "Findings"; their columns are part of the documented report format.
/// </summary>
public static class LedgerWorkbook
{
    public const string FileName = "ledger.xlsx";

    public static IReadOnlyList<StreamingColumn> LedgerColumns { get; } =
    [
        new("Source", 40), new("Row", 8), new("Response id", 12), new("Kind", 16), new("Status", 22),
        new("Community", 22), new("Period", 10), new("Errors", 8), new("Warnings", 10), new("Superseded by", 40), new("Link", 30), new("Submitted by", 30),
    ];

    public static IReadOnlyList<StreamingColumn> FindingColumns { get; } =
    [
        new("Source", 40), new("Row", 8), new("Severity", 10), new("Message", 80), new("Sheet", 14), new("Cell", 8), new("Name", 30), new("Location", 50),
    ];

    public static IReadOnlyList<StreamingColumn> DeliveryColumns { get; } =
    [
        new("Member", 34), new("Personal workbook", 40), new("Address", 24), new("Shared", 60), new("Latest survey", 40), new("Row", 8),
    ];

    /// <param name="deliveries">The run's personal workbooks, when it wrote any: the Delivery sheet.</param>
    public static void Write(Stream output, Ledger ledger, IReadOnlyList<MemberDelivery>? deliveries = null) =>
        StreamingWorkbook.Write(output,
        [
            new StreamingTable("Ledger", "Ledger", LedgerColumns, ledger.Entries.Select(LedgerRow)),
            new StreamingTable("Findings", "Findings", FindingColumns, ledger.WithFindings.SelectMany(e => e.Findings.Select(f => FindingRow(e, f)))),
            .. deliveries is null ? [] : new[] { new StreamingTable("Delivery", "Delivery", DeliveryColumns, deliveries.Select(DeliveryRow)) },
        ], "CopOffice intake ledger");

    public static object?[] DeliveryRow(MemberDelivery d) =>
        [d.Email, d.Workbook, d.ProofText, d.SharingText, d.Latest.Path, d.Latest.Row];

    public static object?[] LedgerRow(LedgerEntry e) =>
    [
        e.Source.Path, e.Source.Row, e.Source.RowId, e.Kind?.Id(), e.Status.Id(),
        e.Response?.Community, e.Response?.Period.ToString(),
        e.Findings.Count(f => f.Severity == Severity.Error), e.Findings.Count(f => f.Severity == Severity.Warning),
        e.SupersededBy?.ToString(), e.Source.WebUrl, e.Response?.SubmittedBy,
    ];

    public static object?[] FindingRow(LedgerEntry e, Finding f) =>
    [
        e.Source.Path, e.Source.Row, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Location.Sheet, f.Location.Cell, f.Location.Name, f.Location.ToString(),
    ];
}
