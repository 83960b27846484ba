using CopOffice.Responses;

namespace CopOffice.Pipeline;

/// <summary>What a run did: its inputs by ledger status and the reports it published.</summary>
public sealed record ReportSummary(Ledger Ledger, Period? Period, IReadOnlyList<string> Written)
{
    public int Inputs => Ledger.Entries.Count;
    public int Accepted => Ledger.Count(LedgerStatus.Accepted) + Ledger.Count(LedgerStatus.AcceptedWithWarnings);
    public int WithWarnings => Ledger.Count(LedgerStatus.AcceptedWithWarnings);
    public int Superseded => Ledger.Count(LedgerStatus.Superseded);
    public int Rejected => Ledger.Count(LedgerStatus.Rejected);
}

/// <summary>A run that could not produce reports, with the reason a person acts on.</summary>
public sealed class ReportRunException(string message, Exception? inner = null) : Exception(message, inner);
