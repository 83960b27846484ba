using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>The organisation report read back with ExcelDataReader: its tables hold exactly the aggregation's figures.</summary>
public class OrganisationReportTests
{
    private static OrganisationView View => Written.OrganisationView;
    private static WrittenWorkbook Book => Written.Organisation;

    private static ValueProfile Shown(GroupProfile row) => row.Profile is Shown<ValueProfile> s ? s.Value : throw new Xunit.Sdk.XunitException($"{row.Group} is withheld");

    [Fact]
    public void The_value_matrix_holds_the_organisations_quadrants_in_reading_order()
    {
        var organisation = Shown(View.Organisation);
        var rows = Book.Rows("ValueMatrix");

        Assert.Equal(["Short-term value to members", "Long-term value to members", "Short-term value to the organisation", "Long-term value to the organisation"],
            rows.Select(r => r["Quadrant"]));
        Assert.Equal(["Members", "Members", "Organisation", "Organisation"], rows.Select(r => r["Value to"]));
        Assert.Equal(["Short term", "Long term", "Short term", "Long term"], rows.Select(r => r["Horizon"]));
        for (var i = 0; i < 4; i++)
        {
            var q = organisation.Quadrant(Quadrant.All[i]);
            Assert.Equal((double)q.Statistics.N, rows[i]["n"]);
            Assert.Equal(q.Statistics.Mean, rows[i]["Mean"]);
            Assert.Equal(q.Statistics.TopTwoBoxShare, rows[i]["Top-2-box share"]);
            Assert.Equal(Assert.IsType<Shown<Change>>(q.Trend).Value.Mean, rows[i]["Change in mean"]);
            Assert.Equal("2026-Q3", rows[i]["Trend against"]);
            Assert.Null(rows[i]["Note"]);
        }
    }

    [Fact]
    public void Communities_side_by_side_keep_withheld_rows_blank_with_the_reason()
    {
        var rows = Book.Rows("Communities");

        Assert.Equal(["Data", "Field", "Tiny"], rows.Select(r => r["Community"]));
        var data = Shown(View.Communities[0]);
        Assert.Equal((double)data.Respondents, rows[0]["Respondents"]);
        Assert.Equal(12.0, rows[0]["Respondents"]);
        Assert.Equal(data.Quadrant(Quadrant.MembersShortTerm).Statistics.Mean, rows[0]["Members short term"]);
        Assert.Equal(data.Quadrant(Quadrant.OrganisationLongTerm).Statistics.Mean, rows[0]["Organisation long term"]);
        Assert.Equal(((Shown<Change>)data.Quadrant(Quadrant.MembersLongTerm).Trend).Value.Mean, rows[0]["Change members long term"]);
        Assert.Equal((double)data.Stories, rows[0]["Stories told"]);

        Assert.Equal("hidden so that a smaller group cannot be worked out by subtraction", rows[1]["Note"]);
        Assert.Equal("fewer than 5 respondents", rows[2]["Note"]);
        foreach (var withheld in rows.Skip(1))
            Assert.All(withheld.Where(kv => kv.Key is not ("Community" or "Note")), kv => Assert.Null(kv.Value));
    }

    [Fact]
    public void Units_member_types_and_the_heat_map_hold_each_groups_figures()
    {
        var units = Book.Rows("Units");
        Assert.Equal(View.Units.Select(u => u.Group.Name), units.Select(r => r["Unit"]));
        for (var i = 0; i < units.Count; i++)
            if (View.Units[i].Profile.TryGetValue(out var unit))
                Assert.Equal(unit.Quadrant(Quadrant.OrganisationShortTerm).Statistics.Mean, units[i]["Organisation short term"]);
            else Assert.Equal(View.Units[i].Profile.Text(_ => ""), units[i]["Note"]);
        Assert.Equal(View.MemberTypes.Select(t => t.Group.Name), Book.Rows("MemberTypes").Select(r => r["Member type"]));

        var heat = Book.Rows("HeatMap");
        var groups = new[] { View.Organisation }.Concat(View.Communities).Concat(View.Units).Concat(View.MemberTypes).ToList();
        Assert.Equal(groups.Select(g => g.Group.Name), heat.Select(r => r["Group"]));
        Assert.Equal(["organisation", "community", "community", "community"], heat.Take(4).Select(r => r["Group type"]));
        for (var i = 0; i < groups.Count; i++)
        {
            if (!groups[i].Profile.TryGetValue(out var profile))
            {
                Assert.Null(heat[i]["Help with challenges"]);
                continue;
            }
            foreach (var indicator in profile.Indicators)
                Assert.Equal(indicator.Statistics.Mean, heat[i][char.ToUpperInvariant(indicator.Indicator.Name[0]) + indicator.Indicator.Name[1..]]);
        }
    }

