using CopOffice.Reports;
using CopOffice.Responses;

namespace CopOffice.Pipeline;

/// <summary>
/// What a run did: its inputs by ledger status, the reports it published, and the personal workbooks and ledger
/// where it wrote them. It keeps the counts, not the ledger: what the ledger read is gone when the run ends.
/// </summary>
public sealed record ReportSummary(Period? Period, IReadOnlyList<string> Written)
{
    /// <summary>The personal workbooks published, each with how it was delivered.</summary>
    public IReadOnlyList<MemberDelivery> Deliveries { get; init; } = [];
    /// <summary>Every period reports were written for: <see cref="Period"/> first.</summary>
    public IReadOnlyList<Period> Periods { get; init; } = [];
    /// <summary>Personal workbooks newly shared with their member, and those the member could already open.</summary>
    public int Granted { get; init; }
    public int AlreadyShared { get; init; }
    /// <summary>Coordinators newly given access to their community's report, and the grants SharePoint refused.</summary>
    public int CoordinatorGrants { get; init; }
    public IReadOnlyList<string> CoordinatorProblems { get; init; } = [];

    public int Inputs { get; init; }
    public int Accepted { get; init; }
    public int WithWarnings { get; init; }
    public int Superseded { get; init; }
    public int Rejected { get; init; }
}

/// <summary>A run that could not produce reports, with the reason a person acts on.</summary>
public sealed class ReportRunException(string message, Exception? inner = null) : Exception(message, inner);
