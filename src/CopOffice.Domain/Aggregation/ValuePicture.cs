using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// The value picture of an organisation across periods, from which the three audiences' views are cut:
/// <see cref="Organisation"/> for sponsors, <see cref="Community"/> for coordinators, <see cref="Member"/>
/// for one member. Shared views of a period all come from that period's one disclosure, decided once.
/// </summary>
public sealed partial class ValuePicture
{
    private readonly GroupNames _names;
    private readonly RosterIndex _roster;
    private readonly SortedDictionary<Period, PeriodDisclosure> _disclosures;
    private readonly Dictionary<Period, List<Entry>> _entries;
    private readonly Dictionary<string, List<(Period Period, Entry Entry)>> _members;
    private readonly Dictionary<int, ToldStory> _told;
    private readonly IReadOnlyList<Response> _responses;
    private readonly List<CoordinatorEntry> _checks;
    private readonly List<CoordinatorEntry> _analyses;
    private readonly StoryFlows _flows;
    private readonly Dictionary<(int Community, Period Period, int Step), ValueBandTexts> _byValue;
    private readonly IReadOnlyList<MethodNote> _method;
    // Views may be asked for from several threads at once (the service, a run writing reports in parallel):
    // what they share is worked out here, before any is asked for, and never changed after.
    private readonly Dictionary<Period, ILookup<int, Entry>> _byCommunity;
    private readonly Dictionary<Period, IReadOnlyList<(Story Story, Entry Entry)>> _shared;
    private readonly Dictionary<Period, Dictionary<int, Story>> _sharedByEntry;
    private readonly Dictionary<(int Community, Period Period), (Figure<Conditions> Figure, ConditionCounts Counts)> _conditions;

    internal ValuePicture(PrivacyOptions privacy, GroupNames names, RosterIndex roster, SortedDictionary<Period, PeriodDisclosure> disclosures,
        Dictionary<Period, List<Entry>> entries, List<CoordinatorEntry> checks, List<CoordinatorEntry> analyses,
        IReadOnlyList<Response> responses, WordsRead words)
    {
        _responses = responses;
        _told = words.Told;
        _members = words.Members;
        _flows = words.Flows;
        _byValue = words.ByValue;
        Privacy = privacy;
        _names = names;
        _roster = roster;
        _disclosures = disclosures;
        _entries = entries;
        _checks = checks;
        _analyses = analyses;
        _method = AggregationMethod.Notes(privacy);
        Periods = [.. disclosures.Keys.Concat(checks.Select(c => c.Response.Period)).Concat(analyses.Select(a => a.Response.Period)).Distinct().Order()];
        Communities = [.. names.Communities.Ordered(CommunityIdsUpTo(null)).Select(names.Communities.Display)];
        _byCommunity = entries.ToDictionary(e => e.Key, e => e.Value.ToLookup(x => x.Community));
        _shared = entries.Keys.ToDictionary(p => p, NumberSharedStories);
        _sharedByEntry = _shared.ToDictionary(s => s.Key, s => s.Value.ToDictionary(x => x.Entry.Index, x => x.Story));
        _conditions = words.Conditions.ToDictionary(c => c.Key, c => ShownConditions(c.Key.Community, c.Key.Period, c.Value));
    }

    public PrivacyOptions Privacy { get; }

    /// <summary>Every period with an accepted response of any kind, oldest first.</summary>
    public IReadOnlyList<Period> Periods { get; }

    public Period? LatestPeriod => Periods.Count == 0 ? null : Periods[^1];

    /// <summary>Every community, as the organisation spells it, in shown order.</summary>
    public IReadOnlyList<string> Communities { get; }

