using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>The roster by group: who is listed where, the denominators of response rates.</summary>
internal sealed class RosterIndex
{
    private readonly Dictionary<string, List<(int Community, int Type, int Unit)>> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(GroupKind, int, int, int), HashSet<string>> _members = [];

    private RosterIndex() { }

    public bool IsEmpty => _byEmail.Count == 0;

    public static RosterIndex Build(Roster roster, GroupNames names)
    {
        var index = new RosterIndex();
        foreach (var entry in roster.Entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Email)) continue;
            var email = entry.Email.Trim().ToLowerInvariant();
            var c = names.Communities.Prefer(entry.Community);
            var u = entry.Unit is null ? GroupNameTable.NotGiven : names.Units.Prefer(entry.Unit);
            var t = entry.MemberType is null ? GroupNameTable.NotGiven : names.Types.Prefer(entry.MemberType);
            if (!index._byEmail.TryGetValue(email, out var list)) index._byEmail[email] = list = [];
            list.Add((c, t, u));
            foreach (var key in Keys(c, t, u))
            {
                if (!index._members.TryGetValue(key, out var set)) index._members[key] = set = new(StringComparer.Ordinal);
                set.Add(email);
            }
        }
        return index;
    }

    /// <summary>The groups a roster entry counts in; "not given" units and types have no response rate.</summary>
    private static IEnumerable<(GroupKind, int, int, int)> Keys(int c, int t, int u)
    {
        yield return (GroupKind.Organisation, -1, -1, -1);
        if (c != GroupNameTable.NotGiven) yield return (GroupKind.Community, c, -1, -1);
        if (c != GroupNameTable.NotGiven && t != GroupNameTable.NotGiven) yield return (GroupKind.CommunityMemberType, c, t, -1);
        if (u != GroupNameTable.NotGiven) yield return (GroupKind.Unit, -1, -1, u);
        if (t != GroupNameTable.NotGiven) yield return (GroupKind.MemberType, -1, t, -1);
    }

    /// <summary>Distinct members the roster lists in a group; null when the group has no roster count.</summary>
    public int? Members(GroupKind kind, int community = -1, int type = -1, int unit = -1) =>
        IsEmpty || (kind is GroupKind.Unit && unit == GroupNameTable.NotGiven) || (kind is GroupKind.MemberType or GroupKind.CommunityMemberType && type == GroupNameTable.NotGiven)
            ? null
            : _members.TryGetValue((kind, community, type, unit), out var set) ? set.Count : 0;

    public IEnumerable<int> Communities => _members.Keys.Where(k => k.Item1 == GroupKind.Community).Select(k => k.Item2);
    public IEnumerable<int> Units => _members.Keys.Where(k => k.Item1 == GroupKind.Unit).Select(k => k.Item4);
    public IEnumerable<int> Types => _members.Keys.Where(k => k.Item1 == GroupKind.MemberType).Select(k => k.Item3);
    public IEnumerable<int> TypesIn(int community) =>
        _members.Keys.Where(k => k.Item1 == GroupKind.CommunityMemberType && k.Item2 == community).Select(k => k.Item3);

    /// <summary>Whether the roster lists this member in the group (the numerator of its response rate).</summary>
    public bool Lists(string email, DisclosedGroup cell) =>
        _byEmail.TryGetValue(email, out var entries) && cell.Kind switch
        {
            GroupKind.Organisation => true,
            GroupKind.Community => entries.Exists(e => e.Community == cell.Community),
            GroupKind.CommunityMemberType => entries.Exists(e => e.Community == cell.Community && e.Type == cell.Type),
            GroupKind.Unit => entries.Exists(e => e.Unit == cell.Unit),
            GroupKind.MemberType => entries.Exists(e => e.Type == cell.Type),
            _ => false,
        };
}
