using CopOffice.Aggregation;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>A withheld figure is never written as a number: Tiny's mean, 4/3, is in none of the workbooks.</summary>
public class PrivacyTests
{
    private static IEnumerable<(string Workbook, WrittenWorkbook Book)> EveryWorkbook() =>
    [
        ("organisation", Written.Organisation),
        .. Written.Picture.Communities.Select(c => ($"community {c}", Written.Community(c))),
        .. new[] { "tiny1@contoso.example", "tiny2@contoso.example", "tiny3@contoso.example", "field1@contoso.example", "data1@contoso.example" }
            .Select(m => ($"member {m}", Written.Member(m))),
    ];

    [Fact]
    public void The_hidden_communitys_mean_is_withheld_by_the_aggregation_and_no_shown_figure_has_its_value()
    {
        var view = Written.OrganisationView;
        var tiny = view.Communities.Single(c => c.Group.Name == "Tiny");
        Assert.Equal("fewer than 5 respondents", Assert.IsType<Suppressed<ValueProfile>>(tiny.Profile).Reason);
        var shown = new[] { view.Organisation }.Concat(view.Communities).Concat(view.Units).Concat(view.MemberTypes)
            .Where(g => g.Profile.IsShown).SelectMany(g => ((Shown<ValueProfile>)g.Profile).Value.Indicators.Select(i => i.Statistics.Mean)
                .Concat(((Shown<ValueProfile>)g.Profile).Value.Quadrants.Select(q => q.Statistics.Mean)));
        Assert.DoesNotContain(shown, m => m is { } v && Math.Abs(v - Sample.TinyMean) < 1e-9);
    }

    [Fact]
    public void No_cell_of_any_workbook_holds_the_withheld_mean()
    {
        foreach (var (workbook, book) in EveryWorkbook())
        {
            var leaks = book.AllCells().Where(c => c.Value is double d && (Math.Abs(d - Sample.TinyMean) < 1e-9 || Math.Abs(d - Sample.TinyMargin) < 1e-6)).ToList();
            Assert.True(leaks.Count == 0, $"{workbook}: {string.Join(", ", leaks.Select(l => $"{l.Sheet}!R{l.Row}C{l.Column}"))}");
            Assert.DoesNotContain(book.AllCells(), c => c.Value is string s && (s.Contains("1.3", StringComparison.Ordinal) && s.Contains("Tiny", StringComparison.Ordinal)));
            Assert.DoesNotContain(book.Charts.SelectMany(c => c.Series).SelectMany(s => s.CachedValues), v => v is { } d && Math.Abs(d - Sample.TinyMean) < 1e-9);
        }
    }

    [Fact]
    public void Every_withheld_row_of_every_table_is_blank_in_its_numbers_and_says_why()
    {
        foreach (var (workbook, book) in EveryWorkbook())
            foreach (var table in book.Tables.Where(t => t.Columns.Contains("Note")))
                foreach (var row in book.Rows(table.Name).Where(r => r["Note"] is string note && note.StartsWith("fewer than", StringComparison.Ordinal)))
                {
                    // The roster's count and the organisation's benchmark belong to other, shown figures.
                    var numbers = row.Where(kv => kv.Key is not ("On roster" or "Organisation mean" or "Organisation margin" or "Organisation top-2-box share") && kv.Value is double).Select(kv => kv.Key).ToList();
                    Assert.True(numbers.Count == 0, $"{workbook}, {table.Name}: a row withheld for \"{row["Note"]}\" shows {string.Join(", ", numbers)}");
                }
    }

    [Fact]
    public void An_organisation_below_the_minimum_group_size_shows_no_figure_at_all()
    {
        var picture = ValueAggregation.Build(Sample.All().Where(r => r.Community == "Tiny"), Roster.Empty, PrivacyOptions.Create(5));
        var book = WrittenWorkbook.Write(s => OrganisationReport.Write(picture.Organisation(Sample.Q4), Sample.Ledger(), Sample.Context, s));

        Assert.All(book.Rows("ValueMatrix"), r => Assert.Equal((null, "fewer than 5 respondents"), (r["Mean"], r["Note"])));
        Assert.Empty(book.Rows("Strengths"));
        Assert.All(book.Rows("HeatMap"), r => Assert.Null(r["Respondents"]));
        Assert.DoesNotContain(book.AllCells(), c => c.Value is double d && (Math.Abs(d - Sample.TinyMean) < 1e-9 || (c.Sheet is "Summary" or "Heat map" or "Indicators" or "Trend" or "Units")));
        Assert.Contains(book.AllCells(), c => c.Sheet == "Summary" &&
            (c.Value as string) == "No figures for 2026-Q4: fewer than 5 respondents. Groups below the minimum group size of 5 are never shown.");
    }
}
