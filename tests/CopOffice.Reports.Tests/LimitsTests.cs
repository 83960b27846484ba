using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>No sheet grows with every response: stories and findings are capped, and the sheets say so.</summary>
public class LimitsTests
{
    private static Story StoryOf(string community, int i) =>
        new(new Period(2026, 4), community, StoryConsent.Anonymous, [new StoryAnswer(ValueFramework.StoryQuestions[0], $"{community} {i}")], [ValueCycle.Immediate], []) { Id = $"{community}-{i}" };

    [Fact]
    public void Beyond_the_cap_stories_are_taken_in_turn_from_each_community_in_the_views_order()
    {
        List<Story> stories = [.. Enumerable.Range(1, 6).Select(i => StoryOf("A", i)), .. Enumerable.Range(1, 2).Select(i => StoryOf("B", i)), .. Enumerable.Range(1, 3).Select(i => StoryOf("C", i))];

        Assert.Equal(["A-1", "A-2", "A-3", "B-1", "B-2", "C-1", "C-2"], StoryTables.Pick(stories, 7).Select(s => s.Id));
        Assert.Same(stories, StoryTables.Pick(stories, 11));
    }

    [Fact]
    public void The_data_quality_sheet_lists_at_most_two_thousand_findings_and_points_to_the_ledger()
    {
        var results = Enumerable.Range(1, 2_100).Select(i =>
        {
            var source = new Source($"flawed/{i:0000}.xlsx");
            return new IntakeResult(source, TemplateKind.ValueSurvey, null, [Finding.Error("The period is missing.", source.Location)]);
        }).Concat(Sample.All().Select(r => new IntakeResult(r.Source, r.Kind, r, [])));
        var book = WrittenWorkbook.Write(s => OrganisationReport.Write(Written.OrganisationView, Ledger.Build(results), Sample.Context, s));

        var findings = book.Rows("IntakeFindings");
        Assert.Equal(DataQualityTables.MaxFindings, findings.Count);
        Assert.Equal("flawed/2000.xlsx", findings[^1]["Source"]);
        Assert.Contains(book.AllCells(), c => c.Sheet == "Data quality" &&
            (c.Value as string) == "The first 2,000 of 2,100 findings of rejected and superseded inputs, in intake order; ledger.xlsx has them all.");
        Assert.Equal(2_100.0, book.Rows("IntakeSummary")[0]["Rejected"]);
    }

    [Fact]
    public void Wrapped_text_takes_as_many_lines_as_its_words_need()
    {
        Assert.Equal(1, ReportSheet.Lines("short", 20));
        Assert.Equal(2, ReportSheet.Lines("one\ntwo", 20));
        Assert.Equal(3, ReportSheet.Lines(new string('x', 50), 20));      // 22 characters a line in a column 20 wide
        Assert.Equal(2, ReportSheet.Lines("aaaaaaaaaa bbbbbbbbbb cccccccccc", 20));
    }
}
