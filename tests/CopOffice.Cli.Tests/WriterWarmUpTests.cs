using CopOffice.Pipeline;

namespace CopOffice.Cli.Tests;

/// <summary>The report run warms its writers up only during long intakes, which tests do not have: the warm-up is run here directly.</summary>
public class WriterWarmUpTests
{
    [Fact]
    public async Task The_warm_up_writes_its_report_once_the_delay_has_passed_and_not_after_a_short_intake()
    {
        using var done = new CancellationTokenSource();
        await done.CancelAsync();
        var skipped = WriterWarmUp.AfterAsync(TimeSpan.FromMinutes(10), done.Token);
        Assert.True(skipped.IsCompletedSuccessfully);

        // Its own sample is one the writers take: a failure here would surface in the first long report run.
        var warmed = WriterWarmUp.AfterAsync(TimeSpan.Zero, CancellationToken.None);
        await warmed.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(warmed.IsCompletedSuccessfully);
    }
}
