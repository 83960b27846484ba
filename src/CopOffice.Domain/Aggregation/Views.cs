using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// What sponsors read: the organisation in one period, with privacy applied. Every table is ordered
/// the same way on every run. Nothing in it is about one member unless that member agreed (named stories).
/// </summary>
public sealed record OrganisationView
{
    public required Period Period { get; init; }
    /// <summary>The earlier period trends compare with; null when this is the first.</summary>
    public required Period? ComparedWith { get; init; }
    public required PrivacyOptions Privacy { get; init; }
    public required IReadOnlyList<MethodNote> Method { get; init; }

    public required GroupProfile Organisation { get; init; }
    public required IReadOnlyList<GroupProfile> Communities { get; init; }
    public required IReadOnlyList<GroupProfile> Units { get; init; }
    public required IReadOnlyList<GroupProfile> MemberTypes { get; init; }
    /// <summary>The organisation, then each community, in every period up to this one (oldest first): the trend across periods.</summary>
    public required IReadOnlyList<GroupProfile> History { get; init; }
    /// <summary>Organisation, communities, then units; empty without a roster.</summary>
    public required IReadOnlyList<ResponseRate> ResponseRates { get; init; }

    public required ValueCreationMatrix ValueCreation { get; init; }
    public required IReadOnlyList<Story> Stories { get; init; }
    /// <summary>Claims of the shown stories added up: the organisation per unit first, then each community per unit.</summary>
    public required IReadOnlyList<ClaimTotal> ClaimTotals { get; init; }

    public required IReadOnlyList<RoleCoverage> Roles { get; init; }
    public required IReadOnlyList<CommunityHealth> Health { get; init; }
    /// <summary>Each community's latest readiness assessment, where it has one.</summary>
    public required IReadOnlyList<CommunityReadiness> Readiness { get; init; }
    /// <summary>Each community's latest purpose and vision, where it has stated them.</summary>
    public required IReadOnlyList<CommunityVision> Visions { get; init; }
    public required IReadOnlyList<FactorAcrossCommunities> FactorsAcrossCommunities { get; init; }
    public required IReadOnlyList<CommunityConditions> ConditionsByCommunity { get; init; }
    /// <summary>The enablers and challenges of every community whose texts are shown, counted together.</summary>
    public required Conditions Conditions { get; init; }
    /// <summary>Each community's latest health check and readiness by element (domain, community, practice, organisation side).</summary>
    public IReadOnlyList<ElementProfile> Elements { get; init; } = [];
    /// <summary>Each community's actions by status, from its latest action plan up to this period.</summary>
    public IReadOnlyList<ActionCounts> Actions { get; init; } = [];

    /// <summary>Each community whose figures are shown, beside its peers of similar size and maturity.</summary>
    public IReadOnlyList<PeerBenchmark> Peers { get; init; } = [];

    /// <summary>Which indicators go with value across the organisation's respondents.</summary>
    public Figure<DriverAnalysis> Drivers { get; init; } = new Missing<DriverAnalysis>("not analysed");

    /// <summary>Success factors and roles filled beside value, one point per community whose figures are shown.</summary>
    public ValueAcrossCommunities AcrossCommunities { get; init; } = new([]);

    /// <summary>Enablers and challenges of respondents who see high and low value to the organisation.</summary>
    public Figure<ConditionsByValue> ConditionsByValue { get; init; } = new Missing<ConditionsByValue>("not compared");
    /// <summary>Stories followed from promise to realised value, up to this period (communities whose figures are shown).</summary>
    public ValueFlow Flow { get; init; } = ValueFlow.Empty;
    /// <summary>The organisation's programme (seed 001): each step's actions with the evidence of this period.</summary>
    public IReadOnlyList<ProgrammeItem> Programme { get; init; } = [];
}

/// <summary>What a community's coordinators read: their community in one period, with the organisation as benchmark.</summary>
public sealed record CommunityView
{
    public required string Community { get; init; }
    public required Period Period { get; init; }
    public required Period? ComparedWith { get; init; }
    public required PrivacyOptions Privacy { get; init; }
    public required IReadOnlyList<MethodNote> Method { get; init; }

