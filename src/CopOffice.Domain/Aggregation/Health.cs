using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

public sealed record FactorAssessment(SuccessFactor Factor, Rating? Rating, string? Comment);

public sealed record ReadinessAnswer(ReadinessQuestion Question, Rating? Rating);

/// <summary>One readiness theme of a community: its statements' ratings and their statistics.</summary>
public sealed record ReadinessScore(ReadinessTheme Theme, Statistics Statistics, IReadOnlyList<ReadinessAnswer> Answers);

public sealed record VisionStatement(VisionField Field, string Text);

/// <summary>
/// A community's health from its latest health check up to the period (<see cref="CheckPeriod"/> says
/// which): success factors, readiness, purpose and vision.
/// </summary>
public sealed record CommunityHealth(string Community, Period CheckPeriod, string? CompletedBy,
    IReadOnlyList<FactorAssessment> Factors, IReadOnlyList<ReadinessScore> Readiness, Statistics OverallReadiness, IReadOnlyList<VisionStatement> Vision);

/// <summary>
/// A community's latest health check grouped by the three elements (seed 001) and the organisation side: the
/// statistics of its success-factor ratings and readiness statements in each.
/// </summary>
public sealed record ElementProfile(string Community, Period CheckPeriod, IReadOnlyDictionary<CommunityElement, Statistics> Elements);

/// <summary>A success factor across communities: one rating per community's health check.</summary>
public sealed record FactorAcrossCommunities(SuccessFactor Factor, Statistics Statistics);
