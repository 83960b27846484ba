using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

// Roles, health and the organisation's conditions: what coordinators report and what members write freely.
public sealed partial class ValuePicture
{
    /// <summary>A community's latest coordinator workbook up to the period: the latest period, then the latest made, then the last path.</summary>
    private static Response? Latest(IEnumerable<CoordinatorEntry> entries, int community, Period period) => entries
        .Where(e => e.Community == community && e.Response.Period.CompareTo(period) <= 0)
        .Select(e => e.Response)
        .OrderByDescending(r => r.Period)
        .ThenByDescending(r => r.Time ?? DateTimeOffset.MinValue)
        .ThenByDescending(r => r.Source.Path, StringComparer.Ordinal)
        .ThenByDescending(r => r.Source.Row ?? 0)
        .FirstOrDefault();

    /// <summary>A period's value surveys of one community (indexed once per period: views ask per community).</summary>
    private IEnumerable<Entry> EntriesOf(Period period, int community) =>
        _byCommunity.TryGetValue(period, out var lookup) ? lookup[community] : [];

    private RoleCoverage RolesOf(int community, Period period)
    {
        var analysis = Latest(_analyses, community, period);
        var cell = DisclosureOf(period).Community(community);
        var withheld = Withheld<int>(cell);
        // GroupNames are read only of members who hold a role and agreed to be named.
        var named = EntriesOf(period, community).Where(e => e.Roles != 0 && e.Consent == StoryConsent.Named)
            .Select(e => (e.Roles, Name: ResponseOf(e).MemberName)).Where(x => x.Name is not null).ToList();
        var roles = FrameworkIndex.Roles.Select((role, r) =>
        {
            var holders = FreeText.Names(analysis?.Text(AnswerNames.RoleAnalysis(role.Id, "holders")));
            var holding = named
                .Where(x => (x.Roles & (1u << r)) != 0)
                .Select(x => x.Name!.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal)
                .ToList();
            var notes = ValueFramework.RoleAspects
                .Select(a => (Aspect: a, Text: analysis?.Text(AnswerNames.RoleAnalysis(role.Id, a.Id))))
                .Where(x => FreeText.IsAnswer(x.Text))
                .Select(x => new RoleNote(x.Aspect, x.Text!)).ToList();
            Figure<int> saying = withheld is null ? new Shown<int>(cell!.Tally.RolesHeld[r]) : withheld;
            return new RoleHolding(role, holders, analysis?.Text(AnswerNames.RoleAnalysis(role.Id, "member_type")), holding, saying, notes);
        }).ToList();
        return new RoleCoverage(_names.Communities.Display(community), period, analysis?.Period, analysis?.CompletedBy, roles);
    }

    private CommunityHealth? HealthOf(int community, Period period)
    {
        var check = Latest(_checks.Where(e => e.Response.Kind == TemplateKind.HealthCheck), community, period);
        if (check is null) return null;
        var factors = ValueFramework.SuccessFactors
            .Select(f => new FactorAssessment(f, RatingOf(check, AnswerNames.Factor(f.Id)), FreeText.IsAnswer(check.Text(AnswerNames.FactorComment(f.Id))) ? check.Text(AnswerNames.FactorComment(f.Id)) : null))
            .ToList();
        return new CommunityHealth(_names.Communities.Display(community), check.Period, check.CompletedBy, factors);
    }

    /// <summary>The latest forming check up to the period, or a version-1 health check if newer (it asked readiness too).</summary>
    private CommunityReadiness? ReadinessOf(int community, Period period)
    {
        var check = Latest(_checks.Where(e => e.Response.Kind == TemplateKind.FormingCheck || e.Response.Ratings.Keys.Any(AnswerNames.IsReadiness)), community, period);
        if (check is null) return null;
        var overall = new int[Tally.RatingBins];
        var themes = ValueFramework.ReadinessThemes.Select(theme =>
        {
            var answers = ValueFramework.ReadinessQuestions.Where(q => q.Theme == theme)
                .Select(q => new ReadinessAnswer(q, RatingOf(check, AnswerNames.Readiness(q.Id)))).ToList();
            var bins = Bins(answers.Select(a => a.Rating));
            for (var b = 0; b < bins.Length; b++) overall[b] += bins[b];
            return new ReadinessScore(theme, Statistics.OfRatings(bins), answers);
        }).ToList();
        return new CommunityReadiness(_names.Communities.Display(community), check.Period, check.Kind, check.CompletedBy, themes, Statistics.OfRatings(overall));
    }

