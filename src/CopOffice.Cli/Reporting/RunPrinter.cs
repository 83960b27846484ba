using System.Globalization;
using CopOffice.Intake;
using CopOffice.Pipeline;
using CopOffice.Reports;

namespace CopOffice.Cli.Reporting;

/// <summary>Progress of a long run on standard error, and its summary on standard output.</summary>
internal sealed class RunPrinter(TextWriter stdout, TextWriter stderr, TimeProvider? clock = null) : IProgress<ReportProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly long _started = (clock ?? TimeProvider.System).GetTimestamp();
    private TimeSpan _printed = TimeSpan.Zero;
    private TimeSpan _stageStarted = TimeSpan.Zero;
    private ReportStage? _stage;

    // A run that takes more than a couple of seconds says where it is, every couple of seconds and at
    // each change of stage; a short run prints only its summary.
    public void Report(ReportProgress value)
    {
        var now = _clock.GetElapsedTime(_started);
        var changed = value.Stage != _stage;
        if (changed) _stageStarted = now;
        _stage = value.Stage;
        if (now < Interval || (!changed && now - _printed < Interval)) return;
        _printed = now;
        var line = value.Stage switch
        {
            ReportStage.Reading when value.Reading is { } reading => Reading(reading, now - _stageStarted),
            ReportStage.Reading => $"Reading inputs: {value.Done:N0} files read",
            ReportStage.Aggregating => "Aggregating accepted responses",
            ReportStage.Writing => $"Writing reports: {value.Done:N0} of {value.Total:N0}",
            _ => null,
        };
        if (line is not null) stderr.WriteLine(line);
    }

    /// <summary>"Reading inputs: 1,000 listed, 640 downloaded, 600 judged, about 10 s left", and why it waits when throttled.</summary>
    private string Reading(IntakeProgress reading, TimeSpan elapsed)
    {
        var line = $"Reading inputs: {reading.Listed:N0} listed{(reading.ListingDone ? "" : " so far")}, {reading.Downloaded:N0} downloaded, {reading.Judged:N0} judged";
        if (TimeLeft.Estimate(reading, elapsed) is { } left) line += $", {TimeLeft.Words(left)}";
        if (reading.ThrottledUntil is { } until && until > _clock.GetUtcNow())
            line += $"; waiting on throttling: the library asked CopOffice to slow down, going on in {Math.Ceiling((until - _clock.GetUtcNow()).TotalSeconds).ToString(CultureInfo.InvariantCulture)} s";
        return line;
    }

    public void Summary(ReportSummary summary, string source, ReportDestinations destinations)
    {
        stdout.WriteLine($"Read {summary.Inputs:N0} inputs from {source}: {summary.Accepted:N0} accepted ({summary.WithWarnings:N0} with warnings), {summary.Superseded:N0} superseded, {summary.Rejected:N0} rejected.");
        stdout.WriteLine($"Wrote {summary.Written.Count:N0} reports for {summary.Period} to {destinations.Reports.Description}:");
        foreach (var group in summary.Written.GroupBy(Folder))
        {
            var files = group.ToList();
            if (files.Count <= 8) foreach (var file in files) stdout.WriteLine($"  {file}");
            else stdout.WriteLine($"  {group.Key}/ ({files.Count:N0} workbooks)");
        }
        if (summary.CoordinatorGrants > 0)
            stdout.WriteLine($"Shared the community reports with {summary.CoordinatorGrants:N0} more coordinators named in the communities list.");
        foreach (var problem in summary.CoordinatorProblems)
            stdout.WriteLine($"Not shared with its coordinators: {problem}");
        if (destinations.Members is { } members)
        {
            var deliveries = summary.Deliveries;
            stdout.WriteLine($"Wrote {deliveries.Count:N0} personal workbooks to {members.Description}{Sharing(summary)}");
        }
        else
        {
            stdout.WriteLine("No personal workbooks were written: add --members-out FOLDER, a folder only its owners can open, to write one per member (shared in SharePoint with each member alone).");
        }
        if (destinations.Ledger is { } ledger)
        {
            stdout.WriteLine($"Wrote {ReportRun.LedgerFile} to {ledger.Description}.");
            if (summary.Rejected + summary.WithWarnings > 0)
                stdout.WriteLine($"See {ReportRun.LedgerFile} for what became of every input, and why.");
        }
        else
        {
            stdout.WriteLine($"No ledger was written: add --ledger-out FOLDER, a folder only its owners can open, for {ReportRun.LedgerFile}; copoffice check {source} prints what became of every input.");
        }
    }

    private static string Sharing(ReportSummary summary)
    {
        var deliveries = summary.Deliveries;
        if (deliveries.All(d => d.Sharing == MemberSharing.FolderCannotShare))
            return deliveries.Count == 0 ? "." : ": a local folder, so none is shared; hand each to its member.";
        var unverified = deliveries.Count(d => d.Sharing == MemberSharing.NotVerified);
        var refused = deliveries.Count(d => d.Sharing == MemberSharing.Refused);
        var text = $": {summary.Granted:N0} newly shared with their member, {summary.AlreadyShared:N0} already shared";
        if (unverified > 0) text += $", {unverified:N0} not shared because the address is not verified";
        if (refused > 0) text += $", {refused:N0} not shared because SharePoint refused the grant";
        return unverified + refused == 0 ? text + "." : text + " (the ledger's Delivery sheet names them).";
    }

    private static string Folder(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : "";
}
