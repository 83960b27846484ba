using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>A story of the member's that promised value not yet realised, as their next template quotes it.</summary>
public sealed record OpenAspiration(string Key, Period Told, string Community, IReadOnlyList<StoryAnswer> Answers);

/// <summary>One of the member's own aspirations and what their follow-ups said of it, oldest first (their own workbook shows it).</summary>
public sealed record OwnAspiration(Period Told, string Community, IReadOnlyList<StoryAnswer> Answers, IReadOnlyList<OwnFollowUp> FollowUps)
{
    /// <summary>"realised in 2026-Q4", "dropped in …", "applied in …", "not yet (2026-Q4)", or "open: not followed up yet".</summary>
    public string Status => FollowUps.Count == 0 ? "open: not followed up yet"
        : FollowUps.FirstOrDefault(f => f.Outcome == Questionnaires.FollowUp.Realised) is { } done ? $"realised in {done.Period}"
        : FollowUps[^1].Outcome == Questionnaires.FollowUp.NotYet ? $"not yet ({FollowUps[^1].Period})"
        : $"{FollowUps[^1].Outcome} in {FollowUps[^1].Period}";
}

public sealed record OwnFollowUp(Period Period, string Outcome, string? Difference, string? Claim);

/// <summary>
/// What a member's personal template for one community carries: who they are as their latest survey there says, and
/// the stories they told there that are still open (never realised or dropped in a follow-up), oldest first.
/// Everything in it is the member's own; it goes to them alone.
/// </summary>
public sealed record NextSurvey(string Email, string? Name, string Community, string? Unit, IReadOnlyList<string> MemberTypes, Period Period,
    IReadOnlyList<OpenAspiration> Open);
