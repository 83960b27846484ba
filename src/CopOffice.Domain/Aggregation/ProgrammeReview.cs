using System.Globalization;
using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>One action of the organisation's programme (seed 001, "Where to start?") and what this period's responses say about it.</summary>
public sealed record ProgrammeItem(CultivationStage Step, string Action, string Evidence);

/// <summary>
/// The sponsor's checklist: every action of the six programme steps, each with the evidence CopOffice already
/// has for it (health-check ratings across communities, shared stories, the most named challenges, readiness,
/// leadership roles, the value matrix). Only figures the organisation view shows are used: nothing withheld
/// from the view reaches the checklist.
/// </summary>
internal static class ProgrammeReview
{
    private const string NoEvidence = "No evidence in the responses: the programme lead records it in Status and Notes.";

    public static IReadOnlyList<ProgrammeItem> Of(OrganisationView view)
    {
        var evidence = Evidence(view);
        return
        [
            .. ValueFramework.CultivationStages.SelectMany(step => step.Actions.Select((action, i) =>
                new ProgrammeItem(step, action, evidence.TryGetValue((step.Id, i), out var said) ? said() : NoEvidence))),
        ];
    }

    /// <summary>By step and the action's position in it (seed 001's order).</summary>
    private static Dictionary<(string Step, int Action), Func<string>> Evidence(OrganisationView view) => new()
    {
        [("set_strategic_context", 0)] = () => Factor(view, "strategic_relevance_of_domain"),
        [("set_strategic_context", 1)] = () => Quadrant(view, Framework.Quadrant.OrganisationLongTerm),
        [("support", 0)] = () => Factor(view, "adequate_resources"),
        [("get_going", 0)] = () => Communities(view),
        [("get_going", 1)] = () => Readiness(view),
        [("get_going", 2)] = () => Roles(view),
        [("get_going", 3)] = () => Factor(view, "domain_energizes_core_group"),
        [("get_going", 4)] = () => Factor(view, "rhythm_and_mix_of_activities"),
        [("encourage", 0)] = () => Factor(view, "visible_sponsorship"),
        [("encourage", 1)] = () => Quadrant(view, Framework.Quadrant.OrganisationShortTerm),
        [("encourage", 2)] = () => Stories(view),
        [("integrate", 0)] = () => Factor(view, "formal_and_informal_structures"),
        [("integrate", 1)] = () => Challenges(view),
        [("integrate", 2)] = () => Factor(view, "consistent_attitude"),
    };

    private static string Factor(OrganisationView view, string id)
    {
        var across = view.FactorsAcrossCommunities.First(f => f.Factor.Id == id);
        return across.Statistics.Mean is { } mean
            ? $"{across.Factor.Name}: {Number(mean)} on average (1–5) across {Count(across.Statistics.N, "community's", "communities'")} latest health check{(across.Statistics.N == 1 ? "" : "s")}."
            : $"{across.Factor.Name}: no community's health check rates it yet.";
    }

    private static string Quadrant(OrganisationView view, Framework.Quadrant quadrant) =>
        view.Organisation.Profile.TryGetValue(out var profile) && profile.Quadrant(quadrant).Statistics.Mean is { } mean
            ? $"{quadrant.Title}: {Number(mean)} (1–5) from {Count(profile.Respondents, "respondent", "respondents")} this period."
            : $"{quadrant.Title}: not shown this period ({view.Organisation.Profile.Text(_ => "")}).";

    private static string Communities(OrganisationView view)
    {
        var shown = view.Communities.Count(c => c.Profile.IsShown);
        return $"{Count(view.Communities.Count, "community", "communities")} this period, {shown} with figures shown.";
    }

    private static string Readiness(OrganisationView view)
    {
        var rated = view.Readiness.Where(r => r.Overall.Mean is not null).ToList();
        if (rated.Count == 0) return "No community's forming check rates readiness yet.";
        var lowest = rated.MinBy(r => r.Overall.Mean)!;
        var notYet = rated.Sum(r => r.Themes.Count(t => t.Verdict == ReadinessVerdict.NotYet));
        return $"Readiness {Number(rated.Average(r => r.Overall.Mean!.Value))} on average (1–5) across {Count(rated.Count, "community", "communities")}; lowest: {lowest.Community} ({Number(lowest.Overall.Mean!.Value)})" +
            (notYet == 0 ? "." : $"; {Count(notYet, "theme", "themes")} not yet ready.");
    }

    private static string Roles(OrganisationView view)
    {
        if (view.Roles.Count == 0) return "No leadership roles are known yet.";
        var complete = view.Roles.Count(r => r.Gaps.Count == 0);
        var missing = view.Roles.SelectMany(r => r.Gaps).GroupBy(g => g.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return $"{complete} of {Count(view.Roles.Count, "community", "communities")} have every leadership role filled" +
            (missing is null ? "." : $"; most often missing: {missing.Key} ({Count(missing.Count(), "community", "communities")}).");
    }

    private static string Stories(OrganisationView view)
    {
        var named = view.Stories.Count(s => s.MemberName is not null);
        var claims = view.Stories.Sum(s => s.Claims.Count);
        return $"{Count(view.Stories.Count, "story", "stories")} shared with consent ({named} named), carrying {Count(claims, "claim", "claims")} of realised value: see the Stories and Claims sheets.";
    }

    private static string Challenges(OrganisationView view)
    {
        var top = view.Conditions.Challenges.Take(3).ToList();
        return top.Count == 0
            ? "No challenges are shown: none were named, or no community reaches the free-text threshold."
            : $"Most named challenges: {string.Join("; ", top.Select(c => $"{c.Text} ({c.Count})"))}.";
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Count(int n, string one, string many) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