    public required GroupProfile Profile { get; init; }
    public required GroupProfile Organisation { get; init; }
    /// <summary>The community's members by member type.</summary>
    public required IReadOnlyList<GroupProfile> MemberTypes { get; init; }
    /// <summary>The community in every period up to this one, oldest first.</summary>
    public required IReadOnlyList<GroupProfile> History { get; init; }
    /// <summary>The community, then its member types; empty without a roster.</summary>
    public required IReadOnlyList<ResponseRate> Participation { get; init; }

    public required ValueCreationMatrix ValueCreation { get; init; }
    public required IReadOnlyList<Story> Stories { get; init; }
    public required IReadOnlyList<ClaimTotal> ClaimTotals { get; init; }
    public required RoleCoverage Roles { get; init; }
    /// <summary>Null when the community has no health check up to the period.</summary>
    public required CommunityHealth? Health { get; init; }
    /// <summary>Null when the community has no readiness assessment (forming check) up to the period.</summary>
    public required CommunityReadiness? Readiness { get; init; }
    /// <summary>Null when no health or forming check of the community states a purpose or vision.</summary>
    public required CommunityVision? Vision { get; init; }
    public required Figure<Conditions> Conditions { get; init; }
    /// <summary>The actions of the community's latest action plan up to this period, with the change in what each aimed at.</summary>
    public IReadOnlyList<CommittedAction> Actions { get; init; } = [];

    /// <summary>The community beside its peers; null when its own figures are withheld (then it is compared with no one).</summary>
    public PeerBenchmark? Peers { get; init; }

    /// <summary>Which indicators go with value among the community's respondents, from <see cref="PrivacyOptions.MinDriverGroupSize"/>.</summary>
    public Figure<DriverAnalysis> Drivers { get; init; } = new Missing<DriverAnalysis>("not analysed");
    /// <summary>The community's stories followed from promise to realised value, up to this period.</summary>
    public ValueFlow Flow { get; init; } = ValueFlow.Empty;
    /// <summary>What the guide suggests for the community's weak spots (<see cref="GuideSuggestions"/>).</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];
}

public sealed record OwnRating(ValueIndicator Indicator, Rating? Rating);

/// <summary>The member's own quadrant score (<see cref="AggregationMethod.QuadrantScore"/>) and how many indicators it rests on.</summary>
public sealed record OwnScore(Quadrant Quadrant, double? Score, int Rated);

/// <summary>One value survey of the member, with their community and organisation as shared views show them.</summary>
public sealed record MemberAnswers
{
    public required Period Period { get; init; }
    public required string Community { get; init; }
    public required string? Unit { get; init; }
    /// <summary>The type the member is counted under in figures by member type.</summary>
    public required string? MemberType { get; init; }
    /// <summary>Every type the member chose; their own workbook shows them all.</summary>
    public required IReadOnlyList<string> MemberTypes { get; init; }
    public required IReadOnlyList<OwnRating> Ratings { get; init; }
    public required IReadOnlyList<OwnScore> Quadrants { get; init; }
    public required IReadOnlyList<LeadershipRole> RolesHeld { get; init; }
    /// <summary>The member's own story, whatever they consented to (<see cref="Story.Consent"/> says what others see); null without one.</summary>
    public required Story? Story { get; init; }
    public required string? Enablers { get; init; }
    public required string? Challenges { get; init; }
    public required GroupProfile CommunityProfile { get; init; }
    public required GroupProfile OrganisationProfile { get; init; }
}

/// <summary>A member's personal view: their own answers across periods, and only the group figures shared views show.</summary>
public sealed record MemberView
{
    public required string Email { get; init; }
    public required string? Name { get; init; }
    public required PrivacyOptions Privacy { get; init; }
    public required IReadOnlyList<MethodNote> Method { get; init; }
    /// <summary>Oldest first; within a period, by community.</summary>
    public required IReadOnlyList<MemberAnswers> History { get; init; }
    /// <summary>The member's stories that promised value, with what their follow-ups said: only they see these.</summary>
    public IReadOnlyList<OwnAspiration> Aspirations { get; init; } = [];
}
