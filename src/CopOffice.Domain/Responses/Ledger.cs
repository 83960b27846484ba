using CopOffice.Questionnaires;

namespace CopOffice.Responses;

public enum LedgerStatus { Accepted, AcceptedWithWarnings, Superseded, Rejected }

public static class LedgerStatuses
{
    /// <summary>The status as written in JSON and reports: accepted, accepted-with-warnings, superseded, rejected.</summary>
    public static string Id(this LedgerStatus status) => status switch
    {
        LedgerStatus.Accepted => "accepted",
        LedgerStatus.AcceptedWithWarnings => "accepted-with-warnings",
        LedgerStatus.Superseded => "superseded",
        LedgerStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>What became of one input, with its reasons.</summary>
public sealed record LedgerEntry(Source Source, TemplateKind? Kind, LedgerStatus Status, IReadOnlyList<Finding> Findings)
{
    /// <summary>The response, for accepted and superseded entries.</summary>
    public Response? Response { get; init; }

    /// <summary>The input that replaced this one, for superseded entries.</summary>
    public Source? SupersededBy { get; init; }
}

/// <summary>
/// Every input of a run and what became of it: accepted, accepted with warnings, superseded or
/// rejected. One entry per input, in input order: nothing is dropped silently.
/// </summary>
public sealed class Ledger
{
    private Ledger(IReadOnlyList<LedgerEntry> entries) => Entries = entries;

    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>The responses that count: accepted, with or without warnings.</summary>
    public IEnumerable<Response> Accepted => Entries
        .Where(e => e.Status is LedgerStatus.Accepted or LedgerStatus.AcceptedWithWarnings)
        .Select(e => e.Response!);

    public int Count(LedgerStatus status) => Entries.Count(e => e.Status == status);

    /// <summary>
    /// Resolves repeats: of the responses with the same member (or, for a coordinator's workbook, none),
    /// community, kind and period, the latest wins (completion time, else file time; on a tie the later
    /// path and row); the others are superseded, naming which one replaced them. Anonymous responses
    /// cannot be recognised as repeats and all count.
    /// </summary>
    public static Ledger Build(IEnumerable<IntakeResult> results)
    {
        var list = results as IReadOnlyList<IntakeResult> ?? [.. results];
        // One pass groups the repeats and keeps the latest of each group; a group of one needs no winner.
        // Groups are numbered, so the keys (a string per response) are garbage before the entries are made.
        var groupOf = new int[list.Count];
        var latest = new List<IntakeResult>();
        var sizes = new List<int>();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var result = list[i];
            groupOf[i] = -1;
            if (result.Response is null || IsAnonymous(result.Response)) continue;
            var key = result.Response.DuplicateKey;
            if (groups.TryGetValue(key, out var group))
            {
                sizes[group]++;
                if (IsLater(result, latest[group])) latest[group] = result;
            }
            else
            {
                group = latest.Count;
                groups.Add(key, group);
                latest.Add(result);
                sizes.Add(1);
            }
            groupOf[i] = group;
        }

        var entries = new LedgerEntry[list.Count];
        for (var i = 0; i < list.Count; i++)
            entries[i] = Entry(list[i], groupOf[i] >= 0 && sizes[groupOf[i]] > 1 ? latest[groupOf[i]] : null);
        return new Ledger(entries);
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> replaces <paramref name="latest"/>: a later time (completion, else file),
    /// then the later path, then the later row. On a full tie the one met first stays.
    /// </summary>
    private static bool IsLater(IntakeResult candidate, IntakeResult latest)
    {
        var byTime = (candidate.Response!.Time ?? DateTimeOffset.MinValue).CompareTo(latest.Response!.Time ?? DateTimeOffset.MinValue);
        if (byTime != 0) return byTime > 0;
        var byPath = StringComparer.Ordinal.Compare(candidate.Source.Path, latest.Source.Path);
        if (byPath != 0) return byPath > 0;
        return (candidate.Source.Row ?? 0) > (latest.Source.Row ?? 0);
    }

    private static bool IsAnonymous(Response response) => response.Kind == TemplateKind.ValueSurvey && response.Respondent.Length == 0;

    private static LedgerEntry Entry(IntakeResult result, IntakeResult? winner)
    {
        if (result.Response is null) return new(result.Source, result.Kind, LedgerStatus.Rejected, result.Findings);
        if (winner is not null && !ReferenceEquals(winner, result))
        {
            var when = winner.Response!.Time is { } t ? $" on {t.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "";
            var superseded = Finding.Warning($"Superseded by {winner.Source}, a later submission{when} for the same {(result.Kind == TemplateKind.ValueSurvey ? "member, " : "")}community and period.",
                result.Source.Location);
            return new(result.Source, result.Kind, LedgerStatus.Superseded, [.. result.Findings, superseded])
            {
                Response = result.Response,
                SupersededBy = winner.Source,
            };
        }
        var status = result.Findings.Count == 0 ? LedgerStatus.Accepted : LedgerStatus.AcceptedWithWarnings;
        return new(result.Source, result.Kind, status, result.Findings) { Response = result.Response };
    }
}
