using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

public sealed partial class ValuePicture
{
    /// <summary>
    /// The stories of a period that shared views may show, numbered once for all of them: named stories,
    /// and anonymous ones of communities that meet the free-text threshold. Ordered by community, named
    /// before anonymous, then by name and words, so the numbers do not follow file names or input order.
    /// </summary>
    private IReadOnlyList<(Story Story, Entry Entry)> SharedStories(Period period) => _shared.GetValueOrDefault(period, []);

    /// <summary>The shared story of a survey, if it has one: each member's view asks for their own.</summary>
    private Story? SharedStoryOf(Period period, Entry entry) =>
        _sharedByEntry.TryGetValue(period, out var byEntry) ? byEntry.GetValueOrDefault(entry.Index) : null;

    private IReadOnlyList<(Story Story, Entry Entry)> NumberSharedStories(Period period)
    {
        var disclosure = DisclosureOf(period);
        var shared = _entries.GetValueOrDefault(period, [])
            .Where(e => e.StoryCycles != 0)
            .Where(e => e.Consent == StoryConsent.Named
                || (e.Consent == StoryConsent.Anonymous && disclosure.Community(e.Community) is { } community && community.People >= Privacy.FreeTextMinGroupSize))
            .ToArray();
        var stories = shared.Select(e =>
        {
            var story = StoryOf(e, period, _told[e.Index], e.Consent);
            return (Story: story, Entry: e, Words: WordsOf(story.Answers));
        });
        var candidates = stories
            .OrderBy(x => x.Entry.Community, Comparer<int>.Create(_names.Communities.Compare))
            .ThenBy(x => x.Story.Consent)
            .ThenBy(x => x.Story.MemberName ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Story.MemberName ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.Words, StringComparer.Ordinal)
            .ToList();
        return [.. candidates.Select((x, i) => (x.Story with { Id = $"S{period.Year}Q{period.Quarter}-{i + 1:000}" }, x.Entry))];
    }

    /// <summary>The words of a story's answers, one after another.</summary>
    private static string WordsOf(IEnumerable<StoryAnswer> answers) => string.Join('\u001F', answers.Select(a => a.Text));

    /// <summary>A story as the consent allows others to see it: a named story carries name, unit and member type, an anonymous one none of them.</summary>
    private Story StoryOf(Entry entry, Period period, ToldStory told, StoryConsent consent, bool own = false)
    {
        var identified = own || consent == StoryConsent.Named;
        return new Story(period, _names.Communities.Display(entry.Community), consent, told.Answers, FrameworkIndex.CyclesIn(entry.StoryCycles), told.Claims)
        {
            MemberName = identified ? told.MemberName : null,
            AtItsBest = told.AtItsBest,
            Unit = identified && entry.Unit != GroupNameTable.NotGiven ? _names.Units.Display(entry.Unit) : null,
            MemberType = identified && entry.Type != GroupNameTable.NotGiven ? _names.Types.Display(entry.Type) : null,
        };
    }

    /// <summary>Claims of the given stories added up per unit: the organisation first (no community), then per community.</summary>
    /// <summary>
    /// The claims of the period's shared stories, and the new claims of follow-ups made in the period (<paramref name="followedUp"/>,
    /// of earlier stories), added up per unit: for the organisation and for each community.
    /// </summary>
    private IReadOnlyList<ClaimTotal> Totals(IReadOnlyList<(Story Story, Entry Entry)> stories, bool withOrganisation, IEnumerable<RealisedStory> followedUp)
    {
        var claims = stories.SelectMany(s => s.Story.Claims.Select(c => (s.Entry.Community, s.Story, Claim: c)))
            .Concat(followedUp.SelectMany(r => r.NewClaims.Select(c => (Community: r.CommunityId, r.Story, Claim: c))))
            .Where(x => x.Claim.CountsInTotal)
            .ToList();
        var totals = new List<ClaimTotal>();
        IEnumerable<ClaimTotal> Sum(string? community, IEnumerable<(int Community, Story Story, Claim Claim)> group) => group
            .GroupBy(x => x.Claim.Unit, StringComparer.Ordinal)
            .OrderBy(g => g.Key, ClaimUnits.Order)
            .Select(g => new ClaimTotal(community, g.Key, g.Sum(x => x.Claim.Amount!.Value), g.Count(), g.Select(x => x.Story).Distinct().Count()));
        if (withOrganisation) totals.AddRange(Sum(null, claims));
        foreach (var community in claims.GroupBy(x => x.Community).OrderBy(g => g.Key, Comparer<int>.Create(_names.Communities.Compare)))
            totals.AddRange(Sum(_names.Communities.Display(community.Key), community));
        return totals;
    }
}

/// <summary>The order claim units are listed in: time, effort, money, percentages; a rate after its unit.</summary>
internal static class ClaimUnits
{
    private static readonly string[] Known = ["minutes", "hours", "days", "weeks", "months", "FTE"];
    private static readonly string[] Rates = ["", "day", "week", "month", "quarter", "year"];

    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
    {
        var (baseA, rateA) = Split(a);
        var (baseB, rateB) = Split(b);
        var byRank = Rank(baseA).CompareTo(Rank(baseB));
        if (byRank != 0) return byRank;
        var byBase = string.CompareOrdinal(baseA, baseB);
        return byBase != 0 ? byBase : Array.IndexOf(Rates, rateA).CompareTo(Array.IndexOf(Rates, rateB));
    });

    private static (string Base, string Rate) Split(string unit)
    {
        var at = unit.IndexOf(" per ", StringComparison.Ordinal);
        return at < 0 ? (unit, "") : (unit[..at], unit[(at + 5)..]);
    }

    private static int Rank(string unit) =>
        Array.IndexOf(Known, unit) is >= 0 and var i ? i : unit == ClaimReader.Percent ? Known.Length + 2 : Known.Length + 1;
}
