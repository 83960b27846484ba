namespace CopOffice.Responses;

/// <summary>A member as the organisation lists them; a member in two communities has two entries.</summary>
public sealed record RosterEntry(string Name, string Email, string? Unit, string Community, string? MemberType);

/// <summary>The organisation's roster: checks and completes responses, and is the denominator of response rates.</summary>
public sealed class Roster
{
    private Dictionary<string, IReadOnlyList<RosterEntry>>? _byEmail;

    /// <summary>A roster of <paramref name="entries"/>, as they are now: later changes to the list do not reach it.</summary>
    public Roster(IReadOnlyList<RosterEntry> entries) => Entries = [.. entries];

    public static Roster Empty { get; } = new([]);

    public IReadOnlyList<RosterEntry> Entries { get; }

    public bool IsEmpty => Entries.Count == 0;

    /// <summary>The entries of a member, in roster order; the email is compared without regard to case.</summary>
    public IReadOnlyList<RosterEntry> ByEmail(string email)
    {
        if (email is null) return [];
        // Built on first use (a race builds it twice, harmlessly): every response of a run looks its member up.
        var byEmail = _byEmail ??= Entries.Where(e => e.Email is not null).GroupBy(e => e.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RosterEntry>)g.ToArray().AsReadOnly(), StringComparer.OrdinalIgnoreCase);
        return byEmail.TryGetValue(email, out var entries) ? entries : [];
    }

    public IEnumerable<string> Communities => Entries.Select(e => e.Community).Distinct(StringComparer.OrdinalIgnoreCase);
}
