namespace CopOffice.Intake;

/// <summary>
/// How many bytes of downloaded files may wait in memory at once, for their turn to be judged: without it,
/// sixteen downloads of 100 MB exports would hold 1.6 GB. Places are granted first come, first served, so a
/// large file is not passed over for ever by small ones; a file larger than the whole budget waits until
/// nothing else is held, then goes alone.
/// </summary>
internal sealed class ByteBudget(long capacity)
{
    private readonly object _lock = new();
    private readonly Queue<(long Bytes, TaskCompletionSource Granted)> _waiting = new();
    private long _held;

    public long Capacity { get; } = Math.Max(1, capacity);

    /// <summary>Waits until <paramref name="bytes"/> fit; disposing the result gives them back.</summary>
    public async Task<IDisposable> EnterAsync(long bytes, CancellationToken cancellationToken)
    {
        var need = Math.Clamp(bytes, 0, Capacity);
        TaskCompletionSource granted;
        lock (_lock)
        {
            if (_waiting.Count == 0 && _held + need <= Capacity)
            {
                _held += need;
                return new Place(this, need);
            }
            granted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((need, granted));
        }
        try
        {
            await granted.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Given up: bytes granted meanwhile go back; a grant not yet made never is (TrySetCanceled wins).
            if (!granted.TrySetCanceled()) Release(need);
            else lock (_lock) GrantWaiting();
            throw;
        }
        return new Place(this, need);
    }

    private void Release(long bytes)
    {
        lock (_lock)
        {
            _held -= bytes;
            GrantWaiting();
        }
    }

    private void GrantWaiting()
    {
        while (_waiting.TryPeek(out var next))
        {
            if (next.Granted.Task.IsCanceled)
            {
                _waiting.Dequeue();
                continue;
            }
            if (_held + next.Bytes > Capacity) return;
            _waiting.Dequeue();
            if (next.Granted.TrySetResult()) _held += next.Bytes;
        }
    }

    private sealed class Place(ByteBudget budget, long bytes) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) budget.Release(bytes);
        }
    }
}
