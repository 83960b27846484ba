namespace CopOffice.Responses;

/// <summary>
/// Where accepted responses keep what people wrote. Stories and comments are most of what a ledger of
/// 100,000 Forms rows holds, and a report prints only some of them; a run that hands the validator a
/// spool keeps that text off the heap (the intake's spool spills to a temporary file) and reads a text
/// back when a report asks for it. Without a spool each response keeps its texts itself.
/// </summary>
/// <remarks>Implementations take appends and reads from any thread.</remarks>
public abstract class TextSpool
{
    /// <summary>Keeps <paramref name="bytes"/>; returns the position to read them back from.</summary>
    public abstract long Append(ReadOnlySpan<byte> bytes);

    /// <summary>Fills <paramref name="destination"/> with the bytes kept from <paramref name="position"/> on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Nothing was kept there: a bug in the caller.</exception>
    public abstract void Read(long position, Span<byte> destination);
}
