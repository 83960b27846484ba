using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Reports.Tests;

/// <summary>The native charts exist, read the right table cells, and cache the aggregation's figures.</summary>
public class ChartTests
{
    /// <summary>The table and column a chart range reads, and which of its data rows (0-based).</summary>
    private static (string Table, string Column, int From, int Count) Resolve(WrittenWorkbook book, string formula)
    {
        var bang = formula.LastIndexOf('!');
        var sheet = formula[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
        var (first, last) = WrittenWorkbook.Range(formula[(bang + 1)..]);
        Assert.Equal(first.Column, last.Column);
        var table = book.Tables.Single(t => t.Sheet == sheet && t.FirstColumn <= first.Column && first.Column <= t.LastColumn && t.FirstRow < first.Row && last.Row <= t.LastRow);
        return (table.Name, table.Columns[first.Column - table.FirstColumn], first.Row - table.FirstRow - 1, last.Row - first.Row + 1);
    }

    [Fact]
    public void The_organisation_summary_charts_the_value_matrix_as_members_and_organisation_over_short_and_long_term()
    {
        var book = Written.Organisation;
        var organisation = ((Shown<ValueProfile>)Written.OrganisationView.Organisation.Profile).Value;
        var chart = book.Charts.Single(c => c.Sheet == "Summary");

        Assert.Equal("Value to members and to the organisation", chart.Title);
        Assert.Equal(["Value to members", "Value to the organisation"], chart.Series.Select(s => s.Name));
        Assert.Equal(("ValueMatrix", "Mean", 0, 2), Resolve(book, chart.Series[0].Values));
        Assert.Equal(("ValueMatrix", "Mean", 2, 2), Resolve(book, chart.Series[1].Values));
        Assert.Equal(("ValueMatrix", "Horizon", 0, 2), Resolve(book, chart.Series[0].Categories));
        Assert.Equal([organisation.Quadrant(Quadrant.MembersShortTerm).Statistics.Mean, organisation.Quadrant(Quadrant.MembersLongTerm).Statistics.Mean],
            chart.Series[0].CachedValues);
        Assert.Equal([organisation.Quadrant(Quadrant.OrganisationShortTerm).Statistics.Mean, organisation.Quadrant(Quadrant.OrganisationLongTerm).Statistics.Mean],
            chart.Series[1].CachedValues);
    }

    [Fact]
    public void The_trend_chart_draws_the_organisations_four_quadrants_over_its_periods()
    {
        var book = Written.Organisation;
        var chart = book.Charts.Single(c => c.Sheet == "Trend");
        var history = Written.OrganisationView.History.Where(h => h.Group.Kind == GroupKind.Organisation).ToList();

        Assert.Equal(Quadrant.All.Select(q => q.Title), chart.Series.Select(s => s.Name));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(("Trend", new[] { "Members short term", "Members long term", "Organisation short term", "Organisation long term" }[i], 0, 2),
                Resolve(book, chart.Series[i].Values));
            Assert.Equal(("Trend", "Period", 0, 2), Resolve(book, chart.Series[i].Categories));
            Assert.Equal(history.Select(h => ((Shown<ValueProfile>)h.Profile).Value.Quadrant(Quadrant.All[i]).Statistics.Mean), chart.Series[i].CachedValues);
        }
    }

    [Fact]
    public void The_community_chart_sets_the_community_beside_the_organisation()
    {
        var book = Written.Community("Data");
        var chart = book.Charts.Single(c => c.Sheet == "Summary");

        Assert.Equal(["Data", "Organisation"], chart.Series.Select(s => s.Name));
        Assert.Equal(("ValueMatrix", "Mean", 0, 4), Resolve(book, chart.Series[0].Values));
        Assert.Equal(("ValueMatrix", "Organisation mean", 0, 4), Resolve(book, chart.Series[1].Values));
        Assert.Equal(("ValueMatrix", "Quadrant", 0, 4), Resolve(book, chart.Series[0].Categories));
        Assert.Equal(book.Rows("ValueMatrix").Select(r => (double?)r["Mean"]), chart.Series[0].CachedValues);
        Assert.Single(book.Charts, c => c.Sheet == "Trend");
    }

    [Fact]
    public void A_withheld_figure_is_a_gap_in_the_chart_not_a_zero()
    {
        var book = Written.Community("Tiny");
        var chart = book.Charts.Single(c => c.Sheet == "Summary");

        Assert.Equal([null, null, null, null], chart.Series[0].CachedValues);
        Assert.All(chart.Series[1].CachedValues, v => Assert.NotNull(v));
    }

    [Fact]
    public void The_personal_workbook_charts_the_member_against_community_and_organisation_and_over_time()
    {
        var book = Written.Member("data3@contoso.example");
        var mine = book.Charts.Single(c => c.Sheet == "My value");

        Assert.Equal(["You", "Data", "Organisation"], mine.Series.Select(s => s.Name));
        Assert.Equal(("MyQuadrants", "My score", 0, 4), Resolve(book, mine.Series[0].Values));
        Assert.Equal(("MyQuadrants", "Community mean", 0, 4), Resolve(book, mine.Series[1].Values));
        Assert.Equal(book.Rows("MyQuadrants").Select(r => (double?)r["My score"]), mine.Series[0].CachedValues);
        var trend = book.Charts.Single(c => c.Sheet == "History");
        Assert.Equal(("MyHistory", "Survey", 0, 2), Resolve(book, trend.Series[0].Categories));
    }
}
