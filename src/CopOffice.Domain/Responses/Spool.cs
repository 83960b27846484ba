namespace CopOffice.Responses;

/// <summary>
/// Where a run keeps what it read until a report asks for it: the ledger's entries and what people
/// wrote. A ledger of 100,000 Forms rows is mostly stories, comments and findings; kept as bytes in a
/// spool (the intake's spills to a temporary file beyond a bound) the run's memory stays about the same
/// however many rows it reads, and an entry or a text is decoded when it is used.
/// </summary>
/// <remarks>Implementations take appends and reads from any thread.</remarks>
public abstract class Spool
{
    /// <summary>Keeps <paramref name="bytes"/>; returns the position to read them back from.</summary>
    public abstract long Append(ReadOnlySpan<byte> bytes);

    /// <summary>Fills <paramref name="destination"/> with the bytes kept from <paramref name="position"/> on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Nothing was kept there: a bug in the caller.</exception>
    public abstract void Read(long position, Span<byte> destination);
}
