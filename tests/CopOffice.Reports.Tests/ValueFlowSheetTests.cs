using CopOffice.Aggregation;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>The Value flow sheet: the view's cohorts, written as numbers, with the chart over them and the realised stories quoted.</summary>
public class ValueFlowSheetTests
{
    private static readonly Lazy<(ValuePicture Picture, WrittenWorkbook Book)> Data = new(() =>
    {
        // Data's fifth member told a story of potential value in Q3, and in Q4 said it was realised.
        var responses = Sample.All().Select(r => r.MemberEmail != "data5@contoso.example" ? r
            : r.Period == Sample.Q3
                ? r with { Consent = Consent.Named, MemberName = "Eve Data", Texts = new Dictionary<string, string> { [AnswerNames.Story("insights")] = "=1+1 how the platform team tests." } }
                : r with
                {
                    Texts = new Dictionary<string, string>
                    {
                        [AnswerNames.FollowUp(1, "story")] = StoryKeys.Of("data5@contoso.example", "Data", Sample.Q3),
                        [AnswerNames.FollowUp(1, "outcome")] = FollowUp.Realised,
                        [AnswerNames.FollowUp(1, "difference")] = "-Releases stopped breaking.",
                        [AnswerNames.FollowUp(1, "claim")] = "saves 6 hours a month",
                    },
                }).ToList();
        var picture = ValueAggregation.Build(responses, Sample.RosterOf(), PrivacyOptions.Create(5));
        var book = WrittenWorkbook.Write(s => CommunityReport.Write(picture.Community("Data", Sample.Q4), Sample.Ledger(), Sample.Context, s));
        return (picture, book);
    });

    [Fact]
    public void The_cohorts_are_the_views_figures_with_a_chart_over_them()
    {
        var (picture, book) = Data.Value;
        var rows = book.Rows("ValueFlow");

        Assert.Equal(["2026-Q3"], rows.Select(r => r["Told in"]));        // Q4's stories reached realised value or no promise at all
        Assert.Equal((1.0, 1.0, 1.0, 0.0, 1.0, 1.0), ((double)rows[0]["Aspirations"]!, (double)rows[0]["Applied later"]!, (double)rows[0]["Realised later"]!,
            (double)rows[0]["Dropped or stuck"]!, (double)rows[0]["Share realised"]!, (double)rows[0]["Periods to realise"]!));
        var counts = ((Shown<FlowCounts>)picture.Community("Data", Sample.Q4).Flow.Cohorts[0].Counts).Value;
        Assert.Equal(counts.Aspirations, (int)(double)rows[0]["Aspirations"]!);
        Assert.Contains(book.Charts, c => c.Sheet == "Value flow" && c.Title == "From promise to realised value: Data");
    }

    [Fact]
    public void A_follow_ups_figure_is_listed_with_the_claims_and_counted_in_the_total()
    {
        var book = Data.Value.Book;

        var claim = Assert.Single(book.Rows("Claims"), r => (string?)r["Made in"] == "its follow-up of 2026-Q4");
        Assert.Equal(("hours per month", 6.0, "yes", "6 hours a month"), ((string)claim["Unit"]!, (double)claim["Amount"]!, (string)claim["Counted in total"]!, (string)claim["Stated"]!));
        var hours = book.Rows("ClaimTotals").Single(r => (string)r["Unit"]! == "hours per month");
        Assert.Equal(book.Rows("Claims").Where(r => (string)r["Unit"]! == "hours per month" && (string)r["Counted in total"]! == "yes").Sum(r => (double)r["Amount"]!), (double)hours["Total"]!);
    }

    [Fact]
    public void The_teller_sees_in_their_own_workbook_what_came_of_their_story()
    {
        var book = WrittenWorkbook.Write(s => PersonalWorkbook.Write(Data.Value.Picture.Member("data5@contoso.example"), Sample.Context, s));

        var row = Assert.Single(book.Rows("MyFollowUps"));
        Assert.Equal(("2026-Q3", "Data", "realised in 2026-Q4", "2026-Q4", "realised", "-Releases stopped breaking.", "saves 6 hours a month"),
            ((string)row["Told in"]!, (string)row["Community"]!, (string)row["Status"]!, (string)row["Followed up in"]!, (string)row["Outcome"]!,
                (string)row["The difference it made"]!, (string)row["Figure"]!));
    }

    [Fact]
    public void A_realised_story_is_quoted_as_its_teller_agreed_and_text_stays_text()
    {
        var story = Assert.Single(Data.Value.Book.Rows("RealisedStories"));

        Assert.Equal(("2026-Q3", "2026-Q4", "Eve Data", "=1+1 how the platform team tests.", "-Releases stopped breaking.", "saves 6 hours a month"),
            ((string)story["Told in"]!, (string)story["Realised in"]!, (string)story["Member"]!, (string)story["What they told"]!, (string)story["The difference it made"]!, (string)story["Figure"]!));
    }
}
