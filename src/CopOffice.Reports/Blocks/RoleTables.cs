using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>The twelve leadership roles: which each community has filled (●) and where the gaps are (○).</summary>
internal static class RoleTables
{
    public const string Filled = "Roles filled";
    public const string Gaps = "Gaps";

    public static TableBlock Coverage(string name, IReadOnlyList<RoleCoverage> communities)
    {
        List<ReportColumn> columns =
        [
            new("Community") { MaxWidth = 30 }, new("Analysis period"),
            .. ValueFramework.LeadershipRoles.Select(r => new ReportColumn(r.Name, Format.Mark)),
            new(Filled, Format.Count), new(Gaps, Format.Count),
        ];
        var table = new TableBlock(name, columns) { UprightHeaders = true };
        foreach (var coverage in communities)
            table.Add([
                coverage.Community, Labels.Period(coverage.AnalysisPeriod),
                .. ValueFramework.LeadershipRoles.Select(r => (object?)(coverage.Roles.First(h => h.Role == r).Filled ? 1 : 0)),
                coverage.Filled, coverage.Gaps.Count,
            ]);
        table.Scale(0, 6, 12, Filled);
        table.Alert(Enumerable.Range(table.Column(ValueFramework.LeadershipRoles[0].Name), ValueFramework.LeadershipRoles.Count));
        return table;
    }

    /// <summary>Who holds each role: the analysis's holders, the members who said so by name (with consent), and how many said so.</summary>
    public static TableBlock Holders(string name, IReadOnlyList<RoleCoverage> communities, bool withCommunity)
    {
        List<ReportColumn> columns = [];
        if (withCommunity) columns.Add(new("Community") { MaxWidth = 26 });
        columns.AddRange(
        [
            new("Role") { MaxWidth = 30 }, new("Filled"), new("Holders (analysis)", Format.Wrap, 30), new("Holders' member type") { MaxWidth = 20 },
            new("Members saying they hold it (named)", Format.Wrap, 30), new("Members saying they hold it", Format.Count), new(Labels.Note) { MaxWidth = 40 },
        ]);
        var table = new TableBlock(name, columns);
        string? community = null;
        foreach (var coverage in communities)
            foreach (var holding in coverage.Roles)
            {
                List<object?> cells = [];
                if (withCommunity) cells.Add(coverage.Community);
                var saying = holding.MembersSaying.TryGetValue(out var count) ? (int?)count : null;
                cells.AddRange(
                [
                    holding.Role.Name, holding.Filled ? "yes" : "gap", Join(holding.Holders), holding.HoldersMemberType,
                    Join(holding.NamedMembers), saying, holding.MembersSaying.IsShown ? null : holding.MembersSaying.Text(_ => ""),
                ]);
                var look = community is not null && community != coverage.Community ? RowLook.OpensGroup : RowLook.Normal;
                if (!holding.MembersSaying.IsShown) look |= RowLook.Withheld;
                table.Add(look, [.. cells]);
                community = coverage.Community;
            }
        return table;
    }

    /// <summary>What the leadership-roles analysis says about each role (purpose, actions, challenges …).</summary>
    public static TableBlock Notes(string name, RoleCoverage coverage)
    {
        // Role and text line up with the holders above (the aspects' questions are on the template).
        var table = new TableBlock(name, [new("Role") { MaxWidth = 30 }, new("Aspect") { MaxWidth = 20 }, new("Text", Format.Wrap, 60), new("Aspect id")]);
        foreach (var holding in coverage.Roles)
            foreach (var note in holding.Notes)
                table.Add(holding.Role.Name, note.Aspect.Title, note.Text, note.Aspect.Id);
        return table;
    }

    private static string? Join(IReadOnlyList<string> names) => names.Count == 0 ? null : string.Join("; ", names);

    /// <summary>What each community's analysis says a role's keepers need (Support) and gain (Gratification), where it says either.</summary>
    public static TableBlock SupportAndGratification(string name, IReadOnlyList<RoleCoverage> roles)
    {
        var table = new TableBlock(name, [new("Community") { MaxWidth = 30 }, new("Role") { MaxWidth = 30 }, new("Support", Format.Wrap, 50), new("Gratification", Format.Wrap, 50)]);
        foreach (var community in roles)
            foreach (var role in community.Roles)
            {
                string? Note(string aspect) => role.Notes.FirstOrDefault(n => n.Aspect.Id == aspect)?.Text;
                if (Note("support") is null && Note("gratification") is null) continue;
                table.Add(community.Community, role.Role.Name, Note("support"), Note("gratification"));
            }
        return table;
    }
}
