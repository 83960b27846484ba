using CopOffice.Pipeline;
using CopOffice.Responses;
using CopOffice.Service.Hosting;
using CopOffice.Store;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Reports;

/// <summary>
/// The service's report run: the same <see cref="ReportRun"/> as <c>copoffice report</c>, reading the
/// store's intake folder and writing its reports folder, and, where they are set, the personal workbooks and
/// the ledger to their own private folders of the store.
/// </summary>
public sealed class PipelineReports(IDocumentStore store, OrganisationRules rules, IOptions<ServiceOptions> options, TimeProvider clock) : IReportPipeline
{
    public async Task<string> RunAsync(IReadOnlyCollection<Period> periods, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var source = new SubfolderStore(store, settings.Store.IntakeFolder);
        var target = new SubfolderStore(store, settings.Reports.Folder);
        var destinations = new ReportDestinations(target)
        {
            Members = Private(settings.Reports.MembersFolder),
            Ledger = Private(settings.Reports.LedgerFolder),
            Notify = settings.Reports.Notify,
        };
        try
        {
            var summary = await ReportRun.RunAsync(source, destinations, new ReportOptions
            {
                Rules = rules.Rules,
                Privacy = settings.Privacy.Options,
                Clock = clock,
                AlsoPeriods = periods,
            }, cancellationToken: cancellationToken);
            return $"{summary.Inputs} inputs ({summary.Accepted} accepted, {summary.Superseded} superseded, {summary.Rejected} rejected); {summary.Written.Count} reports for {string.Join(", ", summary.Periods)} written to {target.Description}"
                + (destinations.Members is { } members ? $"; {summary.Deliveries.Count} personal workbooks to {members.Description} ({summary.Granted} newly shared, {summary.AlreadyShared} already shared)" : "; no personal workbooks (CopOffice:Reports:MembersFolder is not set)")
                + (destinations.Ledger is { } ledger ? $"; the ledger to {ledger.Description}." : "; no ledger (CopOffice:Reports:LedgerFolder is not set).");
        }
        catch (ReportRunException e)
        {
            // Nothing to report yet (no accepted submission), or a private folder that others can read: an outcome
            // the log states, with nothing published, not a failure of the job.
            return $"no reports written: {e.Message}";
        }
    }

    /// <summary>A private folder of the store: on disk one created for its owner alone; in SharePoint a subfolder whose readers are checked.</summary>
    private IDocumentStore? Private(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? null
        : store is LocalFolderStore local ? new LocalFolderStore(Path.Combine(local.Root, folder.Trim('/')), privateFolder: true)
        : new SubfolderStore(store, folder);
}
