using System.Globalization;
using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>One of seed 004's four questions, with what the period's responses show of it.</summary>
public sealed record WorkshopQuestion(string Focus, string Question, IReadOnlyList<string> Evidence);

/// <summary>An enabler or challenge named in two or more communities (the free text each of them shows).</summary>
public sealed record CommonThread(string Kind, string Text, IReadOnlyList<string> Communities);

/// <summary>
/// The material for seed 004's workshop, "Demonstrating and extracting value from communities", for one
/// community or the organisation: the stories of a community at its best, the four questions with their
/// evidence, and the common threads. Everything comes from the shared views, so it shows only what the
/// reports show: stories under their consent, free text from the threshold, figures of groups that are shown.
/// </summary>
public sealed record Workshop(string Audience, Period Period, IReadOnlyList<Story> AtItsBest, IReadOnlyList<WorkshopQuestion> Questions, IReadOnlyList<CommonThread> Threads);

public static class WorkshopMaterial
{
    /// <summary>How many stories "at its best" lists: a workshop reads them aloud.</summary>
    public const int Stories = 12;

    public static Workshop For(OrganisationView view) => new("the organisation", view.Period,
        AtItsBest(view.Stories),
        Questions(view.Organisation, view.Conditions, view.Stories, view.FactorsAcrossCommunities.ToDictionary(f => f.Factor.Id, f => f.Statistics.Mean)),
        Threads(view.ConditionsByCommunity, null));

    /// <summary>A community's pack: its own stories and figures, and the threads it shares with other communities.</summary>
    public static Workshop For(CommunityView view, OrganisationView organisation) => new(view.Community, view.Period,
        AtItsBest(view.Stories),
        Questions(view.Profile, view.Conditions.TryGetValue(out var own) ? own : null, view.Stories,
            view.Health?.Factors.ToDictionary(f => f.Factor.Id, f => (double?)f.Rating?.Value) ?? []),
        Threads(organisation.ConditionsByCommunity, view.Community));

    /// <summary>
    /// A community at its best: the stories whose tellers described it so first, then those that reach the most
    /// value cycles and carry the most claims.
    /// </summary>
    private static IReadOnlyList<Story> AtItsBest(IReadOnlyList<Story> stories) =>
        [.. stories.OrderByDescending(s => s.AtItsBest is not null).ThenByDescending(s => s.Cycles.Count).ThenByDescending(s => s.Claims.Count).ThenBy(s => s.Id, StringComparer.Ordinal).Take(Stories)];

    private static IReadOnlyList<WorkshopQuestion> Questions(GroupProfile group, Conditions? conditions, IReadOnlyList<Story> stories, IReadOnlyDictionary<string, double?> factors)
    {
        string Factor(string id) => $"{ValueFramework.SuccessFactors.Single(f => f.Id == id).Name}: {(factors.GetValueOrDefault(id) is { } mean ? Number(mean) + " (1–5, health check)" : "not rated")}";
        string Quadrant(Quadrant q) => group.Profile.TryGetValue(out var p) && p.Quadrant(q).Statistics.Mean is { } mean
            ? $"{q.Title}: {Number(mean)} (1–5, {p.Respondents.ToString("N0", CultureInfo.InvariantCulture)} respondents)"
            : $"{q.Title}: not shown ({group.Profile.Text(_ => "")})";
        string Named(string what, IReadOnlyList<RepeatedText>? items) => conditions is null
            ? $"{what}: not shown (free text needs a larger group)"
            : items!.Count == 0 ? $"{what}: none named" : $"{what}: {string.Join("; ", items.Take(3).Select(i => $"{i.Text} ({i.Count})"))}";
        int Reaching(ValueCycle cycle) => stories.Count(s => s.Cycles.Contains(cycle));
        return
        [
            new("Environment", "What is the support environment of your organization? What makes the business and employees comfortable with the development of communities of practice?",
                [Named("Most named enablers", conditions?.Enablers), Named("Most named challenges", conditions?.Challenges), Factor("visible_sponsorship"), Factor("adequate_resources")]),
            new("Practices", "What are the practices that have created successful communities of practice, and what sustains them?",
                [Factor("details_of_practice"), Factor("rhythm_and_mix_of_activities"), $"Stories reaching applied value: {Reaching(ValueCycle.Applied)} of {stories.Count}"]),
            new("Impact", "Have your communities of practice had a beneficial impact on individual members? How?",
                [Quadrant(Framework.Quadrant.MembersShortTerm), Quadrant(Framework.Quadrant.MembersLongTerm), $"Stories reaching realized value: {Reaching(ValueCycle.Realized)} of {stories.Count}"]),
            new("Strategy and infrastructure", "What is right about the strategy/infrastructure? What works best?",
                [Quadrant(Framework.Quadrant.OrganisationShortTerm), Quadrant(Framework.Quadrant.OrganisationLongTerm), Factor("strategic_relevance_of_domain"), Factor("formal_and_informal_structures")]),
        ];
    }

    /// <summary>Enablers and challenges named in two or more communities' shown free text; with <paramref name="community"/>, only those it names.</summary>
    private static IReadOnlyList<CommonThread> Threads(IReadOnlyList<CommunityConditions> byCommunity, string? community)
    {
        var named = new List<(string Kind, string Key, string Text, string Community)>();
        foreach (var c in byCommunity)
        {
            if (!c.Conditions.TryGetValue(out var shown)) continue;
            named.AddRange(shown.Enablers.Select(e => ("Enabler", FreeText.Key(e.Text), e.Text, c.Community)));
            named.AddRange(shown.Challenges.Select(e => ("Challenge", FreeText.Key(e.Text), e.Text, c.Community)));
        }
        return
        [
            .. named.GroupBy(n => (n.Kind, n.Key))
                .Where(g => g.Select(n => n.Community).Distinct().Count() >= 2)
                .Where(g => community is null || g.Any(n => string.Equals(n.Community, community, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenByDescending(g => g.Select(n => n.Community).Distinct().Count()).ThenBy(g => g.Key.Key, StringComparer.Ordinal)
                .Select(g => new CommonThread(g.Key.Kind, g.First().Text, [.. g.Select(n => n.Community).Distinct().Order(StringComparer.Ordinal)])),
        ];
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
