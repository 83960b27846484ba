using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// Of the aspirations told in one period (stories that reached potential or applied value, not realised value),
/// what later follow-ups said up to the view's period. Counts are of stories; a member has one story per
/// community and period.
/// </summary>
public sealed record FlowCounts(int Aspirations, int AppliedLater, int RealisedLater, int Dropped, int NotYetAfterTwo, int NotFollowedUp, double? MeanPeriodsToRealised)
{
    /// <summary>Dropped, or still "not yet" two periods or more after being told: where value leaks.</summary>
    public int Leaking => Dropped + NotYetAfterTwo;
}

/// <summary>One cohort: the aspirations told in <see cref="Told"/>, withheld as the community's figures of that period are.</summary>
public sealed record FlowCohort(Period Told, Figure<FlowCounts> Counts);

/// <summary>A story followed up to realised value, quoted under the consent it was told with.</summary>
public sealed record RealisedStory(Story Story, Period RealisedIn, string? Difference, string? Claim)
{
    /// <summary>
    /// The claims the follow-up's figure makes that the story did not already make (same unit and amount): these add
    /// to the realised value of the period it was followed up in, so that no claim counts twice.
    /// </summary>
    public IReadOnlyList<Claim> NewClaims { get; } = [.. ClaimReader.Read(Claim)
        .Where(c => !Story.Claims.Any(s => s.Unit == c.Unit && s.Amount == c.Amount && (c.Amount is not null || s.Stated == c.Stated)))];

    internal int CommunityId { get; init; }
}

/// <summary>A follow-up that names no story CopOffice has (the story was withdrawn, or the key was typed): kept in the member's answers, linked to nothing.</summary>
public sealed record UnlinkedFollowUp(Source Source, Period Period, string Community, string Key);

/// <summary>Value over time (Wenger, Trayner and de Laat): from the promise of a story to what was realised, period by period.</summary>
public sealed record ValueFlow(IReadOnlyList<FlowCohort> Cohorts, IReadOnlyList<RealisedStory> Realised, IReadOnlyList<UnlinkedFollowUp> Unlinked)
{
    public static ValueFlow Empty { get; } = new([], [], []);

    /// <summary>The shown cohorts added up (a withheld cohort is in no total).</summary>
    public FlowCounts? Total
    {
        get
        {
            var shown = Cohorts.Select(c => c.Counts).OfType<Shown<FlowCounts>>().Select(s => s.Value).ToList();
            if (shown.Count == 0) return null;
            var realised = shown.Where(s => s.MeanPeriodsToRealised is not null).ToList();
            return new FlowCounts(shown.Sum(s => s.Aspirations), shown.Sum(s => s.AppliedLater), shown.Sum(s => s.RealisedLater), shown.Sum(s => s.Dropped),
                shown.Sum(s => s.NotYetAfterTwo), shown.Sum(s => s.NotFollowedUp),
                realised.Count == 0 ? null : realised.Sum(s => s.MeanPeriodsToRealised!.Value * s.RealisedLater) / realised.Sum(s => s.RealisedLater));
        }
    }
}
