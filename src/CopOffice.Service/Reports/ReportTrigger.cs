using System.Threading.Channels;
using CopOffice.Responses;

namespace CopOffice.Service.Reports;

/// <summary>One change to report on: why, and the period it touched, when it touched one.</summary>
public sealed record ReportChange(string Why, Period? Period);

/// <summary>Tells the report job that something changed; the job waits for a quiet moment before it runs.</summary>
public sealed class ReportTrigger
{
    private readonly Channel<ReportChange> _signals = Channel.CreateUnbounded<ReportChange>(new UnboundedChannelOptions { SingleReader = true });

    /// <param name="period">The period a submission was for: its reports are regenerated too, not only the latest period's.</param>
    public void Changed(string why, Period? period = null) => _signals.Writer.TryWrite(new ReportChange(why, period));

    internal ChannelReader<ReportChange> Signals => _signals.Reader;
}
