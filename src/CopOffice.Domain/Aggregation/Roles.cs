using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

public sealed record RoleNote(RoleAspect Aspect, string Text);

/// <summary>
/// One leadership role in one community: the holders the leadership-roles analysis names (with their
/// member type), the members who said in the value survey that they hold it (by name when they agreed
/// to be named, else only counted in <see cref="MembersSaying"/>, which is withheld with the community's
/// figures), and what the analysis says about the role.
/// </summary>
public sealed record RoleHolding(LeadershipRole Role, IReadOnlyList<string> Holders, string? HoldersMemberType,
    IReadOnlyList<string> NamedMembers, Figure<int> MembersSaying, IReadOnlyList<RoleNote> Notes)
{
    public bool Filled => Holders.Count > 0 || NamedMembers.Count > 0 || MembersSaying is Shown<int> { Value: > 0 };
}

/// <summary>The twelve roles of one community in one period, from its latest analysis up to the period and that period's value surveys.</summary>
public sealed record RoleCoverage(string Community, Period Period, Period? AnalysisPeriod, string? CompletedBy, IReadOnlyList<RoleHolding> Roles)
{
    public IReadOnlyList<LeadershipRole> Gaps => [.. Roles.Where(r => !r.Filled).Select(r => r.Role)];

    public int Filled => Roles.Count(r => r.Filled);
}