    [Fact]
    public void Indicators_are_ranked_with_every_statistic_and_strengths_and_opportunities_marked()
    {
        var ranked = Shown(View.Organisation).Ranked;
        var rows = Book.Rows("Indicators");

        Assert.Equal(ranked.Select(r => r.Indicator.Id), rows.Select(r => r["Indicator id"]));
        for (var i = 0; i < ranked.Count; i++)
        {
            var s = ranked[i].Statistics;
            Assert.Equal((double)(i + 1), rows[i]["Rank"]);
            Assert.Equal([s.N, s.NotApplicable, s.Mean, s.Median, s.StandardDeviation, s.TopTwoBoxShare, .. s.Distribution.Select(d => (double?)d)],
                new[] { "n", "n/a", "Mean", "Median", "Standard deviation", "Top-2-box share", "Rated 1", "Rated 2", "Rated 3", "Rated 4", "Rated 5" }
                    .Select(c => (double?)rows[i][c]).ToArray());
            Assert.Equal(i < 5 ? "strength" : i >= 15 ? "opportunity" : null, rows[i]["Signal"]);
        }
        Assert.Equal(ranked.Take(5).Select(r => char.ToUpperInvariant(r.Indicator.Name[0]) + r.Indicator.Name[1..]), Book.Rows("Strengths").Select(r => r["Indicator"]));
        Assert.Equal(ranked.TakeLast(5).Reverse().Select(r => r.Statistics.Mean), Book.Rows("Opportunities").Select(r => (double?)r["Mean"]));
    }

    [Fact]
    public void The_trend_table_lists_the_organisation_then_each_community_period_by_period()
    {
        var rows = Book.Rows("Trend");

        Assert.Equal(["Organisation", "Organisation", "Data", "Data", "Field", "Field", "Tiny", "Tiny"], rows.Select(r => r["Group"]));
        Assert.Equal(["2026-Q3", "2026-Q4", "2026-Q3", "2026-Q4", "2026-Q3", "2026-Q4", "2026-Q3", "2026-Q4"], rows.Select(r => r["Period"]));
        var q3 = View.History.Single(h => h.Group.Kind == GroupKind.Organisation && h.Group.Period == Sample.Q3);
        Assert.Equal(Shown(q3).Quadrant(Quadrant.MembersLongTerm).Statistics.Mean, rows[0]["Members long term"]);
        Assert.Equal("no earlier period", rows[0]["Trend against"]);
        Assert.Equal("fewer than 5 respondents", rows[6]["Note"]);          // Tiny had nobody in 2026-Q3
    }

    [Fact]
    public void Response_rates_follow_the_roster_and_are_blank_where_withheld()
    {
        var rows = Book.Rows("ResponseRates");

        Assert.Equal(View.ResponseRates.Select(r => r.Group.Name), rows.Select(r => r["Group"]));
        Assert.Equal([27.0, 14.0, 10.0, 3.0], rows.Take(4).Select(r => r["On roster"]));
        var organisation = Assert.IsType<Shown<Participation>>(View.ResponseRates[0].Participation).Value;
        Assert.Equal((double)organisation.Respondents, rows[0]["Respondents on roster"]);
        Assert.Equal(organisation.Rate, rows[0]["Response rate"]);
        Assert.Equal(23.0 / 27.0, rows[0]["Response rate"]);
        Assert.Equal((null, null, "fewer than 5 respondents"), (rows[3]["Respondents on roster"], rows[3]["Response rate"], rows[3]["Note"]));
    }

    [Fact]
    public void Data_quality_counts_every_input_and_lists_what_was_not_accepted_with_its_location()
    {
        var summary = Book.Rows("IntakeSummary");
        Assert.Equal(["value survey", "health check", "leadership roles", "forming check", "action plan"], summary.Select(r => r["Kind"]));
        Assert.Equal([43.0, 0.0, 1.0, 1.0, 45.0], new[] { "Accepted", "Accepted with warnings", "Superseded", "Rejected", "Total" }.Select(c => summary[0][c]));

        var findings = Book.Rows("IntakeFindings");
        Assert.Equal(2, findings.Count);
        Assert.Equal(("value-survey/Data/2026-Q4/data3-first.xlsx", "superseded", "Data", "2026-Q4", "warning"),
            (findings[0]["Source"], findings[0]["Status"], findings[0]["Community"], findings[0]["Period"], findings[0]["Severity"]));
        Assert.Equal(("flawed/no-period.xlsx", "rejected", "error", "The period is missing: write the period this covers, e.g. 2026-Q4.", "Survey!C10, about.period"),
            (findings[1]["Source"], findings[1]["Status"], findings[1]["Severity"], findings[1]["Finding"], findings[1]["Location"]));
    }

