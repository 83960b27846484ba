using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>The value matrix's quadrants and the indicators of one group, optionally beside a benchmark group.</summary>
internal static class ValueTables
{
    public const string Mean = "Mean";
    public const string Margin = "Margin";
    public const string ChangeReading = "Change reading";
    public const string Overlaps = "Overlaps";
    public const string TopTwoBox = "Top-2-box share";
    public const string BenchmarkMean = "Organisation mean";
    public const string BenchmarkTopTwoBox = "Organisation top-2-box share";
    public const string Difference = "Difference from organisation";
    public const string Quadrant = "Quadrant";
    public const string Horizon = "Horizon";
    public const string Signal = "Signal";
    public const string Strength = "strength";
    public const string Opportunity = "opportunity";

    private static IEnumerable<ReportColumn> StatisticsColumns() =>
    [
        new("n", Format.Count), new("n/a", Format.Count), new(Mean, Format.Mean), new(Margin, Format.Margin), new("Median", Format.Mean),
        new("Standard deviation", Format.Mean), new(TopTwoBox, Format.Share),
        new("Rated 1", Format.Count), new("Rated 2", Format.Count), new("Rated 3", Format.Count), new("Rated 4", Format.Count), new("Rated 5", Format.Count),
        new("Change in mean", Format.Change), new("Change in top-2-box share", Format.ShareChange), new(GroupTables.TrendAgainst) { MaxWidth = 30 },
        new(ChangeReading) { MaxWidth = 44 },
    ];

    private static IEnumerable<object?> StatisticsCells(Statistics s, Figure<Change> trend)
    {
        var change = trend.TryGetValue(out var c) ? c : null;
        return
        [
            s.N, s.NotApplicable, s.Mean, s.Margin, s.Median, s.StandardDeviation, s.TopTwoBoxShare,
            .. s.Distribution.Select(d => (object?)d),
            change?.Mean, change?.TopTwoBoxShare, Labels.TrendAgainst(trend), Labels.ChangeReading(trend),
        ];
    }

    /// <summary>No statistics: a withheld group beside its benchmark (the difference stays blank).</summary>
    private static readonly Statistics Empty = new(0, 0, null, null, null, null, [0, 0, 0, 0, 0]);

    private static IEnumerable<ReportColumn> BenchmarkColumns() =>
        [new(BenchmarkMean, Format.Mean), new(BenchmarkTopTwoBox, Format.Share), new(Difference, Format.Change)];

    private static IEnumerable<object?> BenchmarkCells(Statistics own, Statistics? benchmark) =>
        [benchmark?.Mean, benchmark?.TopTwoBoxShare, own.Mean - benchmark?.Mean];

    /// <summary>The four quadrants in the matrix's reading order (members short, members long, organisation short, organisation long).</summary>
    public static TableBlock Quadrants(string name, GroupProfile group, GroupProfile? benchmark = null)
    {
        List<ReportColumn> columns = [new(Quadrant) { MaxWidth = 36 }, new("Value to"), new(Horizon), .. StatisticsColumns()];
        // Quadrants sit under the indicators on one sheet: their statistics line up column for column.
        if (benchmark is not null) columns.AddRange(BenchmarkColumns());
        columns.Add(new(Labels.Note) { MaxWidth = 40 });
        var table = new TableBlock(name, columns);
        var other = benchmark?.Profile.TryGetValue(out var b) == true ? b : null;
        foreach (var quadrant in Framework.Quadrant.All)
        {
            List<object?> cells = [quadrant.Title, Labels.ValueTo(quadrant.Beneficiary), Labels.Horizon(quadrant.Horizon)];
            if (group.Profile.TryGetValue(out var profile))
            {
                var q = profile.Quadrant(quadrant);
                cells.AddRange(StatisticsCells(q.Statistics, q.Trend));
                if (benchmark is not null) cells.AddRange(BenchmarkCells(q.Statistics, other?.Quadrant(quadrant).Statistics));
                cells.Add(benchmark is not null && other is null ? $"organisation: {benchmark.Profile.Text(_ => "")}" : null);
                table.Add([.. cells]);
            }
            else
            {
                cells.AddRange(Enumerable.Repeat<object?>(null, StatisticsColumns().Count()));
                if (benchmark is not null) cells.AddRange(BenchmarkCells(Empty, other?.Quadrant(quadrant).Statistics));
                cells.Add(group.Profile.Text(_ => ""));
                table.Add(RowLook.Withheld, [.. cells]);
            }
        }
        table.Bars(1, 5, Mean);
        table.Bars(0, 1, TopTwoBox);
        return table;
    }

