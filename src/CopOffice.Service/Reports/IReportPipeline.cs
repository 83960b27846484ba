namespace CopOffice.Service.Reports;

/// <summary>
/// The seam to the report pipeline of <c>copoffice report</c>: read every submission in the store, build the
/// ledger, aggregate, write the reports back. The service runs it after submissions and on a schedule;
/// when no implementation is registered, regeneration is off and the service says so at start-up.
/// </summary>
public interface IReportPipeline
{
    /// <summary>
    /// Runs the pipeline once, reporting the latest period and also <paramref name="periods"/> (those submissions
    /// changed; periods without responses are passed over); returns a one-line account of what it did, for the log.
    /// </summary>
    Task<string> RunAsync(IReadOnlyCollection<CopOffice.Responses.Period> periods, CancellationToken cancellationToken);
}
