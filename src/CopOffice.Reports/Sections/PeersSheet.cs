using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>Fair comparisons: each community's quadrant means beside its peers' (similar size and maturity) and the organisation's.</summary>
internal static class PeersSheet
{
    public const string Name = "Peers";

    private const string Rule =
        "Peers are the other communities of the same size band (respondents this period: under 30, 30–59, 60 or more) and maturity (periods since the " +
        "community's first value survey: new, the first two; growing, the third to sixth; established, from the seventh), pooled. A peer group needs at least " +
        "two other communities whose figures are shown; with fewer, the size band is widened to its neighbours, then size is dropped, and failing that the " +
        "community is compared with the organisation only. \"Beside peers\" reads the difference as the trends do (Welch's 95% interval).";

    public static void Organisation(ReportBook book, string subtitle, OrganisationView view)
    {
        var sheet = book.AddSheet(Name, "Communities beside their peers", subtitle,
            "Each community whose figures are shown, beside communities of similar size and maturity, and beside the organisation.");
        sheet.Note(Rule, 12);
        var organisation = view.Organisation.Profile.TryGetValue(out var o) ? o : null;
        var profiles = view.Communities.Where(c => c.Profile.IsShown).ToDictionary(c => c.Group.Name, c => ((Shown<ValueProfile>)c.Profile).Value);
        sheet.Table(Table("PeerBenchmarks", view.Peers.Where(p => profiles.ContainsKey(p.Community)).Select(p => (p, profiles[p.Community])), organisation), main: true);
    }

    public static void Community(ReportBook book, string subtitle, CommunityView view)
    {
        var sheet = book.AddSheet(Name, $"{view.Community} beside its peers", subtitle,
            "The community's quadrant means beside communities of similar size and maturity, and beside the organisation.");
        var own = view.Profile.Profile.TryGetValue(out var p) ? p : null;
        sheet.Note(view.Peers is null || own is null
            ? $"The community's figures are not shown ({view.Profile.Profile.Text(_ => "")}): it is compared with no one."
            : view.Peers.Withheld is { } why ? $"No peer group: {why}. {Rule}"
            : $"Peers ({view.Peers.Basis}): {string.Join(", ", view.Peers.Peers)}. {Rule}", 12);
        var organisation = view.Organisation.Profile.TryGetValue(out var o) ? o : null;
        sheet.Table(Table("Peers", view.Peers is not null && own is not null ? [(view.Peers, own)] : [], organisation), main: true);
    }

    private static TableBlock Table(string name, IEnumerable<(PeerBenchmark Peers, ValueProfile Own)> rows, ValueProfile? organisation)
    {
        var table = new TableBlock(name,
        [
            new("Community") { MaxWidth = 26 }, new(ValueTables.Quadrant) { MaxWidth = 30 }, new("n", Format.Count), new(ValueTables.Mean, Format.Mean), new(ValueTables.Margin, Format.Margin),
            new("Peer mean", Format.Mean), new("Peer margin", Format.Margin), new("Difference from peers", Format.Change), new("Beside peers") { MaxWidth = 34 },
            new(ValueTables.BenchmarkMean, Format.Mean), new(ValueTables.Difference, Format.Change),
            new("Size band"), new("Maturity") { MaxWidth = 26 }, new("Peer group") { MaxWidth = 30 }, new("Peers") { MaxWidth = 40 }, new("Peer responses", Format.Count),
            new(Labels.Note) { MaxWidth = 40 },
        ]);
        foreach (var (peers, own) in rows)
            foreach (var quadrant in Quadrant.All)
            {
                var mine = own.Quadrant(quadrant).Statistics;
                var theirs = peers.Quadrants.FirstOrDefault(q => q.Quadrant == quadrant)?.Statistics;
                var org = organisation?.Quadrant(quadrant).Statistics;
                table.Add(peers.Community, quadrant.Title, mine.N, mine.Mean, mine.Margin,
                    theirs?.Mean, theirs?.Margin, mine.Mean - theirs?.Mean, theirs is null ? null : Labels.Beside(theirs, mine, "peers"),
                    org?.Mean, mine.Mean - org?.Mean,
                    peers.SizeBand, peers.MaturityBand, peers.Basis, peers.Peers.Count == 0 ? null : string.Join(", ", peers.Peers), theirs is null ? null : peers.PeerRespondents,
                    peers.Withheld);
            }
        table.Scores(ValueTables.Mean, "Peer mean");
        return table;
    }
}
