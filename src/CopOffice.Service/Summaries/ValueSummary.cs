using System.Globalization;
using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Service.Summaries;

/// <summary>One quadrant or indicator of a summary: its figures when the group is large enough, else why not.</summary>
public sealed record SummaryFigure(string Id, string Name, string? Quadrant, double? Mean, double? Median, double? TopTwoBoxShare, int? Rated, int? NotApplicable, double? Trend, double? OrganisationMean);

/// <summary>
/// A group's value figures for one period as the add-in shows them, with privacy applied by the aggregation:
/// a group under the minimum size has <see cref="Shown"/> false, its <see cref="Reason"/>, and no figures.
/// <see cref="Rows"/> is the same summary laid out for a worksheet (text and numbers only).
/// </summary>
public sealed record ValueSummary(string Group, string Period, string? ComparedWith, int MinimumGroupSize, bool Shown, string? Reason, int? Respondents,
    IReadOnlyList<SummaryFigure> Quadrants, IReadOnlyList<SummaryFigure> Indicators, IReadOnlyList<IReadOnlyList<object>> Rows)
{
    public static ValueSummary Of(string title, GroupProfile group, GroupProfile organisation, string period, string? comparedWith, PrivacyOptions privacy)
    {
        var benchmark = organisation.Profile.TryGetValue(out var org) ? org : null;
        if (!group.Profile.TryGetValue(out var profile))
        {
            var reason = group.Profile.Text(_ => "");
            return new(group.Group.Name, period, comparedWith, privacy.MinGroupSize, false, reason, null, [], [],
                [[title], ["Group", group.Group.Name], ["Period", period], ["Figures", $"not shown: {reason}"]]);
        }
        var quadrants = profile.Quadrants.Select(q => new SummaryFigure(q.Quadrant.Id, q.Quadrant.Title, null, Round(q.Statistics.Mean), Round(q.Statistics.Median),
            Round(q.Statistics.TopTwoBoxShare), q.Statistics.N, q.Statistics.NotApplicable, Trend(q.Trend), Round(benchmark?.Quadrant(q.Quadrant).Statistics.Mean))).ToList();
        var indicators = profile.Indicators.Select(i => new SummaryFigure(i.Indicator.Id, Capitalised(i.Indicator.Name), i.Indicator.Quadrant.Id, Round(i.Statistics.Mean),
            Round(i.Statistics.Median), Round(i.Statistics.TopTwoBoxShare), i.Statistics.N, i.Statistics.NotApplicable, Trend(i.Trend),
            Round(benchmark?.Find(i.Indicator.Id)?.Statistics.Mean))).ToList();

        var trendHeader = comparedWith is null ? "Change" : $"Change since {comparedWith}";
        var rows = new List<IReadOnlyList<object>>
        {
            new object[] { title },
            new object[] { "Group", group.Group.Name },
            new object[] { "Period", period },
            new object[] { "Respondents", profile.Respondents },
            new object[] { "Figures shown for groups of at least", privacy.MinGroupSize },
            Array.Empty<object>(),
            new object[] { "Quadrant", "Mean (1-5)", "Median", "Top-2-box share", "Rated", "n/a", trendHeader, "Organisation mean" },
        };
        rows.AddRange(quadrants.Select(Row));
        rows.Add([]);
        rows.Add(["Indicator", "Mean (1-5)", "Median", "Top-2-box share", "Rated", "n/a", trendHeader, "Organisation mean"]);
        rows.AddRange(indicators.Select(Row));
        return new(group.Group.Name, period, comparedWith, privacy.MinGroupSize, true, null, profile.Respondents, quadrants, indicators, rows);
    }

    private static IReadOnlyList<object> Row(SummaryFigure f) =>
        [f.Name, Cell(f.Mean), Cell(f.Median), Cell(f.TopTwoBoxShare), f.Rated ?? 0, f.NotApplicable ?? 0, Cell(f.Trend), Cell(f.OrganisationMean)];

    /// <summary>A number, or an empty cell where there is none (nobody rated it, no earlier period).</summary>
    private static object Cell(double? value) => value is { } v ? v : "";

    private static double? Trend(Figure<Change> trend) => trend.TryGetValue(out var change) ? Round(change.Mean) : null;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
