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

    /// <summary>"▲ +0.2 since 2026-Q3: within noise", "▼ −0.4 since …: clear fall", or the reason there is no trend.</summary>
    public static string Trend(Figure<Change> trend) => trend.Text(change => change.Mean switch
    {
        null => $"no mean in {change.Against}",
        > 0.05 => $"▲ +{change.Mean:0.0} since {change.Against}{Judged(change)}",
        < -0.05 => $"▼ −{-change.Mean:0.0} since {change.Against}{Judged(change)}",
        _ => $"= {change.Mean:+0.0;-0.0;0.0} since {change.Against}{Judged(change)}",
    });

    private static string Judged(Change change) => change.Judgement is { } j ? ": " + Judgement(j.Kind) : "";

    /// <summary>A judgement in two words, as the trend line and the group tables put it.</summary>
    public static string Judgement(TrendKind kind) => kind switch
    {
        TrendKind.ClearRise => "clear rise",
        TrendKind.ClearFall => "clear fall",
        TrendKind.WithinNoise => "within noise",
        _ => "not judged",
    };

    /// <summary>The "Change reading" column: Welch's judgement of the change in the mean, in full; blank where there is no trend (Trend against says why).</summary>
    public static string? ChangeReading(Figure<Change> trend) => trend.TryGetValue(out var change) ? change.Judgement?.Words : null;

    /// <summary>
    /// A group's mean beside another's (its peers'), read as a trend is: "clearly above peers: +0.42 (95% interval +0.12 to +0.72)",
    /// "within noise of peers: …", or why it is not judged (fewer than <see cref="TrendJudgement.Minimum"/> on a side).
    /// </summary>
    public static string Beside(Statistics other, Statistics own, string whom) =>
        TrendJudgement.Of(other, own, $"among {whom}", JudgementWords.Beside(whom)).Words;

    /// <summary>
    /// A group's quadrants whose change is clear, for the group tables' "Clear changes" column: "clear rise: members, long term";
    /// "none: all within noise"; or why none is judged.
    /// </summary>
    public static string? ClearChanges(ValueProfile profile)
    {
        var judged = profile.Quadrants.Where(q => q.Trend.TryGetValue(out var c) && c.Judgement is not null)
            .Select(q => (q.Quadrant, Judgement: ((Shown<Change>)q.Trend).Value.Judgement!)).ToList();
        if (judged.Count == 0) return null;
        var clear = judged.Where(j => j.Judgement.Kind is TrendKind.ClearRise or TrendKind.ClearFall).ToList();
        if (clear.Count > 0)
            return string.Join("; ", clear.GroupBy(j => j.Judgement.Kind).Select(g => $"{Judgement(g.Key)}: {string.Join(", ", g.Select(j => Column(j.Quadrant).ToLowerInvariant()))}"));
        if (judged.All(j => j.Judgement.Kind == TrendKind.NotJudged)) return judged[0].Judgement.Words;
        return judged.Any(j => j.Judgement.Kind == TrendKind.NotJudged) ? "none clear; some not judged (fewer than 10 on a side)" : "none: all within noise";
    }

    /// <summary>The text of the "Trend against" column: the earlier period, or why there is no trend.</summary>
    /// <summary>What a report's trends compare with, for its subtitle.</summary>
    public static string ComparedWith(Responses.Period? period) => period is { } p ? $"trends against {p}" : "no earlier period to compare with";

    public static string TrendAgainst(Figure<Change> trend) => trend.Text(change => change.Against.ToString());

    public static string Period(Period? period) => period?.ToString() ?? "none";
}
