using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

public sealed record FactorAssessment(SuccessFactor Factor, Rating? Rating, string? Comment);

public sealed record ReadinessAnswer(ReadinessQuestion Question, Rating? Rating);

/// <summary>One readiness theme of a community: its statements' ratings, their statistics and the verdict they give.</summary>
public sealed record ReadinessScore(ReadinessTheme Theme, Statistics Statistics, IReadOnlyList<ReadinessAnswer> Answers)
{
    public ReadinessVerdict Verdict => ReadinessVerdicts.Of(Statistics);
}

public sealed record VisionStatement(VisionField Field, string Text);

/// <summary>A community's success factors from its latest health check up to the period (<see cref="CheckPeriod"/> says which).</summary>
public sealed record CommunityHealth(string Community, Period CheckPeriod, string? CompletedBy, IReadOnlyList<FactorAssessment> Factors);

/// <summary>
/// A community's readiness (seed 003) from its latest assessment up to the period: a forming check, or a health
/// check of version 1, which still asked the readiness statements. <see cref="From"/> says which.
/// </summary>
public sealed record CommunityReadiness(string Community, Period AssessedIn, TemplateKind From, string? CompletedBy,
    IReadOnlyList<ReadinessScore> Themes, Statistics Overall);

/// <summary>A community's purpose, vision, objectives, strategy and value proposition, as its latest health or forming check states them.</summary>
public sealed record CommunityVision(string Community, Period StatedIn, TemplateKind From, IReadOnlyList<VisionStatement> Statements)
{
    public string? Field(string id) => Statements.FirstOrDefault(v => v.Field.Id == id)?.Text;
}

/// <summary>
/// A community's latest assessments grouped by the three elements (seed 001) and the organisation side: the
/// statistics of its success-factor ratings and readiness statements in each.
/// </summary>
public sealed record ElementProfile(string Community, string AssessedIn, IReadOnlyDictionary<CommunityElement, Statistics> Elements);

/// <summary>A success factor across communities: one rating per community's health check.</summary>
public sealed record FactorAcrossCommunities(SuccessFactor Factor, Statistics Statistics);
