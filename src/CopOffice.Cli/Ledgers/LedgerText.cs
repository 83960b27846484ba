using System.Globalization;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Cli.Ledgers;

/// <summary>The ledger for a person: one line per input with its status, its findings indented below it.</summary>
internal static class LedgerText
{
    public static void Write(Ledger ledger, TextWriter output)
    {
        foreach (var entry in ledger.Entries)
        {
            output.WriteLine($"{entry.Source}: {Status(entry)}{Summary(entry)}");
            foreach (var finding in entry.Findings)
            {
                var where = LedgerLocation.Within(finding.Location, entry.Source);
                output.WriteLine($"  {finding.Severity.ToString().ToLowerInvariant()}: {finding.Message}{(where.Length == 0 ? "" : $" ({where})")}");
            }
        }
        if (ledger.Entries.Count > 0) output.WriteLine();
        output.WriteLine(Totals(ledger));
    }

    private static string Status(LedgerEntry entry) => entry.Status switch
    {
        LedgerStatus.AcceptedWithWarnings => "accepted with warnings",
        LedgerStatus.Superseded => $"superseded by {entry.SupersededBy}",
        _ => entry.Status.Id(),
    };

    /// <summary>What the response counts as: kind, community, period and, for a survey, the member.</summary>
    private static string Summary(LedgerEntry entry)
    {
        if (entry.Response is not { } response) return "";
        var member = response.MemberEmail ?? response.MemberName;
        return $" ({response.Kind.Id()}, {response.Community}, {response.Period}{(member is null ? "" : $", {member}")})";
    }

    private static string Totals(Ledger ledger)
    {
        var inputs = ledger.Entries.Count;
        var parts = new List<string>();
        Add(LedgerStatus.Accepted, "accepted");
        Add(LedgerStatus.AcceptedWithWarnings, "accepted with warnings");
        Add(LedgerStatus.Superseded, "superseded");
        Add(LedgerStatus.Rejected, "rejected");
        return $"{Count(inputs)} {(inputs == 1 ? "input" : "inputs")}{(parts.Count == 0 ? "." : $": {string.Join(", ", parts)}.")}";

        void Add(LedgerStatus status, string words)
        {
            var n = ledger.Count(status);
            if (n > 0) parts.Add($"{Count(n)} {words}");
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