    /// <summary>The indicators ranked from strongest to weakest (<see cref="ValueProfile.Ranked"/>); the framework's order when withheld.</summary>
    public static TableBlock Indicators(string name, GroupProfile group, GroupProfile? benchmark = null)
    {
        List<ReportColumn> columns =
        [
            new("Indicator") { MaxWidth = 36 }, new(Quadrant) { MaxWidth = 36 }, new("Value cycle"),
            .. StatisticsColumns(), new("Rank", Format.Count), new(Signal), new(Overlaps) { MaxWidth = 40 },
        ];
        if (benchmark is not null) columns.AddRange(BenchmarkColumns());
        columns.Add(new("Indicator id"));
        columns.Add(new(Labels.Note) { MaxWidth = 40 });
        var table = new TableBlock(name, columns);
        var other = benchmark?.Profile.TryGetValue(out var b) == true ? b : null;
        if (group.Profile.TryGetValue(out var profile))
        {
            var ranked = profile.Ranked;
            var (strengths, opportunities) = Signals(ranked);
            for (var i = 0; i < ranked.Count; i++)
            {
                var s = ranked[i];
                var rated = s.Statistics.Mean is not null;
                List<object?> cells =
                [
                    GroupTables.Capitalised(s.Indicator.Name), s.Indicator.Quadrant.Title, s.Indicator.Cycle.Title(),
                    .. StatisticsCells(s.Statistics, s.Trend),
                    rated ? i + 1 : null,
                    i < strengths ? Strength : i >= ranked.Count - opportunities - Unrated(ranked) && rated ? Opportunity : null,
                    Overlap(ranked, i),
                ];
                if (benchmark is not null) cells.AddRange(BenchmarkCells(s.Statistics, other?.Find(s.Indicator.Id)?.Statistics));
                cells.Add(s.Indicator.Id);
                cells.Add(OwnIndicatorNote(s.Indicator) ?? (rated ? null : "nobody rated this indicator"));
                table.Add([.. cells]);
            }
        }
        else
        {
            foreach (var indicator in ValueFramework.Indicators.Where(i => i.IsAskedIn(group.Group.Community, int.MaxValue)))
            {
                List<object?> cells = [GroupTables.Capitalised(indicator.Name), indicator.Quadrant.Title, indicator.Cycle.Title()];
                cells.AddRange(Enumerable.Repeat<object?>(null, StatisticsColumns().Count() + 3));
                if (benchmark is not null) cells.AddRange(BenchmarkCells(Empty, other?.Find(indicator.Id)?.Statistics));
                cells.Add(indicator.Id);
                cells.Add(group.Profile.Text(_ => ""));
                table.Add(RowLook.Withheld, [.. cells]);
            }
        }
        table.Bars(1, 5, Mean);
        table.Bars(0, 1, TopTwoBox);
        return table;
    }

    /// <summary>Says that a community's own indicator stands apart: not in the quadrant scores, nor compared with the organisation.</summary>
    private static string? OwnIndicatorNote(ValueIndicator indicator) => indicator.Communities.Count == 0 ? null
        : $"{string.Join(", ", indicator.Communities)}'s own indicator: not part of the quadrant scores or the organisation's figures";

    private static int Unrated(IReadOnlyList<IndicatorStatistics> ranked) => ranked.Count(s => s.Statistics.Mean is null);

    /// <summary>How many indicators at the top are strengths and at the bottom (of those rated) opportunities: five each, never overlapping.</summary>
    public static (int Strengths, int Opportunities) Signals(IReadOnlyList<IndicatorStatistics> ranked)
    {
        var rated = ranked.Count - Unrated(ranked);
        var strengths = Math.Min(5, rated / 2);
        return (strengths, Math.Min(5, rated - strengths));
    }

    /// <summary>
    /// Where a strength's (or opportunity's) 95% interval overlaps that of the nearest indicator on the other side of the
    /// cut, its place among the five is not sure: this names that indicator. Null when clear, or for the indicators between.
    /// </summary>
    public static string? Overlap(IReadOnlyList<IndicatorStatistics> ranked, int i)
    {
        var (strengths, opportunities) = Signals(ranked);
        var rated = ranked.Count - Unrated(ranked);
        var firstOpportunity = rated - opportunities;
        // The first indicator that is no strength; the last that is no opportunity.
        int? across = i < strengths ? strengths : i >= firstOpportunity && i < rated ? firstOpportunity - 1 : null;
        if (across is not { } j || j < 0 || j >= rated) return null;
        var (own, other) = (ranked[i].Statistics, ranked[j].Statistics);
        if (own.Margin is not { } m || other.Margin is not { } o) return "no interval: fewer than 2 ratings";
        var apart = Math.Abs(own.Mean!.Value - other.Mean!.Value) > m + o;
        return apart ? null : $"overlaps {GroupTables.Capitalised(ranked[j].Indicator.Name)} (rank {j + 1})";
    }

    /// <summary>The top (strengths) or bottom (opportunities) five, for the summary.</summary>
    public static TableBlock Highlights(string name, GroupProfile group, bool strengths)
    {
        var table = new TableBlock(name,
        [
            new("Indicator") { MaxWidth = 34 }, new(Quadrant) { MaxWidth = 15 }, new(Mean, Format.Mean), new(Margin, Format.Margin), new(TopTwoBox, Format.Share),
            new("n", Format.Count), new("Change in mean", Format.Change), new("Rank", Format.Count), new(Overlaps) { MaxWidth = 34 },
        ]);
        if (!group.Profile.TryGetValue(out var profile)) return table;
        var ranked = profile.Ranked;
        var (top, bottom) = Signals(ranked);
        var rated = ranked.Count - Unrated(ranked);
        var picked = strengths ? Enumerable.Range(0, top) : Enumerable.Range(rated - bottom, bottom).Reverse();
        foreach (var i in picked)
        {
            var s = ranked[i];
            table.Add(GroupTables.Capitalised(s.Indicator.Name), Labels.Column(s.Indicator.Quadrant), s.Statistics.Mean, s.Statistics.Margin, s.Statistics.TopTwoBoxShare, s.Statistics.N,
                s.Trend.TryGetValue(out var change) ? change.Mean : null, i + 1, Overlap(ranked, i));
        }
        table.Scores(Mean);
        return table;
    }
}
