using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// What the aggregation counts of a value survey: its groups, who answered, a code per indicator and
/// what its story and roles add. Read once per survey, so that tallying a period does not look answers up by name again.
/// </summary>
/// <param name="Respondent">Who answered (<see cref="Response.Respondent"/>: email, else name); empty for an anonymous survey.</param>
/// <param name="RosterEmail">The member's email when the roster lists it; null when it does not.</param>
/// <param name="Ratings">Each indicator's code (in <see cref="FrameworkIndex.Indicators"/> order): 0 not answered, 1–5, 6 n/a.</param>
internal readonly record struct SurveyFacts(
    Period Period, string Community, string? MemberType, string? Unit,
    string Respondent, string? RosterEmail, byte[] Ratings, byte StoryCycles, StoryConsent Consent, uint Roles)
{
    public const int NotAnswered = 0, NotApplicable = 6;

    /// <summary>Anonymous: no name or email, each such survey is a person of its own.</summary>
    public bool IsAnonymous => Respondent.Length == 0;

    /// <summary>The rating code of indicator <paramref name="i"/> (in <see cref="FrameworkIndex.Indicators"/> order).</summary>
    public int Rating(int i) => Ratings[i];

    /// <param name="listed">The roster's emails, lower-cased; empty without a roster.</param>
    public static SurveyFacts Of(Response response, IReadOnlySet<string> listed)
    {
        if (response.Kind != TemplateKind.ValueSurvey)
            throw new ArgumentException($"Facts are read from value surveys, not a {response.Kind}.", nameof(response));
        var ratings = new byte[FrameworkIndex.IndicatorNames.Length];
        for (var i = 0; i < ratings.Length; i++)
            ratings[i] = response.Ratings.TryGetValue(FrameworkIndex.IndicatorNames[i], out var rating) ? (byte)(rating.Value ?? NotApplicable) : (byte)NotAnswered;
        uint roles = 0;
        foreach (var role in response.RolesHeld)
            if (FrameworkIndex.RoleIndex.TryGetValue(role, out var r)) roles |= 1u << r;
        var email = response.MemberEmail is { } e && listed.Contains(e) ? e : null;
        return new SurveyFacts(response.Period, response.Community, response.MemberType, response.Unit,
            response.Respondent, email,
            ratings, (byte)FreeText.StoryCycles(response), ConsentOf(response.Consent), roles);
    }

    public static StoryConsent ConsentOf(string consent) => consent switch
    {
        Questionnaires.Consent.Named => StoryConsent.Named,
        Questionnaires.Consent.Anonymous => StoryConsent.Anonymous,
        _ => StoryConsent.Private,
    };
}