    [Fact]
    public void Stories_claims_roles_health_and_conditions_are_the_views()
    {
        var stories = Book.Rows("Stories");
        Assert.Equal(View.Stories.Sum(s => s.Answers.Count), stories.Count);
        Assert.Equal(View.Stories.SelectMany(s => s.Answers.Select(a => a.Text)), stories.Select(r => r["Answer"]));
        Assert.Equal(["@admin Ada", "anonymous"], stories.Select(r => (string)r["Member"]!).Distinct());

        var totals = Book.Rows("ClaimTotals");
        Assert.Equal(View.ClaimTotals.Select(t => (double)t.Total), totals.Select(r => (double)r["Total"]!));
        Assert.Equal(["All communities", "Data"], totals.Select(r => r["Scope"]));
        Assert.Equal(("12 hours a month", 12.0, "hours per month", "yes"),
            (Book.Rows("Claims")[0]["Stated"], Book.Rows("Claims")[0]["Amount"], Book.Rows("Claims")[0]["Unit"], Book.Rows("Claims")[0]["Counted in total"]));

        var coverage = Book.Rows("RoleCoverage");
        Assert.Equal(["Data", "Field", "Tiny"], coverage.Select(r => r["Community"]));
        Assert.Equal(1.0, coverage[0]["Coordination"]);
        Assert.Equal(0.0, coverage[0]["Expertise"]);
        Assert.Equal((double)View.Roles[0].Filled, coverage[0]["Roles filled"]);
        Assert.Equal((double)View.Roles[0].Gaps.Count, coverage[0]["Gaps"]);

        var health = Book.Rows("CommunityHealth");
        Assert.Equal((4.0, 2.0, "2026-Q4"),
            (health[0]["Domain that energizes a core group"], health[0]["Adequate resources"], health[0]["Check period"]));
        Assert.DoesNotContain("Cultivation stage", health[0].Keys);
        Assert.Equal((4.0, "2026-Q4 (health check)", 0.0), (health[0]["Readiness mean"], health[0]["Readiness assessed"], health[0]["Themes not yet ready"]));
        Assert.Equal("no health check and no readiness assessment up to this period", health[1]["Note"]);
        Assert.Equal(["-no budget"], Book.Rows("FactorComments").Select(r => r["Comment"]));

        Assert.Equal(View.Conditions.Enablers.Select(e => (e.Text, (double)e.Count)),
            Book.Rows("Enablers").Select(r => ((string)r["Enabler"]!, (double)r["Respondents naming it"]!)));
        Assert.Equal(("Time set aside", 12.0), ((string)Book.Rows("Enablers")[0]["Enabler"]!, (double)Book.Rows("Enablers")[0]["Respondents naming it"]!));
        // Seed 002's reflection on strategic value, per quadrant in the matrix's order; what people wrote stays text.
        Assert.Equal(
        [
            ("Colleagues who understand the work", 12.0, "Short-term value to members"),
            ("=1+1 new strategies", 6.0, "Long-term value to the organisation"),
        ], Book.Rows("Reflections").Select(r => ((string)r["Reflection"]!, (double)r["Respondents naming it"]!, (string)r["Quadrant"]!)));
        var byCommunity = Book.Rows("ConditionsByCommunity");
        Assert.Equal("fewer than 10 respondents (the threshold for free text)", byCommunity.Single(r => (string?)r["Community"] == "Field")["Note"]);
    }

