using CopOffice.Questionnaires;
using CopOffice.Reports.Excel;
using CopOffice.Responses;

namespace CopOffice.Reports.Blocks;

/// <summary>
/// The intake as data quality: how many inputs of each kind were accepted, superseded or rejected, and
/// the findings of those not accepted, where to look. Capped: the full list is in ledger.xlsx.
/// </summary>
internal static class DataQualityTables
{
    public const int MaxFindings = 2_000;

    private static readonly TemplateKind?[] Kinds = [.. TemplateKinds.All.Cast<TemplateKind?>(), null];

    public static TableBlock Summary(string name, IEnumerable<(TemplateKind? Kind, LedgerStatus Status)> inputs)
    {
        var table = new TableBlock(name,
        [
            new("Kind"), new("Accepted", Format.Count), new("Accepted with warnings", Format.Count), new("Superseded", Format.Count),
            new("Rejected", Format.Count), new("Total", Format.Count),
        ]);
        var counts = new int[Kinds.Length, 4];
        var all = 0;
        foreach (var (kind, status) in inputs)
        {
            counts[Array.IndexOf(Kinds, kind), (int)status]++;
            all++;
        }
        for (var k = 0; k < Kinds.Length; k++)
        {
            var total = Enumerable.Range(0, 4).Sum(s => counts[k, s]);
            if (Kinds[k] is null && total == 0) continue;
            table.Add(Labels.Kind(Kinds[k]), counts[k, 0], counts[k, 1], counts[k, 2], counts[k, 3], total);
        }
        table.Bars(0, Math.Max(1, all), "Rejected");
        return table;
    }

    /// <summary>The findings of the inputs not accepted: the first <see cref="MaxFindings"/>, and how many there are in all.</summary>
    public static (List<(LedgerEntry Entry, Finding Finding)> First, int Count) NotAccepted(IEnumerable<LedgerEntry> notAccepted)
    {
        var first = new List<(LedgerEntry, Finding)>();
        var count = 0;
        foreach (var entry in notAccepted)
            foreach (var finding in entry.Findings)
                if (count++ < MaxFindings) first.Add((entry, finding));
        return (first, count);
    }

    public static TableBlock Findings(string name, IEnumerable<(LedgerEntry Entry, Finding Finding)> findings)
    {
        var table = new TableBlock(name,
        [
            new("Source", Format.Wrap, 40), new("Row", Format.Count), new("Kind"), new("Status"), new("Community") { MaxWidth = 24 }, new("Period"),
            new("Severity"), new("Finding", Format.Wrap, 60), new("Location", Format.Wrap, 40),
        ]);
        foreach (var (entry, finding) in findings.Take(MaxFindings))
        {
            table.Add(entry.Source.Path, entry.Source.Row, Labels.Kind(entry.Kind), Labels.Status(entry.Status), entry.Response?.Community,
                entry.Response?.Period.ToString(), finding.Severity.ToString().ToLowerInvariant(), finding.Message, Where(finding.Location));
        }
        table.RuleWhenChanges("Source");
        return table;
    }

    /// <summary>The location without the file (the Source column has it): sheet and cell, defined name, row and response id.</summary>
    private static string? Where(Location location)
    {
        List<string> parts = [];
        if (location.Sheet is not null) parts.Add(location.Cell is null ? $"sheet '{location.Sheet}'" : $"{location.Sheet}!{location.Cell}");
        else if (location.Cell is not null) parts.Add(location.Cell);
        if (location.Name is not null) parts.Add(location.Name);
        if (location.RowId is not null) parts.Add($"response id {location.RowId}");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
