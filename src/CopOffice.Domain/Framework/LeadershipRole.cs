namespace CopOffice.Framework;

/// <summary>One of the twelve leadership roles of seed 002's "Analysis of leadership roles".</summary>
public sealed record LeadershipRole(string Id, string Name);

/// <summary>The questions seed 002 asks of each leadership role.</summary>
public sealed record RoleAspect(string Id, string Title, string Question);

/// <summary>One of the eight types of member of seed 002.</summary>
public sealed record MemberType(string Id, string Name);
