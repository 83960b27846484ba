using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// One action of a community's latest action plan up to the period: what, who, by when, what it aims at, its status,
/// and the aimed indicator's mean (or success factor's rating) when the action was set and now. A change beside an
/// action is not proof that the action caused it.
/// </summary>
public sealed record CommittedAction(int Row, string What, string? Owner, Period? Due, string? AimsAt, string Status, string? Update,
    Period SetIn, Period UpdatedIn, double? Then, double? Now, string? Note)
{
    public double? Change => Then is { } then && Now is { } now ? now - then : null;
}

/// <summary>A community's actions by status, from its latest action plan up to the period.</summary>
public sealed record ActionCounts(string Community, Period PlanPeriod, int Planned, int InProgress, int Done, int Dropped);
