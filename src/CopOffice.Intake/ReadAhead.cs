using System.Threading.Channels;

namespace CopOffice.Intake;

/// <summary>
/// Reading a workbook and judging its rows would take turns on one thread: past its first
/// <c>Inline</c> items (a template has one), this runs the reading on a thread of its own, a few batches
/// ahead of the caller, so that on two cores the work on each row of a Forms export costs next to nothing
/// over reading it. Items keep their order; at most <c>Batch × Batches</c> of them wait in memory (a bounded
/// channel: the reader waits when the caller falls behind).
/// </summary>
internal static class ReadAhead
{
    private const int Inline = 64, Batch = 256, Batches = 4;

    /// <summary>
    /// The items of <paramref name="read"/>, read on another thread. An exception of the reader reaches
    /// the caller where it would have without this, after the items read before it. When the caller stops
    /// early, the reader is stopped and waited for, so the stream it reads may be closed right after.
    /// </summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> read, CancellationToken cancellationToken = default)
    {
        using var items = read.GetEnumerator();
        for (var i = 0; i < Inline; i++)
        {
            if (!items.MoveNext()) yield break;
            yield return items.Current;
        }
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The parser blocks on its stream: a thread of its own, not one borrowed from the pool.
        var reader = Task.Factory.StartNew(() => Fill(items, channel.Writer, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var finished = false;
        try
        {
            while (channel.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                while (channel.Reader.TryRead(out var batch))
                    foreach (var item in batch)
                        yield return item;
            finished = true;
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            if (!finished)
            {
                stop.Cancel();
                // The reader's own failure, if any, is not the one the caller is leaving with.
                try { reader.Wait(CancellationToken.None); } catch (AggregateException) { }
            }
        }
    }

    private static void Fill<T>(IEnumerator<T> items, ChannelWriter<List<T>> writer, CancellationToken stop)
    {
        var batch = new List<T>(Batch);
        try
        {
            while (items.MoveNext())
            {
                batch.Add(items.Current);
                if (batch.Count < Batch) continue;
                Write(writer, batch, stop);
                batch = new List<T>(Batch);
            }
        }
        finally
        {
            // The rows read before a failure still reach the caller, and its loop ends either way; the failure
            // itself reaches it through the reader task, after them.
            if (batch.Count > 0 && !stop.IsCancellationRequested) Write(writer, batch, stop);
            writer.TryComplete();
        }
    }

    private static void Write<T>(ChannelWriter<List<T>> writer, List<T> batch, CancellationToken stop)
    {
        if (!writer.TryWrite(batch)) writer.WriteAsync(batch, stop).AsTask().GetAwaiter().GetResult();
    }
}
