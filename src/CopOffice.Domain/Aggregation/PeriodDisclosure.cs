using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// Every group figure of one period that any shared view may show, with the decision whether it is
/// shown: what the period discloses (a "release", in the terms of statistical disclosure control). All
/// shared views of a period are cut from this one disclosure, so no combination of views holds more than
/// it, and it is what the privacy rules are proven on.
/// </summary>
internal sealed class PeriodDisclosure
{
    private readonly Dictionary<int, DisclosedGroup> _communities = [];
    private readonly Dictionary<(int, int), DisclosedGroup> _communityTypes = [];
    private readonly Dictionary<int, DisclosedGroup> _units = [];
    private readonly Dictionary<int, DisclosedGroup> _types = [];

    private PeriodDisclosure(PeriodTally tally)
    {
        Period = tally.Period;
        Organisation = new(GroupKind.Organisation, tally.Organisation);
    }

    public Period Period { get; }
    public DisclosedGroup Organisation { get; }

    /// <summary>Atoms in shown order (community, member type, unit): everything built from them is input-order independent.</summary>
    public IReadOnlyList<FinestGroup> Atoms { get; private set; } = [];
    public IReadOnlyList<DisclosedGroup> Communities { get; private set; } = [];
    public IReadOnlyList<DisclosedGroup> Units { get; private set; } = [];
    public IReadOnlyList<DisclosedGroup> MemberTypes { get; private set; } = [];

    public DisclosedGroup? Community(int c) => _communities.GetValueOrDefault(c);
    public DisclosedGroup? CommunityType(int c, int t) => _communityTypes.GetValueOrDefault((c, t));
    public DisclosedGroup? Unit(int u) => _units.GetValueOrDefault(u);
    public DisclosedGroup? MemberType(int t) => _types.GetValueOrDefault(t);

    public DisclosedGroup? Find(GroupKind kind, int c, int t, int u) => kind switch
    {
        GroupKind.Organisation => Organisation,
        GroupKind.Community => Community(c),
        GroupKind.CommunityMemberType => CommunityType(c, t),
        GroupKind.Unit => Unit(u),
        GroupKind.MemberType => MemberType(t),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The cells the suppression decides on; organisation-wide member types are derived afterwards.</summary>
    public IEnumerable<DisclosedGroup> Decided => [Organisation, .. Communities, .. Communities.MemberTypeCells(), .. Units];

    public static PeriodDisclosure Build(PeriodTally tally, GroupNames names, RosterIndex roster)
    {
        var disclosure = new PeriodDisclosure(tally);
        disclosure.Atoms = [.. tally.Atoms.Values.Order(Comparer<FinestGroup>.Create((a, b) =>
        {
            var byCommunity = names.Communities.Compare(a.Community, b.Community);
            if (byCommunity != 0) return byCommunity;
            var byType = names.Types.Compare(a.Type, b.Type);
            return byType != 0 ? byType : names.Units.Compare(a.Unit, b.Unit);
        }))];

        var org = disclosure.Organisation;
        foreach (var atom in disclosure.Atoms)
        {
            if (!disclosure._communities.TryGetValue(atom.Community, out var community))
            {
                disclosure._communities[atom.Community] = community = new DisclosedGroup(GroupKind.Community, tally.Communities[atom.Community], community: atom.Community) { Parent = org };
                org.Children.Add(community);
            }
            if (!disclosure._communityTypes.TryGetValue((atom.Community, atom.Type), out var cell))
            {
                disclosure._communityTypes[(atom.Community, atom.Type)] = cell = new DisclosedGroup(GroupKind.CommunityMemberType, tally.CommunityTypes[(atom.Community, atom.Type)], atom.Community, atom.Type) { Parent = community };
                community.Children.Add(cell);
            }
            if (!disclosure._units.TryGetValue(atom.Unit, out var unit))
                disclosure._units[atom.Unit] = unit = new DisclosedGroup(GroupKind.Unit, tally.Units[atom.Unit], unit: atom.Unit);
            if (!disclosure._types.TryGetValue(atom.Type, out var type))
                disclosure._types[atom.Type] = type = new DisclosedGroup(GroupKind.MemberType, tally.Types[atom.Type], type: atom.Type);
            foreach (var c in (DisclosedGroup[])[org, community, cell, unit, type]) c.Add(atom);
        }
        disclosure.Communities = [.. disclosure._communities.Values];
        disclosure.Units = [.. names.Units.Ordered(disclosure._units.Keys).Select(u => disclosure._units[u])];
        disclosure.MemberTypes = [.. names.Types.Ordered(disclosure._types.Keys).Select(t => disclosure._types[t])];

        // Distinct respondents: a person counts once in every group they answered in, however many responses.
        foreach (var respondent in tally.Respondents.Values)
        {
            var cells = respondent.More is null
                ? disclosure.CellsOf(respondent.First)
                : respondent.Atoms.SelectMany(disclosure.CellsOf).Distinct();
            foreach (var cell in cells)
            {
                cell.People++;
                if (respondent.Email is not null && roster.Lists(respondent.Email, cell)) cell.OnRoster++;
            }
        }
        return disclosure;
    }

    /// <summary>The five groups an atom belongs to.</summary>
    public IEnumerable<DisclosedGroup> CellsOf(FinestGroup atom) =>
        [Organisation, _communities[atom.Community], _communityTypes[(atom.Community, atom.Type)], _units[atom.Unit], _types[atom.Type]];
}

internal static class DisclosedGroupLists
{
    public static IEnumerable<DisclosedGroup> MemberTypeCells(this IEnumerable<DisclosedGroup> communities) => communities.SelectMany(c => c.Children);
}
