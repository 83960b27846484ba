using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Reports.Tests;

public class CommunityReportTests
{
    private static CommunityView View => Written.Picture.Community("Data", Sample.Q4);
    private static WrittenWorkbook Book => Written.Community("Data");

    [Fact]
    public void The_value_matrix_and_indicators_stand_beside_the_organisation()
    {
        var data = ((Shown<ValueProfile>)View.Profile.Profile).Value;
        var organisation = ((Shown<ValueProfile>)View.Organisation.Profile).Value;

        var matrix = Book.Rows("ValueMatrix");
        for (var i = 0; i < 4; i++)
        {
            var own = data.Quadrant(Quadrant.All[i]).Statistics.Mean!.Value;
            var benchmark = organisation.Quadrant(Quadrant.All[i]).Statistics.Mean!.Value;
            Assert.Equal((own, benchmark, own - benchmark), ((double)matrix[i]["Mean"]!, (double)matrix[i]["Organisation mean"]!, (double)matrix[i]["Difference from organisation"]!));
        }

        var indicators = Book.Rows("Indicators");
        Assert.Equal(data.Ranked.Select(r => r.Indicator.Id), indicators.Select(r => r["Indicator id"]));
        var first = data.Ranked[0];
        Assert.Equal(organisation.Indicator(first.Indicator.Id).Statistics.Mean, indicators[0]["Organisation mean"]);
        Assert.Equal(first.Statistics.Mean - organisation.Indicator(first.Indicator.Id).Statistics.Mean, indicators[0]["Difference from organisation"]);
        Assert.Equal(first.Statistics.TopTwoBoxShare, indicators[0]["Top-2-box share"]);
    }

    [Fact]
    public void Member_types_participation_and_trend_are_the_communitys()
    {
        Assert.Equal(["Core member", "Active member"], Book.Rows("MemberTypes").Select(r => r["Member type"]));
        Assert.Equal("fewer than 5 respondents", Book.Rows("MemberTypes")[0]["Note"]);      // four core members
        // Eight active members, but with the community's total shown they would give the four core members away.
        Assert.Equal((null, "hidden so that a smaller group cannot be worked out by subtraction"), (Book.Rows("MemberTypes")[1]["Respondents"], Book.Rows("MemberTypes")[1]["Note"]));

        var rates = Book.Rows("ResponseRates");
        Assert.Equal([("community", "Data", 14.0, 12.0), ("member type", "Core member", 4.0, (double?)null), ("member type", "Active member", 10.0, (double?)null)],
            rates.Select(r => ((string)r["Group type"]!, (string)r["Group"]!, (double)r["On roster"]!, (double?)r["Respondents on roster"])));

        Assert.Equal(["2026-Q3", "2026-Q4"], Book.Rows("Trend").Select(r => r["Period"]));
        Assert.Equal(["Data", "Data"], Book.Rows("Trend").Select(r => r["Group"]));
    }

    [Fact]
    public void Roles_health_and_readiness_come_from_the_coordinators_workbooks()
    {
        var holders = Book.Rows("RoleHolders");
        Assert.Equal(ValueFramework.LeadershipRoles.Select(r => r.Name), holders.Select(r => r["Role"]));
        Assert.Equal(("yes", "Ada Lovelace", "@admin Ada", 1.0), ((string)holders[0]["Filled"]!, (string)holders[0]["Holders (analysis)"]!, (string)holders[0]["Members saying they hold it (named)"]!, (double)holders[0]["Members saying they hold it"]!));
        Assert.Equal("gap", holders[1]["Filled"]);
        Assert.Equal([("Coordination", "Purpose", "Keeps the rhythm going."), ("Expertise", "Qualification", "Someone the members already ask."), ("Expertise", "Support", "An hour a week.")],
            Book.Rows("RoleNotes").Select(r => ((string)r["Role"]!, (string)r["Aspect"]!, (string)r["Text"]!)));

        var factors = Book.Rows("SuccessFactors");
        Assert.Equal(ValueFramework.SuccessFactors.Select(f => f.Name), factors.Select(r => r["Success factor"]));
        Assert.Equal((2.0, "-no budget"), ((double)factors[8]["Rating"]!, (string)factors[8]["Comment"]!));
        Assert.Equal([("Purpose", "Better pipelines.")], Book.Rows("Vision").Select(r => ((string)r["Field"]!, (string)r["Text"]!)));
        var themes = Book.Rows("ReadinessThemes");
        Assert.Equal((4.0, 0.5, 2.0), ((double)themes[0]["Mean"]!, (double)themes[0]["Top-2-box share"]!, (double)themes[0]["Statements rated"]!));
        Assert.Equal(("All readiness statements", 4.0), ((string)themes[^1]["Theme"]!, (double)themes[^1]["Mean"]!));
        Assert.Equal(["ready", "not rated", "not rated", "not rated", "not rated", "not rated", null], themes.Select(r => r["Verdict"]));
        Assert.All(themes, r => Assert.Null(r["What the guide suggests"]));     // nothing is "not yet" or "partly ready"
        Assert.Equal(ValueFramework.ReadinessQuestions.Count, Book.Rows("ReadinessStatements").Count);
    }

