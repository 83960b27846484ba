using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Reports.Blocks;

/// <summary>The words the reports use for the framework's parts: one place, so every sheet says the same.</summary>
internal static class Labels
{
    public const string Note = "Note";

    public static string ValueTo(Beneficiary beneficiary) => beneficiary == Beneficiary.Members ? "Members" : "Organisation";

    public static string Horizon(Horizon horizon) => horizon == Framework.Horizon.ShortTerm ? "Short term" : "Long term";

    /// <summary>"Members short term": the column header of a quadrant's mean.</summary>
    public static string Column(Quadrant quadrant) => $"{ValueTo(quadrant.Beneficiary)} {Horizon(quadrant.Horizon).ToLowerInvariant()}";

    public static string GroupKind(GroupKind kind) => kind switch
    {
        Aggregation.GroupKind.Organisation => "organisation",
        Aggregation.GroupKind.Community => "community",
        Aggregation.GroupKind.CommunityMemberType => "member type",
        Aggregation.GroupKind.Unit => "unit",
        Aggregation.GroupKind.MemberType => "member type",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The row header of a group: a community's member type by its type alone (the sheet names the community).</summary>
    public static string GroupName(Group group) => group.Kind == Aggregation.GroupKind.CommunityMemberType ? group.MemberType! : group.Name;

    public static string Consent(StoryConsent consent) => consent switch
    {
        StoryConsent.Named => Questionnaires.Consent.Named,
        StoryConsent.Anonymous => Questionnaires.Consent.Anonymous,
        _ => "not shared",
    };

    public static string Status(LedgerStatus status) => status.Id();

    public static string Kind(TemplateKind? kind) => kind?.Words() ?? "not recognised";

    /// <summary>"▲ +0.2 since 2026-Q3", "▼ −0.1 since …", "= 0.0 since …", or the reason there is no trend.</summary>
    public static string Trend(Figure<Change> trend) => trend.Text(change => change.Mean switch
    {
        null => $"no mean in {change.Against}",
        > 0.05 => $"▲ +{change.Mean:0.0} since {change.Against}",
        < -0.05 => $"▼ −{-change.Mean:0.0} since {change.Against}",
        _ => $"= {change.Mean:+0.0;-0.0;0.0} since {change.Against}",
    });

    /// <summary>The text of the "Trend against" column: the earlier period, or why there is no trend.</summary>
    /// <summary>What a report's trends compare with, for its subtitle.</summary>
    public static string ComparedWith(Responses.Period? period) => period is { } p ? $"trends against {p}" : "no earlier period to compare with";

    public static string TrendAgainst(Figure<Change> trend) => trend.Text(change => change.Against.ToString());

    public static string Period(Period? period) => period?.ToString() ?? "none";
}
