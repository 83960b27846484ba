using System.Threading.Channels;

namespace CopOffice.Service.Reports;

/// <summary>Tells the report job that something changed; the job waits for a quiet moment before it runs.</summary>
public sealed class ReportTrigger
{
    private readonly Channel<string> _signals = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Changed(string why) => _signals.Writer.TryWrite(why);

    internal ChannelReader<string> Signals => _signals.Reader;
}
