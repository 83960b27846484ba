using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Reports.Tests;

public class PersonalWorkbookTests
{
    [Fact]
    public void My_value_sets_the_members_own_scores_beside_the_shown_group_figures()
    {
        var view = Written.Picture.Member("data3@contoso.example");
        var latest = view.History[^1];
        var book = Written.Member("data3@contoso.example");

        var quadrants = book.Rows("MyQuadrants");
        Assert.Equal(4, quadrants.Count);
        var community = ((Shown<ValueProfile>)latest.CommunityProfile.Profile).Value;
        var organisation = ((Shown<ValueProfile>)latest.OrganisationProfile.Profile).Value;
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(latest.Quadrants[i].Score, quadrants[i]["My score"]);
            Assert.Equal((double)latest.Quadrants[i].Rated, quadrants[i]["Indicators rated"]);
            Assert.Equal(community.Quadrant(Quadrant.All[i]).Statistics.Mean, quadrants[i]["Community mean"]);
            Assert.Equal(organisation.Quadrant(Quadrant.All[i]).Statistics.Mean, quadrants[i]["Organisation mean"]);
        }
        var ratings = book.Rows("MyRatings");
        Assert.Equal(ValueFramework.Indicators.Count, ratings.Count);
        Assert.Equal(latest.Ratings.Select(r => (double?)r.Rating?.Value), ratings.Select(r => (double?)r["My rating"]));

        Assert.Equal(["2026-Q3", "2026-Q4"], book.Rows("MyHistory").Select(r => r["Survey"]));
        Assert.All(book.Rows("MyHistory"), r => Assert.Equal("Core member; Lurker (counted as Core member)", r["Member type"]));
        Assert.Equal(40, book.Rows("MyAnswers").Count);
        Assert.Empty(book.Rows("MyStories"));
    }

    [Fact]
    public void A_member_of_a_withheld_community_sees_their_own_answers_and_the_reason_not_the_communitys_figures()
    {
        var book = Written.Member("tiny1@contoso.example");

        var quadrants = book.Rows("MyQuadrants");
        Assert.All(quadrants, r => Assert.Equal(1.0, r["My score"]));
        Assert.All(quadrants, r => Assert.Null(r["Community mean"]));
        Assert.All(quadrants, r => Assert.Equal("community: fewer than 5 respondents", r["Note"]));
        Assert.All(quadrants, r => Assert.NotNull(r["Organisation mean"]));
        Assert.Equal(["2026-Q4"], book.Rows("MyHistory").Select(r => r["Survey"]));
        Assert.DoesNotContain(book.Charts, c => c.Sheet == "History");            // one survey: no line to draw
    }

    [Fact]
    public void The_members_story_is_shown_with_what_they_agreed_to_and_na_answers_say_so()
    {
        var book = Written.Member("data1@contoso.example");

        var stories = book.Rows("MyStories");
        Assert.Equal(["named"], stories.Select(r => r["Shared as"]).Distinct());
        Assert.Equal(Sample.FormulaLike.Values, stories.Where(r => (string?)r["Period"] == "2026-Q4").Select(r => r["Answer"]));
        var answers = book.Rows("MyAnswers").Where(r => (string?)r["Quadrant"] == "Organisation long term").ToList();
        Assert.All(answers, r => Assert.Equal(("n/a", null), ((string?)r["My answer"], r["My rating"])));
        Assert.Equal([("Time set aside", "Finding time"), ("Time set aside", "Finding time")],
            book.Rows("MyConditions").Select(r => ((string)r["Enablers"]!, (string)r["Challenges"]!)));
        Assert.Equal(("@admin Ada", "data1@contoso.example"),
            ((string?)book.Rows("ReportInfo").Single(r => (string?)r["Item"] == "Audience")["Value"] is { } a ? a[..^5] : null,
             (string?)book.Rows("ReportInfo").Single(r => (string?)r["Item"] == "Member")["Value"]));
    }

    [Fact]
    public void A_member_who_answered_for_two_communities_sees_both_and_the_chart_reads_the_first()
    {
        var extra = Sample.Survey("Field", Sample.Q4, "data5@contoso.example", "Operations", "Active member", _ => 5);
        var picture = ValueAggregation.Build([.. Sample.All(), extra], Sample.RosterOf(), PrivacyOptions.Create(5));
        var book = WrittenWorkbook.Write(s => PersonalWorkbook.Write(picture.Member("data5@contoso.example"), Sample.Context, s));

        var quadrants = book.Rows("MyQuadrants");
        Assert.Equal(["Data", "Data", "Data", "Data", "Field", "Field", "Field", "Field"], quadrants.Select(r => r["Community"]));
        Assert.All(quadrants.Skip(4), r => Assert.Equal(5.0, r["My score"]));
        Assert.Equal(40, book.Rows("MyRatings").Count);
        Assert.Equal(["2026-Q3 · Data", "2026-Q4 · Data", "2026-Q4 · Field"], book.Rows("MyHistory").Select(r => r["Survey"]));
        var chart = book.Charts.Single(c => c.Sheet == "My value");
        Assert.Equal(["You", "Data", "Organisation"], chart.Series.Select(s => s.Name));
        Assert.Equal(quadrants.Take(4).Select(r => (double?)r["My score"]), chart.Series[0].CachedValues);
    }
}
