namespace CopOffice.Aggregation;

/// <summary>How many of the people the roster lists in a group answered, and the share they are.</summary>
public sealed record Participation(int Respondents, double Rate);

/// <summary>A group's response rate. <see cref="RosterMembers"/> is the organisation's own list and always shown; the participation is withheld with the group's figures.</summary>
public sealed record ResponseRate(Group Group, int RosterMembers, Figure<Participation> Participation);
