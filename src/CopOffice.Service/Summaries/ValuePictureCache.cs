using CopOffice.Aggregation;
using CopOffice.Intake;
using CopOffice.Service.Hosting;
using CopOffice.Store;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Summaries;

/// <summary>
/// The value picture of everything submitted so far (ledger, then aggregation with privacy), built the way
/// the reports build it and kept until a submission changes the intake or it is <see cref="MaxAge"/> old
/// (files may also arrive in the store by other ways).
/// </summary>
public sealed class ValuePictureCache(IDocumentStore store, OrganisationRules rules, IOptions<ServiceOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>One built picture with what it was built from: swapped whole, so a reader never sees half of two.</summary>
    private sealed record Entry(ValuePicture Picture, int Version, DateTimeOffset Built);

    private readonly SemaphoreSlim _building = new(1, 1);
    private Entry? _cached;
    private int _version;

    /// <summary>The intake changed: the next request builds the picture again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<ValuePicture> GetAsync(CancellationToken cancellationToken)
    {
        var version = Volatile.Read(ref _version);
        if (Volatile.Read(ref _cached) is { } hit && hit.Version == version && clock.GetUtcNow() - hit.Built < MaxAge) return hit.Picture;
        await _building.WaitAsync(cancellationToken);
        try
        {
            version = Volatile.Read(ref _version);
            if (Volatile.Read(ref _cached) is { } again && again.Version == version && clock.GetUtcNow() - again.Built < MaxAge) return again.Picture;
            var o = options.Value;
            var intake = new IntakeFolder(store, o.Store.IntakeFolder);
            var ledger = await IntakeRun.LedgerAsync(intake, rules.Rules, cancellationToken: cancellationToken);
            var picture = ValueAggregation.Build(ledger, rules.Rules.Roster, o.Privacy.Options);
            Volatile.Write(ref _cached, new Entry(picture, version, clock.GetUtcNow()));
            return picture;
        }
        finally
        {
            _building.Release();
        }
    }
}
