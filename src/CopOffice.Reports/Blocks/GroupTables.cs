using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>
/// Tables of groups side by side (communities, units, member types, periods): one row per group,
/// the four quadrant means and their changes. A withheld group keeps its row: its figures are blank
/// and "Note" says why.
/// </summary>
internal static class GroupTables
{
    public const string Respondents = "Respondents";
    public const string TrendAgainst = "Trend against";
    public const string Stories = "Stories told";

    public const string ClearChanges = "Clear changes";
    public const string PeerGroup = "Peer group";

    /// <summary>"3 peers: same size and maturity", or why there are none.</summary>
    private static string? Peers(PeerBenchmark? peers) => peers is null ? null
        : peers.Withheld is { } why ? $"none: {why}"
        : $"{peers.Peers.Count} peers: {peers.Basis}";

    public static string Change(Quadrant quadrant) => $"Change {Labels.Column(quadrant).ToLowerInvariant()}";

    public static string Margin(Quadrant quadrant) => $"± {Labels.Column(quadrant).ToLowerInvariant()}";

    /// <param name="peers">For the communities: each one's peer group, in a "Peer group" column (the Peers sheet has its figures).</param>
    public static TableBlock Groups(string name, string groupHeader, IEnumerable<GroupProfile> rows, bool withKind = false, bool withPeriod = false, bool firstLeads = false,
        IReadOnlyList<PeerBenchmark>? peers = null)
    {
        List<ReportColumn> columns = [];
        if (withKind) columns.Add(new("Group type"));
        columns.Add(new(groupHeader) { MaxWidth = 34 });
        if (withPeriod) columns.Add(new("Period"));
        columns.Add(new(Respondents, Format.Count));
        columns.AddRange(Quadrant.All.Select(q => new ReportColumn(Labels.Column(q), Format.Mean)));
        columns.AddRange(Quadrant.All.Select(q => new ReportColumn(Margin(q), Format.Margin)));
        columns.AddRange(Quadrant.All.Select(q => new ReportColumn(Change(q), Format.Change)));
        columns.Add(new(TrendAgainst) { MaxWidth = 30 });
        columns.Add(new(ClearChanges) { MaxWidth = 26 });
        columns.Add(new(Stories, Format.Count));
        if (peers is not null) columns.Add(new(PeerGroup) { MaxWidth = 34 });
        columns.Add(new(Labels.Note) { MaxWidth = 40 });

        var table = new TableBlock(name, columns);
        Group? previous = null;
        foreach (var row in rows)
        {
            var look = RowLook.Normal;
            if (firstLeads && previous is null) look |= RowLook.Leading;
            // A rule above each new kind of group (communities after the organisation), and above each group's periods.
            if (previous is not null && (previous.Kind != row.Group.Kind || withPeriod && previous.Name != row.Group.Name)) look |= RowLook.OpensGroup;
            previous = row.Group;

            List<object?> cells = [];
            if (withKind) cells.Add(Labels.GroupKind(row.Group.Kind));
            cells.Add(Labels.GroupName(row.Group));
            if (withPeriod) cells.Add(row.Group.Period.ToString());
            if (row.Profile.TryGetValue(out var profile))
            {
                cells.Add(profile.Respondents);
                cells.AddRange(Quadrant.All.Select(q => (object?)profile.Quadrant(q).Statistics.Mean));
                cells.AddRange(Quadrant.All.Select(q => (object?)profile.Quadrant(q).Statistics.Margin));
                cells.AddRange(Quadrant.All.Select(q => (object?)(profile.Quadrant(q).Trend.TryGetValue(out var change) ? change.Mean : null)));
                cells.Add(Labels.TrendAgainst(profile.Quadrants[0].Trend));
                cells.Add(Labels.ClearChanges(profile));
                cells.Add(profile.Stories);
                if (peers is not null) cells.Add(Peers(peers.FirstOrDefault(p => p.Community == row.Group.Name)));
                cells.Add(null);
            }
            else
            {
                cells.AddRange(Enumerable.Repeat<object?>(null, 1 + 4 + 4 + 4 + 1 + 1 + 1 + (peers is null ? 0 : 1)));
                cells.Add(row.Profile.Text(_ => ""));
                look |= RowLook.Withheld;
            }
            table.Add(look, [.. cells]);
        }
        table.Scores([.. Quadrant.All.Select(q => table.Column(Labels.Column(q)))]);
        return table;
    }

    /// <summary>
    /// Groups × the indicators' means: the heat map. The indicators everyone is asked first; then each community's
    /// own, "(Safety)" in the header, filled only in the rows of groups that were asked them. With <paramref name="margins"/>,
    /// the same grid of each mean's 95% margin, uncoloured.
    /// </summary>
    public static TableBlock HeatMap(string name, IEnumerable<GroupProfile> rows, bool withKind = true, bool margins = false)
    {
        List<ReportColumn> columns = [];
        if (withKind) columns.Add(new("Group type"));
        columns.Add(new("Group") { MaxWidth = 30 });
        columns.Add(new(Respondents, Format.Count));
        List<ValueIndicator> indicators = [.. ValueFramework.OrganisationIndicators, .. ValueFramework.Indicators.Where(i => i.Communities.Count > 0)];
        columns.AddRange(indicators.Select(i => new ReportColumn(
            i.Communities.Count == 0 ? Capitalised(i.Name) : $"{Capitalised(i.Name)} ({string.Join(", ", i.Communities)})", margins ? Format.Margin : Format.Mean)));
        columns.Add(new(Labels.Note) { MaxWidth = 40 });
        var table = new TableBlock(name, columns) { UprightHeaders = true };
        GroupKind? kind = null;
        var index = 0;
        foreach (var row in rows)
        {
            var look = index++ == 0 ? RowLook.Leading : RowLook.Normal;
            if (kind is not null && kind != row.Group.Kind) look |= RowLook.OpensGroup;
            kind = row.Group.Kind;
            List<object?> cells = [];
            if (withKind) cells.Add(Labels.GroupKind(row.Group.Kind));
            cells.Add(Labels.GroupName(row.Group));
            if (row.Profile.TryGetValue(out var profile))
            {
                cells.Add(profile.Respondents);
                cells.AddRange(indicators.Select(i => profile.Find(i.Id)?.Statistics is { } s ? (object?)(margins ? s.Margin : s.Mean) : null));
                cells.Add(null);
            }
            else
            {
                cells.AddRange(Enumerable.Repeat<object?>(null, 1 + indicators.Count));
                cells.Add(row.Profile.Text(_ => ""));
                look |= RowLook.Withheld;
            }
            table.Add(look, [.. cells]);
        }
        var first = table.Column(Respondents) + 1;
        if (!margins) table.Scores(Enumerable.Range(first, indicators.Count));
        return table;
    }

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
