using CopOffice.Cli.Reporting;
using CopOffice.Intake;
using CopOffice.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CopOffice.Cli.Tests;

/// <summary>The line a long run prints on standard error while it reads: counts, time left, and why it waits.</summary>
public sealed class ProgressLineTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _stderr = new();

    private RunPrinter Printer() => new(TextWriter.Null, _stderr, _clock);

    private static ReportProgress Reading(IntakeProgress intake) =>
        new(ReportStage.Reading, intake.Judged, intake.ListingDone ? intake.Listed : 0, intake.LastFile) { Reading = intake };

    private string[] Lines() => _stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_long_read_shows_files_listed_downloaded_and_judged_and_the_time_left_at_its_pace()
    {
        var printer = Printer();
        printer.Report(Reading(new(0, false, 0, 0, null)));
        _clock.Advance(TimeSpan.FromSeconds(2));
        printer.Report(Reading(new(400, false, 40, 20, "member-0020.xlsx")));
        // 250 judged in 10 s, 750 to go: 30 s at that pace.
        _clock.Advance(TimeSpan.FromSeconds(8));
        printer.Report(Reading(new(1000, true, 266, 250, "member-0250.xlsx")));

        Assert.Equal(
        [
            "Reading inputs: 400 listed so far, 40 downloaded, 20 judged",
            "Reading inputs: 1,000 listed, 266 downloaded, 250 judged, about 30 s left",
        ], Lines());
    }

    [Fact]
    public void A_throttled_read_says_that_it_waits_and_for_how_long()
    {
        var printer = Printer();
        printer.Report(Reading(new(0, false, 0, 0, null)));
        _clock.Advance(TimeSpan.FromSeconds(4));
        printer.Report(Reading(new(150, true, 60, 48, "member-048.xlsx", _clock.GetUtcNow().AddSeconds(11.5))));

        Assert.Equal(["Reading inputs: 150 listed, 60 downloaded, 48 judged, about 10 s left; waiting on throttling: the library asked CopOffice to slow down, going on in 12 s"], Lines());
    }

    [Fact]
    public void A_short_run_prints_no_progress_and_lines_come_every_two_seconds()
    {
        var printer = Printer();
        printer.Report(Reading(new(3, true, 3, 3, "a.xlsx")));
        _clock.Advance(TimeSpan.FromSeconds(2.5));
        printer.Report(Reading(new(20, true, 12, 10, "j.xlsx")));
        _clock.Advance(TimeSpan.FromSeconds(1));
        printer.Report(Reading(new(20, true, 14, 12, "l.xlsx")));
        _clock.Advance(TimeSpan.FromSeconds(1));
        printer.Report(Reading(new(20, true, 20, 20, "t.xlsx")));

        Assert.Equal(["Reading inputs: 20 listed, 12 downloaded, 10 judged", "Reading inputs: 20 listed, 20 downloaded, 20 judged"], Lines());
    }

    [Theory]
    [InlineData(3, "about 5 s left")]
    [InlineData(31, "about 35 s left")]
    [InlineData(61, "about 2 min left")]
    [InlineData(5400, "about 1.5 h left")]
    public void Time_left_is_rounded_up_as_an_estimate_is(int seconds, string words) =>
        Assert.Equal(words, TimeLeft.Words(TimeSpan.FromSeconds(seconds)));
}
