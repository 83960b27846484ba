using System.Runtime.CompilerServices;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// What the validator needs of a questionnaire, worked out once rather than for every response: the
/// rated questions with their scales' words and the questions whose answers are kept as text.
/// </summary>
internal sealed class ResponseLayout
{
    private static readonly ConditionalWeakTable<Questionnaire, ResponseLayout> Layouts = new();

    private ResponseLayout(Questionnaire questionnaire)
    {
        var questions = QuestionIndex.Of(questionnaire).Questions;
        Rated = [.. questions.Where(q => q.Type == AnswerType.Rating)];
        Scales = [.. Rated.Select(q => ScaleWords.Of(q.Scale!))];
        // About-you answers and the roles held have fields of their own; ratings have theirs.
        Texts = [.. questions.Where(q => q.Type is not AnswerType.Rating
            && !q.Name.StartsWith("about.", StringComparison.Ordinal) && !q.Name.StartsWith("role.", StringComparison.Ordinal))];
    }

    public static ResponseLayout Of(Questionnaire questionnaire) => Layouts.GetValue(questionnaire, static q => new ResponseLayout(q));

    public Question[] Rated { get; }

    /// <summary>The words of each rated question's scale, by the question's position in <see cref="Rated"/>.</summary>
    public ScaleWords[] Scales { get; }

    public Question[] Texts { get; }

    /// <summary>The answer names of the leadership roles a member can hold, in the framework's order.</summary>
    public static IReadOnlyList<(LeadershipRole Role, string Name)> Roles { get; } =
        [.. ValueFramework.LeadershipRoles.Select(r => (r, AnswerNames.RoleHeld(r.Id)))];
}

/// <summary>The organisation's lists as the validator looks names up in them, worked out once per <see cref="IntakeRules"/>.</summary>
internal sealed class RulesLookup
{
    private static readonly ConditionalWeakTable<IntakeRules, RulesLookup> Lookups = new();

    private RulesLookup(IntakeRules rules)
    {
        KnownCommunities = rules.KnownCommunities;
        Communities = new NormalisedLookup(KnownCommunities);
        Units = new NormalisedLookup(rules.Lists.Units);
    }

    public static RulesLookup Of(IntakeRules rules) => Lookups.GetValue(rules, static r => new RulesLookup(r));

    public IReadOnlyList<string> KnownCommunities { get; }
    public NormalisedLookup Communities { get; }
    public NormalisedLookup Units { get; }
}
