using CopOffice.Pipeline;
using CopOffice.Service.Hosting;
using CopOffice.Store;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Reports;

/// <summary>
/// The service's report run: the same <see cref="ReportRun"/> as <c>copoffice report</c>, reading the
/// store's intake folder and writing its reports folder.
/// </summary>
public sealed class PipelineReports(IDocumentStore store, OrganisationRules rules, IOptions<ServiceOptions> options, TimeProvider clock) : IReportPipeline
{
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var source = new SubfolderStore(store, settings.Store.IntakeFolder);
        var target = new SubfolderStore(store, settings.Reports.Folder);
        try
        {
            var summary = await ReportRun.RunAsync(source, target, new ReportOptions
            {
                Rules = rules.Rules,
                Privacy = settings.Privacy.Options,
                Clock = clock,
            }, cancellationToken: cancellationToken);
            return $"{summary.Inputs} inputs ({summary.Accepted} accepted, {summary.Superseded} superseded, {summary.Rejected} rejected); {summary.Written.Count} reports for {summary.Period} written to {target.Description}.";
        }
        catch (ReportRunException e)
        {
            // Nothing to report yet (no accepted submission) is an outcome, not a failure of the job.
            return $"no reports written: {e.Message}";
        }
    }
}
