using CopOffice.Store;

namespace CopOffice.Pipeline;

/// <summary>
/// Where a run's workbooks go, one folder per audience: <see cref="Reports"/> the aggregate, privacy-protected
/// reports that coordinators and sponsors read; <see cref="Members"/> the personal workbooks, each shared with
/// its member alone; <see cref="Ledger"/> ledger.xlsx for administrators. Individual data never goes to
/// <see cref="Reports"/>: without <see cref="Members"/> no personal workbook is written, without
/// <see cref="Ledger"/> no ledger.
/// </summary>
public sealed record ReportDestinations(IDocumentStore Reports)
{
    /// <summary>A folder only the owners can open; null writes no personal workbook.</summary>
    public IDocumentStore? Members { get; init; }

    /// <summary>A folder only the owners can open; null writes no ledger.xlsx.</summary>
    public IDocumentStore? Ledger { get; init; }

    /// <summary>SharePoint e-mails each member a link to their workbook when it is first shared with them; otherwise the grant is silent.</summary>
    public bool Notify { get; init; }
}
