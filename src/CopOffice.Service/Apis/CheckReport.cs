using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Service.Apis;

/// <summary>
/// What the intake makes of one workbook, as the task pane lists it: the verdict in the ledger's words
/// (accepted, accepted-with-warnings, rejected) and every finding with its sheet, cell and defined name.
/// </summary>
public sealed record CheckReport(string File, string? Kind, string Status, int Errors, int Warnings,
    string? Community, string? Period, IReadOnlyList<FindingDto> Findings)
{
    public static CheckReport Of(IntakeResult result)
    {
        var status = result.Response is null ? LedgerStatus.Rejected
            : result.Findings.Count == 0 ? LedgerStatus.Accepted
            : LedgerStatus.AcceptedWithWarnings;
        return new(result.Source.Path, result.Kind?.Id(), status.Id(),
            result.Findings.Count(f => f.Severity == Severity.Error),
            result.Findings.Count(f => f.Severity == Severity.Warning),
            result.Response?.Community, result.Response?.Period.ToString(),
            // Errors first: they are what stands between the member and a submission.
            [.. result.Findings.OrderByDescending(f => f.Severity).Select(FindingDto.Of)]);
    }
}

public sealed record FindingDto(string Severity, string Message, string File, string? Sheet, string? Cell, string? Name, int? Row, string Where)
{
    public static FindingDto Of(Finding finding) => new(
        finding.Severity == Responses.Severity.Error ? "error" : "warning",
        finding.Message,
        finding.Location.File,
        finding.Location.Sheet,
        finding.Location.Cell,
        finding.Location.Name,
        finding.Location.Row,
        finding.Location.ToString());
}
