using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

// Value over time: each aspiration followed, by its key, through the follow-ups of later periods.
public sealed partial class ValuePicture
{
    /// <summary>The value flow up to <paramref name="period"/>, of one community or (null) of every community whose figures are shown.</summary>
    private ValueFlow FlowOf(Period period, int? community)
    {
        var told = _flows.Aspirations.Where(a => a.Period.CompareTo(period) <= 0 && (community is null || a.Community == community)).ToList();

        var cohorts = new List<FlowCohort>();
        var realised = new List<RealisedStory>();
        foreach (var cohort in told.GroupBy(a => a.Period).OrderBy(g => g.Key))
        {
            // A cohort counts only the communities whose figures of the period it was told in are shown.
            var shownIn = cohort.Where(a => Withheld<int>(DisclosureOf(a.Period).Community(a.Community)) is null).ToList();
            if (shownIn.Count == 0)
            {
                cohorts.Add(new(cohort.Key, Reasons.Suppress<FlowCounts>(SuppressionCause.TooFewRespondents, Privacy)));
                continue;
            }
            int applied = 0, realisedCount = 0, dropped = 0, notYet = 0, none = 0, periods = 0;
            foreach (var aspiration in shownIn)
            {
                var later = _flows.ByKey[aspiration.Key].Where(f => f.Period.CompareTo(aspiration.Period) > 0 && f.Period.CompareTo(period) <= 0).ToList();
                if (later.Count == 0) { none++; continue; }
                if (later.Exists(f => f.Outcome is FollowUp.Applied or FollowUp.Realised)) applied++;
                var done = later.Find(f => f.Outcome == FollowUp.Realised);
                if (done is not null)
                {
                    realisedCount++;
                    periods += Quarters(aspiration.Period, done.Period);
                    if (SharedStoryOf(aspiration.Period, aspiration.Entry) is { } story && ConditionsOf(done.Community, done.Period).Figure.IsShown)
                        realised.Add(new RealisedStory(story, done.Period, done.Difference, done.Claim) { CommunityId = aspiration.Community });
                    continue;
                }
                var latest = later[^1];
                if (latest.Outcome == FollowUp.Dropped) dropped++;
                else if (latest.Outcome == FollowUp.NotYet && Quarters(aspiration.Period, period) >= 2) notYet++;
            }
            cohorts.Add(new(cohort.Key, new Shown<FlowCounts>(new FlowCounts(shownIn.Count, applied, realisedCount, dropped, notYet, none,
                realisedCount == 0 ? null : (double)periods / realisedCount))));
        }
        var unlinked = _flows.Answers.Where(f => f.Period.CompareTo(period) <= 0 && (community is null || f.Community == community) && !_flows.Keys.Contains(f.Key))
            .Select(f => new UnlinkedFollowUp(f.Source, f.Period, _names.Communities.Display(f.Community), f.Key))
            .OrderBy(u => u.Source.Path, StringComparer.Ordinal).ThenBy(u => u.Source.Row ?? 0).ToList();
        return new ValueFlow(cohorts, [.. realised.OrderBy(r => r.Story.Period).ThenBy(r => r.Story.Id, StringComparer.Ordinal)], unlinked);
    }

    /// <summary>A member's own aspirations (of <paramref name="entries"/>) with every follow-up of theirs, whatever any group's size.</summary>
    private IReadOnlyList<OwnAspiration> AspirationsOf(IEnumerable<Entry> entries)
    {
        return [.. entries.Select(e => _flows.ByEntry.GetValueOrDefault(e.Index)).OfType<Aspiration>().OrderBy(a => a.Period)
            .Select(a => new OwnAspiration(a.Period, _names.Communities.Display(a.Community), ToldStory.Of(ResponseOf(a.Entry).Texts, null).Answers,
                [.. _flows.ByKey[a.Key].Where(f => f.Period.CompareTo(a.Period) > 0)
                    .Select(f => new OwnFollowUp(f.Period, f.Outcome, f.Difference, f.Claim))]))];
    }

    private static int Quarters(Period from, Period to) => (to.Year * 4 + to.Quarter) - (from.Year * 4 + from.Quarter);
}
