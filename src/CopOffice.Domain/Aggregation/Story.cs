using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>What the member agreed to: "named", "anonymous" or "no" (<see cref="Private"/>).</summary>
public enum StoryConsent { Named, Anonymous, Private }

public sealed record StoryAnswer(StoryQuestion Question, string Text);

/// <summary>
/// A value-creation story. In a shared view: <see cref="StoryConsent.Named"/> stories carry the member's
/// name, unit and member type; anonymous ones carry none of these (nor an email, ever); private ones
/// never appear. In the member's own view, the member's story appears whatever the consent.
/// </summary>
public sealed record Story(Period Period, string Community, StoryConsent Consent, IReadOnlyList<StoryAnswer> Answers,
    IReadOnlyList<ValueCycle> Cycles, IReadOnlyList<Claim> Claims)
{
    /// <summary>The story's number in the period's shared stories ("S2026Q4-007"); null for a story no shared view shows.</summary>
    public string? Id { get; init; }
    public string? MemberName { get; init; }
    /// <summary>The teller's account of the community at its best (seed 004), quoted under the story's consent; null when they gave none.</summary>
    public string? AtItsBest { get; init; }
    public string? Unit { get; init; }
    public string? MemberType { get; init; }

    /// <summary>Whether the story links value cycles (reaches more than one).</summary>
    public bool LinksCycles => Cycles.Count > 1;
}