    [Fact]
    public void Data_quality_shows_only_the_communitys_entries()
    {
        var findings = Book.Rows("IntakeFindings");

        Assert.Equal([("value-survey/Data/2026-Q4/data3-first.xlsx", "superseded")], findings.Select(r => ((string)r["Source"]!, (string)r["Status"]!)));
        var summary = Book.Rows("IntakeSummary");
        Assert.Equal([("value survey", 24.0, 1.0, 0.0, 25.0), ("health check", 1.0, 0.0, 0.0, 1.0), ("leadership roles", 1.0, 0.0, 0.0, 1.0), ("forming check", 0.0, 0.0, 0.0, 0.0), ("action plan", 0.0, 0.0, 0.0, 0.0)],
            summary.Select(r => ((string)r["Kind"]!, (double)r["Accepted"]!, (double)r["Superseded"]!, (double)r["Rejected"]!, (double)r["Total"]!)));
    }

    [Fact]
    public void A_withheld_community_gets_its_report_with_reasons_and_its_coordinators_own_material()
    {
        var book = Written.Community("Tiny");

        Assert.All(book.Rows("ValueMatrix"), r => Assert.Equal("fewer than 5 respondents", r["Note"]));
        Assert.All(book.Rows("ValueMatrix"), r => Assert.Null(r["Mean"]));
        Assert.Empty(book.Rows("Enablers"));
        Assert.Contains(book.AllCells(), c => c.Sheet == "Enablers and challenges" &&
            (c.Value as string) == "Not shown: fewer than 10 respondents (the threshold for free text). Free text is shown from 10 respondents.");
        Assert.Empty(book.Rows("Strengths"));
        Assert.Equal(12, book.Rows("RoleHolders").Count);
    }
}

/// <summary>What the guide suggests for a community's weak spots, from its own workbooks.</summary>
public class GuideSuggestionTests
{
    [Fact]
    public void A_low_success_factor_comes_with_the_guides_actions_and_each_role_gap_with_the_analysis()
    {
        var view = Written.Picture.Community("Data", Sample.Q4);
        var rows = Written.Community("Data").Rows("Suggestions");

        var resources = rows.Single(r => (string?)r["Weak spot"] == "Adequate resources");
        Assert.Equal("Rated 2 (Disagree) in the health check of 2026-Q4: \"-no budget\"", resources["What shows it"]);
        Assert.Equal("• Provide some process support, coaching, and logistic assistance\n• Identify needs and define adequate infrastructure without undue emphasis on fancy technology",
            resources["What the guide suggests"]);
        Assert.Equal(view.Roles.Gaps.Select(g => $"No one holds {g.Name}"), rows.Select(r => (string)r["Weak spot"]!).Where(w => w.StartsWith("No one holds", StringComparison.Ordinal)));
        Assert.Equal(view.Suggestions.Count, rows.Count);
        var expertise = rows.Single(r => (string?)r["Weak spot"] == "No one holds Expertise");
        Assert.Equal("The leadership-roles analysis of 2026-Q4 names no holder, and no member said they hold it.", expertise["What shows it"]);
        Assert.Equal("• Whom to ask (Qualification): Someone the members already ask.\n• What to give (Support): An hour a week.", expertise["What the guide suggests"]);
    }
}
