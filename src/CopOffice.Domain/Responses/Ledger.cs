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
        var list = results.ToList();
        var winners = list
            .Where(r => r.Response is not null && !IsAnonymous(r.Response))
            .GroupBy(r => r.Response!.DuplicateKey, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Response!.Time ?? DateTimeOffset.MinValue)
                .ThenByDescending(r => r.Source.Path, StringComparer.Ordinal)
                .ThenByDescending(r => r.Source.Row ?? 0)
                .First(), StringComparer.Ordinal);

        return new Ledger([.. list.Select(r => Entry(r, winners))]);
    }

    private static bool IsAnonymous(Response response) => response.Kind == TemplateKind.ValueSurvey && response.Respondent.Length == 0;

    private static LedgerEntry Entry(IntakeResult result, Dictionary<string, IntakeResult> winners)
    {
        if (result.Response is null) return new(result.Source, result.Kind, LedgerStatus.Rejected, result.Findings);
        if (winners.TryGetValue(result.Response.DuplicateKey, out var winner) && !ReferenceEquals(winner, result) && !IsAnonymous(result.Response))
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
