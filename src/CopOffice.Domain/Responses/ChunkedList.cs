using System.Collections;

namespace CopOffice.Responses;

/// <summary>
/// A list that grows by small chunks instead of doubling one array: a list of 100,000 results never
/// becomes one array on the large-object heap, copied at every doubling, whose allocations set off
/// full garbage collections in the middle of a run.
/// </summary>
public sealed class ChunkedList<T> : IReadOnlyList<T>
{
    // Chunks stay below the large-object heap's 85,000 bytes for items of up to ~160 bytes.
    private const int ChunkSize = 512;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] =>
        (uint)index < (uint)Count ? _chunks[index / ChunkSize][index % ChunkSize] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if (Count % ChunkSize == 0) _chunks.Add(new T[ChunkSize]);
        _chunks[^1][Count % ChunkSize] = item;
        Count++;
    }

    /// <summary>Lets go of every item: whoever still holds the list (a finished task's result) no longer holds them.</summary>
    public void Clear()
    {
        _chunks.Clear();
        Count = 0;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _chunks[i / ChunkSize][i % ChunkSize];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