    [Fact]
    public void The_about_sheet_holds_the_only_time_and_the_document_properties_follow_the_context()
    {
        var info = Book.Rows("ReportInfo").ToDictionary(r => (string)r["Item"]!, r => r["Value"]);

        Assert.Equal("2027-01-05 09:30:00 UTC", info["Generated at"]);
        Assert.Equal("9.8.7", info["CopOffice version"]);
        Assert.Equal("C:/cop/intake", info["Source"]);
        Assert.Equal(5.0, info["Minimum group size"]);
        Assert.Equal(10.0, info["Free-text threshold"]);
        Assert.Equal("2026-Q3", info["Trends against"]);
        Assert.Equal(AggregationMethod.Notes(PrivacyOptions.Create(5)).Select(n => n.Text), Book.Rows("Method").Select(r => r["Rule"]));
        Assert.Contains(Book.Rows("Method"), r => (string)r["Topic"]! == "Action plans" && ((string)r["Rule"]!).EndsWith("A change beside an action is not proof that the action caused it.", StringComparison.Ordinal));
        Assert.Contains(Book.Rows("Method"), r => (string)r["Topic"]! == "Member types" && ((string)r["Rule"]!).Contains("coordinator, sponsor, expert, core member", StringComparison.Ordinal));
        Assert.Equal(("CoP value report 2026-Q4", "CopOffice"), (Book.Properties.Title, Book.Properties.Creator));
        Assert.Equal(new DateTime(2027, 1, 5, 9, 30, 0), Book.Properties.Created);
        Assert.Equal(new DateTime(2027, 1, 5, 9, 30, 0), Book.Properties.Modified);
        // Nowhere else a timestamp: no cell is a date, and no other text names the generation time.
        Assert.DoesNotContain(Book.AllCells(), c => c.Value is DateTime);
        Assert.Single(Book.AllCells(), c => c.Value is string s && s.Contains("2027-01-05", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_roster_the_response_rates_table_is_empty_and_the_sheet_says_why()
    {
        var book = WrittenWorkbook.Write(s => OrganisationReport.Write(Sample.Picture(roster: false).Organisation(Sample.Q4), Sample.Ledger(), Sample.Context, s));

        Assert.Empty(book.Rows("ResponseRates"));
        Assert.Contains(book.AllCells(), c => c.Sheet == "Response rates" && (c.Value as string) == "No roster was given, so there are no response rates. Run the report with a roster to see them.");
    }
}

/// <summary>What sponsors read of the communities' own workbooks: elements, purposes, what roles need and give.</summary>
public class SponsorGuideTests
{
    [Fact]
    public void The_element_profile_groups_each_health_checks_ratings_by_domain_community_practice_and_organisation_side()
    {
        var check = Written.OrganisationView.Health[0];
        var readiness = Written.OrganisationView.Readiness.Single(r => r.Community == check.Community);
        var row = Written.Organisation.Rows("Elements")[0];

        // Worked out here from the check's own ratings and the grouping the README documents.
        double? Mean(string[] factors, string[] themes)
        {
            var values = check.Factors.Where(f => factors.Contains(f.Factor.Id)).Select(f => f.Rating?.Value)
                .Concat(readiness.Themes.Where(r => themes.Contains(r.Theme.Id)).SelectMany(r => r.Answers.Select(a => a.Rating?.Value)))
                .OfType<int>().ToList();
            return values.Count == 0 ? null : values.Average();
        }
        Assert.Equal(check.Community, row["Community"]);
        Assert.Equal("health check 2026-Q4; readiness 2026-Q4", row["Assessed in"]);
        Assert.Equal(Mean(["domain_energizes_core_group", "strategic_relevance_of_domain"], ["domain"]), row["Domain mean"]);
        Assert.Equal(Mean(["skillful_reputable_coordinator", "involvement_of_experts"], ["community", "dynamics"]), row["Community mean"]);
        Assert.Equal(Mean(["details_of_practice", "rhythm_and_mix_of_activities"], ["practice", "together", "conversations"]), row["Practice mean"]);
        Assert.Equal(Mean(["visible_sponsorship", "formal_and_informal_structures", "adequate_resources", "consistent_attitude"], []), row["Organisation side mean"]);
    }

    [Fact]
    public void What_roles_need_and_give_comes_from_each_communitys_analysis()
    {
        Assert.Equal([("Data", "Expertise", "An hour a week.", (string?)null)],
            Written.Organisation.Rows("RoleSupport").Select(r => ((string)r["Community"]!, (string)r["Role"]!, (string)r["Support"]!, (string?)r["Gratification"])));
    }

    [Fact]
    public void Purposes_are_the_health_checks_own_words()
    {
        Assert.Equal([("Data", "Better pipelines.", "health check 2026-Q4")],
            Written.Organisation.Rows("Purposes").Select(r => ((string)r["Community"]!, (string)r["Purpose"]!, (string)r["Stated in"]!)));
    }
}
