namespace CopOffice.Responses;

/// <summary>Results kept in memory, as they were added. Files are judged in parallel, so adding takes a lock.</summary>
public sealed class ResultList : IResultStore
{
    private readonly List<IntakeResult> _results = [];

    public int Add(IntakeResult result)
    {
        lock (_results)
        {
            _results.Add(result);
            return _results.Count - 1;
        }
    }

    public IntakeResult this[int index]
    {
        get
        {
            lock (_results) return _results[index];
        }
    }
}