    /// <summary>The purpose and vision of the latest health or forming check up to the period that states any.</summary>
    private CommunityVision? VisionOf(int community, Period period)
    {
        static IReadOnlyList<VisionStatement> Statements(Response check) => [.. ValueFramework.VisionFields
            .Select(v => (Field: v, Text: check.Text(AnswerNames.Vision(v.Id))))
            .Where(x => FreeText.IsAnswer(x.Text))
            .Select(x => new VisionStatement(x.Field, x.Text!))];
        var check = Latest(_checks.Where(e => Statements(e.Response).Count > 0), community, period);
        return check is null ? null : new CommunityVision(_names.Communities.Display(community), check.Period, check.Kind, Statements(check));
    }

    private static Rating? RatingOf(Response check, string name) => check.Ratings.TryGetValue(name, out var rating) ? rating : null;

    /// <summary>A community's factor ratings and readiness statements, grouped by the element each speaks of.</summary>
    private static ElementProfile ElementsOf(string community, CommunityHealth? health, CommunityReadiness? readiness) => new(community,
        string.Join("; ", new[] { health is null ? null : $"health check {health.CheckPeriod}", readiness is null ? null : $"readiness {readiness.AssessedIn}" }.OfType<string>()),
        CommunityElements.All.ToDictionary(element => element, element => Statistics.OfRatings(Bins(
            (health?.Factors ?? []).Where(f => CommunityElements.Of(f.Factor) == element).Select(f => f.Rating)
                .Concat((readiness?.Themes ?? []).Where(r => CommunityElements.Of(r.Theme) == element).SelectMany(r => r.Answers.Select(a => a.Rating)))))));

    private static int[] Bins(IEnumerable<Rating?> ratings)
    {
        var bins = new int[Tally.RatingBins];
        foreach (var rating in ratings)
        {
            if (rating is not { } r) continue;
            if (r.Value is int v) bins[v - 1]++;
            else bins[Tally.NotApplicableBin]++;
        }
        return bins;
    }

    private static IReadOnlyList<FactorAcrossCommunities> AcrossCommunities(IReadOnlyList<CommunityHealth> health) =>
    [
        .. ValueFramework.SuccessFactors.Select(factor => new FactorAcrossCommunities(factor,
            Statistics.OfRatings(Bins(health.Select(h => h.Factors.First(f => f.Factor == factor).Rating))))),
    ];

    /// <summary>
    /// A community's enablers, challenges and reflections, shown from the free-text threshold (respondents of the community
    /// in the period). Worked out once: the organisation's view and the community's both need them. The
    /// counters are read, never changed, by those who get them.
    /// </summary>
    private (Figure<Conditions> Figure, ConditionCounts Counts) ConditionsOf(int community, Period period) =>
        _conditions.TryGetValue((community, period), out var counted) ? counted : ShownConditions(community, period, new ConditionCounts());

    /// <summary>A community's counted free text as its views may show it: withheld, and not counted into the organisation's, below the free-text threshold.</summary>
    private (Figure<Conditions> Figure, ConditionCounts Counts) ShownConditions(int community, Period period, ConditionCounts counts)
    {
        var cell = DisclosureOf(period).Community(community);
        if (cell is null || cell.People < Privacy.FreeTextMinGroupSize)
            return (Reasons.Suppress<Conditions>(SuppressionCause.FreeText, Privacy), new ConditionCounts());
        return (new Shown<Conditions>(counts.ToConditions()), counts);
    }
}
