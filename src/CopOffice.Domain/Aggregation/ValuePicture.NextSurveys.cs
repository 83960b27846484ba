using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

// Personal templates: each member's next survey, one per community they answered for, with their open stories.
public sealed partial class ValuePicture
{
    /// <summary>
    /// The next survey of every member with an email, for <paramref name="period"/> (the one after the latest by default):
    /// one per community they answered for, with the aspirations no follow-up up to now has realised or dropped.
    /// </summary>
    public IReadOnlyList<NextSurvey> NextSurveys(Period? period = null)
    {
        var next = period ?? (LatestPeriod ?? throw new KeyNotFoundException("There are no accepted responses at all.")).Next;
        var closed = _flows.Answers.Where(f => f.Outcome is FollowUp.Realised or FollowUp.Dropped).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var open = _flows.Aspirations.Where(a => !closed.Contains(a.Key)).ToDictionary(a => a.Entry.Index);
        var surveys = new List<NextSurvey>();
        foreach (var email in Members)
        {
            foreach (var community in _members[email].Where(e => e.Period.CompareTo(next) < 0).GroupBy(e => e.Entry.Community))
            {
                var latest = ResponseOf(community.MaxBy(e => e.Period).Entry);
                var aspirations = community.OrderBy(e => e.Period)
                    .Where(e => open.ContainsKey(e.Entry.Index))
                    .Select(e => (Aspiration: open[e.Entry.Index], Response: ResponseOf(e.Entry)))
                    .Select(x => new OpenAspiration(x.Aspiration.Key, x.Aspiration.Period, latest.Community, ToldStory.Of(x.Response.Texts, null).Answers))
                    .ToList();
                surveys.Add(new NextSurvey(email, latest.MemberName, latest.Community, latest.Unit,
                    latest.MemberTypes.Count > 0 ? latest.MemberTypes : latest.MemberType is { } type ? [type] : [], next, aspirations));
            }
        }
        return surveys;
    }
}
