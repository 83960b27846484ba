namespace CopOffice.Framework;

/// <summary>
/// Seed 002 asks a member to "circle any that applies", so a person may be a core member and an expert at once.
/// Figures by member type count each person once, under the first of their types in <see cref="Precedence"/>:
/// groups that do not overlap keep the privacy audit exact (no group can be worked out as the difference of
/// two overlapping ones), and the group sizes add up to the community.
/// </summary>
public static class ReportingMemberType
{
    /// <summary>
    /// The roles that carry responsibility for the community first (coordinator, sponsor, expert), then the
    /// ways of taking part from the most engaged to the least (core, active, peripheral, lurker, outsider).
    /// </summary>
    public static IReadOnlyList<string> Precedence => Order;

    private static readonly string[] Order =
        ["coordinator", "sponsor", "expert", "core_member", "active_member", "peripheral_member", "lurker", "outsider"];

    /// <summary>The one type a member with <paramref name="types"/> (framework names) is counted under; null for none.</summary>
    public static string? Of(IEnumerable<string> types)
    {
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var name in types)
        {
            var rank = Rank(name);
            if (rank < bestRank) (best, bestRank) = (name, rank);
        }
        return best;
    }

    /// <summary>The precedence in words, for the About sheet and the documentation.</summary>
    public static string InWords() =>
        string.Join(", ", Precedence.Select(id => ValueFramework.MemberTypes.Single(t => t.Id == id).Name.ToLowerInvariant()));

    private static int Rank(string name)
    {
        var type = ValueFramework.MemberTypes.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var rank = type is null ? -1 : Array.IndexOf(Order, type.Id);
        return rank < 0 ? Order.Length : rank;   // a name outside the framework comes last, never first
    }
}