    /// <summary>The emails of members with a value survey: one personal view each.</summary>
    public IReadOnlyList<string> Members => [.. _members.Keys.Select(e => e.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];

    private void Require(Period period)
    {
        if (!Periods.Contains(period))
            throw new KeyNotFoundException(Periods.Count == 0
                ? $"No accepted response covers {period}: there are no accepted responses at all."
                : $"No accepted response covers {period}. Periods with responses: {string.Join(", ", Periods)}.");
    }

    private int RequireCommunity(string community)
    {
        if (_names.Communities.TryFind(community, out var id) && CommunityIdsUpTo(null).Contains(id)) return id;
        throw new KeyNotFoundException($"\"{community}\" is not a community of these responses or the roster. Communities: {string.Join(", ", Communities)}.");
    }

    private PeriodDisclosure DisclosureOf(Period period)
    {
        if (_disclosures.TryGetValue(period, out var disclosure)) return disclosure;
        // A period without value surveys (health checks only, or none): an empty disclosure, cheap to make again.
        disclosure = PeriodDisclosure.Build(new PeriodTally(period), _names, _roster);
        Suppression.Apply(disclosure, Privacy);
        return disclosure;
    }

    /// <summary>The organisation's previous survey period: the latest earlier period with value surveys (see <see cref="AggregationMethod.Trend"/>).</summary>
    private Period? Previous(Period period) => _disclosures.Keys.Where(p => p.CompareTo(period) < 0).Select(p => (Period?)p).LastOrDefault();

    private IEnumerable<PeriodDisclosure> DisclosuresUpTo(Period period) => _disclosures.Where(r => r.Key.CompareTo(period) <= 0).Select(r => r.Value);

    private IEnumerable<int> CommunityIdsUpTo(Period? period) =>
        _disclosures.Where(r => period is null || r.Key.CompareTo(period.Value) <= 0).SelectMany(r => r.Value.Communities.Select(c => c.Community))
            .Concat(_checks.Concat(_analyses).Where(e => period is null || e.Response.Period.CompareTo(period.Value) <= 0).Select(e => e.Community))
            .Concat(_roster.Communities)
            .Where(id => id != GroupNameTable.NotGiven);

    private Group GroupOf(Period period, GroupKind kind, int c = -1, int t = -1, int u = -1) => new(kind, period)
    {
        Community = c >= 0 ? _names.Communities.Display(c) : null,
        MemberType = t >= 0 ? _names.Types.Display(t) : null,
        Unit = u >= 0 ? _names.Units.Display(u) : null,
    };

    /// <summary>A group's row: its figures with trends, or why they are not shown.</summary>
    private GroupProfile Profile(Period period, GroupKind kind, int c = -1, int t = -1, int u = -1)
    {
        var group = GroupOf(period, kind, c, t, u);
        var cell = DisclosureOf(period).Find(kind, c, t, u);
        if (Withheld<ValueProfile>(cell) is { } withheld) return new(group, withheld);
        var previous = Previous(period) is { } p ? _disclosures[p] : null;
        return new(group, new Shown<ValueProfile>(ProfileOf(cell!, previous, previous?.Find(kind, c, t, u), group.Community)));
    }

    /// <summary>Whether anyone in the tally rated indicator <paramref name="i"/> at all (n/a included): whether it was asked.</summary>
    private static bool WasAsked(Tally tally, int i)
    {
        foreach (var count in tally.RatingsOf(i))
            if (count > 0) return true;
        return false;
    }

    /// <summary>Why a cell's figures are not shown, or null when they are: an absent or empty group reads like any group under k.</summary>
    private Suppressed<T>? Withheld<T>(DisclosedGroup? cell) =>
        cell is null || cell.IsEmpty ? Reasons.Suppress<T>(SuppressionCause.TooFewRespondents, Privacy)
        : cell.Hidden ? Reasons.Suppress<T>(cell.Cause, Privacy)
        : null;

    /// <param name="community">The group's community: its own indicators join the profile (a community's, or its members'); no one else's do.</param>
    private ValueProfile ProfileOf(DisclosedGroup cell, PeriodDisclosure? previousRelease, DisclosedGroup? previous, string? community)
    {
        var tally = cell.Tally;
        var before = previousRelease is null ? null : Withheld<Change>(previous);
        Figure<Change> Trend(Statistics now, Func<Statistics> then)
        {
            if (previousRelease is null) return new Missing<Change>("no earlier period");
            if (before is not null) return new Suppressed<Change>($"{previousRelease.Period}: {before.Reason}", before.Cause);
            var earlier = then();
            return new Shown<Change>(new Change(previousRelease.Period,
                now.Mean - earlier.Mean, now.TopTwoBoxShare - earlier.TopTwoBoxShare, TrendJudgement.Of(earlier, now, $"in {previousRelease.Period}")));
        }

        // Compared only with what the earlier period asked: an indicator nobody was asked then has no trend.
        Figure<Change> IndicatorTrend(ValueIndicator indicator, Statistics now, int i)
        {
            var trend = Trend(now, () => Statistics.OfRatings(previous!.Tally.RatingsOf(i)));
            return trend is Shown<Change> && WasAsked(previous!.Tally, i) is false
                ? new Missing<Change>(indicator.Since > 1 ? $"new: not asked in {previousRelease!.Period}" : $"nobody rated it in {previousRelease!.Period}")
                : trend;
        }
        var indicators = FrameworkIndex.Indicators
            .Select((indicator, i) => (indicator, i))
            .Where(x => x.indicator.Communities.Count == 0 || (community is not null && x.indicator.Communities.Contains(community, StringComparer.OrdinalIgnoreCase)))
            .Select(x =>
            {
                var statistics = Statistics.OfRatings(tally.RatingsOf(x.i));
                return new IndicatorStatistics(x.indicator, statistics, IndicatorTrend(x.indicator, statistics, x.i));
            }).ToList();
        var quadrants = FrameworkIndex.Quadrants.Select((quadrant, q) =>
        {
            var statistics = Statistics.OfScores(CompositeScale.Quadrant, tally.ScoresOf(q), tally.NoScore[q]);
            var trend = Trend(statistics, () => Statistics.OfScores(CompositeScale.Quadrant, previous!.Tally.ScoresOf(q), previous.Tally.NoScore[q]));
            // A score is the mean of the quadrant's indicators: with one added (or no longer rated) since, the two are not alike.
            if (trend is Shown<Change> && Enumerable.Range(0, FrameworkIndex.Indicators.Count)
                    .Any(i => FrameworkIndex.QuadrantOfIndicator[i] == q && WasAsked(tally, i) != WasAsked(previous!.Tally, i)))
                trend = new Missing<Change>($"its indicators differ from {previousRelease!.Period}'s: see each indicator's trend");
            return new QuadrantStatistics(quadrant, statistics, trend);
        }).ToList();
        var cycles = FrameworkIndex.Cycles.Select(cycle =>
        {
            Span<int> pooled = stackalloc int[Tally.RatingBins];
            for (var i = 0; i < FrameworkIndex.Indicators.Count; i++)
            {
                if (FrameworkIndex.CycleOfIndicator[i] != (int)cycle) continue;
                var bins = tally.RatingsOf(i);
                for (var b = 0; b < Tally.RatingBins; b++) pooled[b] += bins[b];
            }
            var statistics = Statistics.OfRatings(pooled);
            return new CycleEvidence(cycle, statistics.N, statistics.Mean, statistics.TopTwoBoxShare, tally.StoriesReaching[(int)cycle]);
        }).ToList();
        return new ValueProfile(cell.People, indicators, quadrants, cycles, tally.Stories);
    }

    private ResponseRate Rate(Period period, GroupKind kind, int c = -1, int t = -1, int u = -1)
    {
        var group = GroupOf(period, kind, c, t, u);
        var members = _roster.Members(kind, c, t, u) ?? 0;
        if (members == 0) return new(group, 0, new Missing<Participation>("not on the roster"));
        var cell = DisclosureOf(period).Find(kind, c, t, u);
        if (Withheld<Participation>(cell) is { } withheld) return new(group, members, withheld);
        return new(group, members, new Shown<Participation>(new Participation(cell!.OnRoster, (double)cell.OnRoster / members)));
    }

    private static ValueCreationMatrix Matrix(GroupProfile profile, IReadOnlyList<Story> stories)
    {
        var columns = FrameworkIndex.Cycles.Select(cycle => new CycleColumn(cycle,
            [.. ValueFramework.OrganisationIndicators.Where(i => i.Cycle == cycle)],
            profile.Profile.Map(p => p.Cycle(cycle)),
            [.. stories.Where(s => s.Cycles.Contains(cycle)).Select(s => s.Id!)])).ToList();
        var links = new List<CycleLink>();
        foreach (var from in FrameworkIndex.Cycles)
            foreach (var to in FrameworkIndex.Cycles.Where(c => c > from))
            {
                var linking = stories.Where(s => s.Cycles.Contains(from) && s.Cycles.Contains(to)).Select(s => s.Id!).ToList();
                if (linking.Count > 0) links.Add(new CycleLink(from, to, linking));
            }
        return new ValueCreationMatrix(profile.Group, columns, links);
    }

    /// <summary>A survey's response: for the words a view shows (stories, names, enablers and challenges).</summary>
    private Response ResponseOf(Entry entry) => _responses[entry.Index];



    private static IReadOnlyList<OwnScore> OwnScores(Response response) =>
    [
        .. FrameworkIndex.Quadrants.Select(quadrant =>
        {
            var values = ValueFramework.IndicatorsIn(quadrant)
                .Select(i => response.Ratings.TryGetValue(Questionnaires.AnswerNames.Indicator(i.Id), out var r) ? r.Value : null)
                .OfType<int>().ToList();
            return new OwnScore(quadrant, values.Count == 0 ? null : values.Average(), values.Count);
        }),
    ];
}
