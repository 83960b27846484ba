using System.Globalization;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Aggregation;

/// <summary>A weak spot of a community, what shows it, and what the seeds suggest doing about it.</summary>
public sealed record Suggestion(string WeakSpot, string Evidence, IReadOnlyList<string> Actions);

/// <summary>
/// What the guide suggests for one community, drawn from its weak spots: a success factor its latest health
/// check rates 2 or below (disagree), a readiness theme whose statements average below 3, and a leadership role
/// no one holds. Factors and themes map to the actions of seed 001's guide; a role gap comes with what the
/// community's own leadership-roles analysis says of the role's Qualification (whom to ask) and Support (what
/// to give). Only the coordinators' own workbooks are used, never a withheld figure.
/// </summary>
public static class GuideSuggestions
{
    /// <summary>A factor rated this or lower is a weak spot (2 = disagree on the agreement scale).</summary>
    public const int LowFactor = 2;

    /// <summary>A readiness theme whose statements average below this is a weak spot (3 = neither).</summary>
    public const double LowReadiness = 3;

    internal static IReadOnlyList<Suggestion> For(CommunityHealth? health, CommunityReadiness? readiness, RoleCoverage roles)
    {
        var suggestions = new List<Suggestion>();
        if (health is not null)
        {
            foreach (var factor in health.Factors)
            {
                if (factor.Rating?.Value is not (int rating and <= LowFactor)) continue;
                suggestions.Add(new(factor.Factor.Name,
                    $"Rated {rating} ({RatingScale.Agreement.Label(rating)}) in the health check of {health.CheckPeriod}" +
                    (factor.Comment is { } comment ? $": \"{comment}\"" : "."),
                    ActionsFor(factor.Factor.Id)));
            }
        }
        if (readiness is not null)
            foreach (var theme in readiness.Themes.Where(r => r.Statistics.Mean < LowReadiness))
                suggestions.Add(new(theme.Theme.Question,
                    $"Readiness {theme.Statistics.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture)} on average over {theme.Statistics.N} statement{(theme.Statistics.N == 1 ? "" : "s")} in the {readiness.From.Words()} of {readiness.AssessedIn}.",
                    ActionsFor(theme.Theme.Id)));
        foreach (var gap in roles.Roles.Where(r => !r.Filled))
        {
            var said = gap.Notes.Where(n => n.Aspect.Id is "qualification" or "support").Select(n => $"{(n.Aspect.Id == "qualification" ? "Whom to ask" : "What to give")} ({n.Aspect.Title}): {n.Text}").ToList();
            // Members' own answers are a group figure: withheld in a small group, and then not known to be none.
            var members = gap.MembersSaying is Shown<int> ? "and no member said they hold it" : "and members' own answers about it are withheld (a small group)";
            suggestions.Add(new($"No one holds {gap.Role.Name}",
                roles.AnalysisPeriod is { } period ? $"The leadership-roles analysis of {period} names no holder, {members}." : $"No leadership-roles analysis yet, {members}.",
                said.Count > 0 ? said : [$"The leadership-roles analysis says nothing yet of whom to ask or what support to give: fill in its Qualification and Support for {gap.Role.Name}."]));
        }
        return suggestions;
    }

    /// <summary>Seed 001's actions for a weak success factor or readiness theme, by its id.</summary>
    public static IReadOnlyList<string> ActionsFor(string id) => id switch
    {
        "domain_energizes_core_group" => [Action("get_going", 3), Action("get_going", 2)],
        "skillful_reputable_coordinator" => [Action("get_going", 2), Action("support", 0)],
        "involvement_of_experts" => [Action("get_going", 5)],
        "details_of_practice" or "rhythm_and_mix_of_activities" => [Action("get_going", 4)],
        "strategic_relevance_of_domain" => [Action("set_strategic_context", 0), Action("set_strategic_context", 1)],
        "visible_sponsorship" => [Action("encourage", 0), Action("encourage", 1)],
        "formal_and_informal_structures" => [Action("integrate", 0), Action("integrate", 2)],
        "adequate_resources" => [Action("support", 0), Action("support", 1)],
        "consistent_attitude" => [Action("encourage", 1), Action("integrate", 2)],
        "domain" => [Action("get_going", 1), Action("set_strategic_context", 0)],
        "community" => [Action("get_going", 2), Action("get_going", 3)],
        "practice" or "together" => [Action("get_going", 4)],
        "conversations" => [Action("educate", 2)],
        "dynamics" => [Action("get_going", 5)],
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "A success factor or readiness theme the guide's suggestions do not map."),
    };

    private static string Action(string step, int index) => ValueFramework.CultivationStages.Single(s => s.Id == step).Actions[index];
}
