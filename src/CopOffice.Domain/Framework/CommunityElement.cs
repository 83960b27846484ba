namespace CopOffice.Framework;

/// <summary>
/// The three elements every community of practice develops (seed 001): its domain, its community and its
/// practice; and, for the success factors that are the organisation's to provide, the organisation side.
/// </summary>
public enum CommunityElement { Domain, Community, Practice, OrganisationSide }

/// <summary>Which element each success factor and readiness theme speaks of: the grouping of the sponsors' element profile.</summary>
public static class CommunityElements
{
    public static IReadOnlyList<CommunityElement> All { get; } = Enum.GetValues<CommunityElement>();

    public static string Title(this CommunityElement element) => element switch
    {
        CommunityElement.Domain => "Domain",
        CommunityElement.Community => "Community",
        CommunityElement.Practice => "Practice",
        CommunityElement.OrganisationSide => "Organisation side",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, null),
    };

    /// <summary>A success factor's element: the organisation-side factors form their own group.</summary>
    public static CommunityElement Of(SuccessFactor factor) => factor.Id switch
    {
        "domain_energizes_core_group" or "strategic_relevance_of_domain" => CommunityElement.Domain,
        "skillful_reputable_coordinator" or "involvement_of_experts" => CommunityElement.Community,
        "details_of_practice" or "rhythm_and_mix_of_activities" => CommunityElement.Practice,
        _ when factor.Side == FactorSide.Organisation => CommunityElement.OrganisationSide,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor.Id, "A community-side success factor without an element."),
    };

    /// <summary>A readiness theme's element: what members will do together and talk about is practice; how the group feels, community.</summary>
    public static CommunityElement Of(ReadinessTheme theme) => theme.Id switch
    {
        "domain" => CommunityElement.Domain,
        "community" or "dynamics" => CommunityElement.Community,
        "practice" or "together" or "conversations" => CommunityElement.Practice,
        _ => throw new ArgumentOutOfRangeException(nameof(theme), theme.Id, "A readiness theme without an element."),
    };
}
