namespace CopOffice.Responses;

/// <summary>
/// Where a ledger keeps the results of its inputs, by position, from the intake until the reports are
/// written: in memory (<see cref="ResultList"/>), or a database that a run over a large library opens
/// and disposes (the intake's <c>ResultDatabase</c>).
/// </summary>
public interface IResultStore
{
    /// <summary>Keeps <paramref name="result"/>; returns where to read it back. Safe on any thread: files are judged in parallel.</summary>
    int Add(IntakeResult result);

    /// <summary>The result kept at <paramref name="index"/>, equal to the one added (a store may make a new object on each read).</summary>
    /// <remarks>Safe on any thread: reports are written in parallel.</remarks>
    IntakeResult this[int index] { get; }
}
