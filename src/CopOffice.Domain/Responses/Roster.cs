namespace CopOffice.Responses;

/// <summary>A member as the organisation lists them; a member in two communities has two entries.</summary>
public sealed record RosterEntry(string Name, string Email, string? Unit, string Community, string? MemberType);

/// <summary>The organisation's roster: checks and completes responses, and is the denominator of response rates.</summary>
public sealed class Roster(IReadOnlyList<RosterEntry> entries)
{
    public static Roster Empty { get; } = new([]);

    public IReadOnlyList<RosterEntry> Entries { get; } = entries;

    public bool IsEmpty => Entries.Count == 0;

    public IReadOnlyList<RosterEntry> ByEmail(string email) =>
        [.. Entries.Where(e => string.Equals(e.Email, email, StringComparison.OrdinalIgnoreCase))];

    public IEnumerable<string> Communities => Entries.Select(e => e.Community).Distinct(StringComparer.OrdinalIgnoreCase);
}
