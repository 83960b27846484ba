using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>A story of the member's that promised value not yet realised, as their next template quotes it.</summary>
public sealed record OpenAspiration(string Key, Period Told, string Community, IReadOnlyList<StoryAnswer> Answers);

/// <summary>
/// What a member's personal template for one community carries: who they are as their latest survey there says, and
/// the stories they told there that are still open (never realised or dropped in a follow-up), oldest first.
/// Everything in it is the member's own; it goes to them alone.
/// </summary>
public sealed record NextSurvey(string Email, string? Name, string Community, string? Unit, IReadOnlyList<string> MemberTypes, Period Period,
    IReadOnlyList<OpenAspiration> Open);
