using System.Net;

namespace CopOffice.Store.SharePoint.Graph;

/// <summary>
/// Throttling for the whole connection, as SharePoint's guidance asks: a 429 or 503 pauses every request,
/// not only the one that got it, for as long as its Retry-After says, and halves how many requests may be
/// in flight at once; each run of successes as long as the limit raises it by one again, up to its start.
/// The SDK's retry handler, outside this one, still retries the throttled request itself.
/// </summary>
internal sealed class ThrottleGate(int maxInFlight, TimeProvider? clock = null) : DelegatingHandler
{
    private static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(2);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly object _lock = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private readonly int _max = maxInFlight;
    private int _limit = maxInFlight, _inFlight, _successes;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>How many requests may be in flight now (the start, until throttled).</summary>
    public int Limit { get { lock (_lock) return _limit; } }

    /// <summary>Until when every request waits because of throttling; null when none does.</summary>
    public DateTimeOffset? PausedUntil
    {
        get { lock (_lock) return _pausedUntil > _clock.GetUtcNow() ? _pausedUntil : null; }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) Throttled(RetryAfter(response));
            else if (response.IsSuccessStatusCode) Succeeded();
            return response;
        }
        finally
        {
            Exit();
        }
    }

    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        // A new 429 during the wait moves the pause on: look again until none is left.
        while (PausedUntil is { } until)
            await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (until - _clock.GetUtcNow()).Ticks)), _clock, cancellationToken).ConfigureAwait(false);
        TaskCompletionSource place;
        lock (_lock)
        {
            if (_inFlight < _limit)
            {
                _inFlight++;
                return;
            }
            place = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue(place);
        }
        try
        {
            await place.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Given up: a place granted meanwhile goes back; one not granted is never granted (TrySetResult fails).
            if (!place.TrySetCanceled()) Exit();
            throw;
        }
    }

    private void Exit()
    {
        lock (_lock)
        {
            _inFlight--;
            GrantWaiting();
        }
    }

    private void GrantWaiting()
    {
        while (_inFlight < _limit && _waiting.TryDequeue(out var next))
            if (next.TrySetResult()) _inFlight++;
    }

    private void Throttled(TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            var until = _clock.GetUtcNow() + (retryAfter ?? DefaultPause);
            if (until > _pausedUntil) _pausedUntil = until;
            _limit = Math.Max(1, _limit / 2);
            _successes = 0;
        }
    }

    private void Succeeded()
    {
        lock (_lock)
        {
            if (_limit >= _max || ++_successes < _limit) return;
            _limit++;
            _successes = 0;
            GrantWaiting();
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
}
