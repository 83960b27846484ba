using System.Collections.Concurrent;

namespace CopOffice.Intake;

/// <summary>
/// Reading a workbook and judging and spooling its rows would take turns on one thread: past its first
/// <c>Inline</c> items (a template has one), this runs the reading on a thread of its own, a few batches
/// ahead of the caller, so that on two cores the work on each row of a Forms export costs next to nothing
/// over reading it. Items keep their order; at most <c>Batch × Batches</c> of them wait in memory.
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
        using var queue = new BlockingCollection<List<T>>(Batches);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<T>(Batch);
                while (items.MoveNext())
                {
                    batch.Add(items.Current);
                    if (batch.Count < Batch) continue;
                    queue.Add(batch, stop.Token);
                    batch = new List<T>(Batch);
                }
                if (batch.Count > 0) queue.Add(batch, stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var finished = false;
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
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
}
