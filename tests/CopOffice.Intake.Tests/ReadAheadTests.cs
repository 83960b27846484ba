namespace CopOffice.Intake.Tests;

/// <summary>The intake reads a Forms export a few batches ahead of judging it: order, failures and early stops as without it.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public void Every_item_comes_in_order()
    {
        Assert.Equal(Enumerable.Range(0, 10_000), ReadAhead.Of(Enumerable.Range(0, 10_000)));
    }

    [Fact]
    public void A_readers_failure_reaches_the_caller_after_the_items_read_before_it()
    {
        static IEnumerable<int> Failing()
        {
            for (var i = 0; i < 1_000; i++) yield return i;
            throw new InvalidDataException("row 1,001 is damaged");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() => { foreach (var i in ReadAhead.Of(Failing())) seen.Add(i); });

        Assert.Equal("row 1,001 is damaged", error.Message);
        Assert.Equal(Enumerable.Range(0, 1_000), seen);
    }

    [Fact]
    public void A_caller_that_stops_early_stops_the_reader_and_waits_for_it()
    {
        var read = 0;
        var reading = false;
        IEnumerable<int> Endless()
        {
            reading = true;
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref read);
                    yield return i;
                }
            }
            finally
            {
                reading = false;
            }
        }

        Assert.Equal(Enumerable.Range(0, 500), ReadAhead.Of(Endless()).Take(500));

        // The reader stopped, with at most a few batches read ahead of the caller.
        Assert.False(reading);
        Assert.InRange(read, 500, 500 + 6 * 256);
    }
}
