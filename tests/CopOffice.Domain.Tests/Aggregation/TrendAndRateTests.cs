using CopOffice.Aggregation;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

public class TrendAndRateTests
{
    private static List<Response> TwoPeriods() =>
    [
        .. Members("Data", Q3, 6, all: 3), .. Members("Ops", Q3, 3), .. Members("Tiny", Q3, 2),
        .. Members("Data", Q4, 6, all: 4), .. Members("Ops", Q4, 8, all: 4),
    ];

    [Fact]
    public void A_trend_compares_a_group_with_itself_in_the_previous_period()
    {
        var view = Build(TwoPeriods()).Organisation(Q4);
        var data = view.Communities.Row("Data").Shown();

        Assert.Equal(Q3, view.ComparedWith);
        var trend = Assert.IsType<Shown<Change>>(data.Indicator("innovation").Trend).Value;
        var notJudged = new TrendJudgement(TrendKind.NotJudged, null, null, "not judged: 6 respondents in 2026-Q3, 6 now; a judgement needs 10 on each side");
        Assert.Equal(new Change(Q3, 1.0, 1.0, notJudged), trend);
        Assert.Equal(new Change(Q3, 1.0, 1.0, notJudged), Assert.IsType<Shown<Change>>(data.Quadrants[0].Trend).Value);
    }

    [Fact]
    public void No_trend_where_the_earlier_figure_was_withheld_or_there_is_no_earlier_period()
    {
        var picture = Build(TwoPeriods());
        var ops = picture.Organisation(Q4).Communities.Row("Ops").Shown();

        Assert.Equal("2026-Q3: fewer than 5 respondents", ops.Indicator("innovation").Trend.Text(_ => ""));
        Assert.IsType<Suppressed<Change>>(ops.Indicator("innovation").Trend);
        var first = picture.Organisation(Q3).Communities.Row("Data").Shown();
        Assert.Equal("no earlier period", Assert.IsType<Missing<Change>>(first.Indicator("innovation").Trend).Reason);
    }

    [Fact]
    public void When_the_organisation_skipped_a_quarter_the_trend_goes_back_to_the_last_survey_and_names_it()
    {
        var picture = Build([.. Members("Data", Q1, 6, all: 2), .. Members("Data", Q3, 6, all: 5)]);
        var view = picture.Organisation(Q3);

        Assert.Equal(Q1, view.ComparedWith);
        // Everyone rated 2, then 5: no spread on either side, so even 6 against 6 is not judged (the rule is a count, not a spread).
        Assert.Equal(new Change(Q1, 3.0, 1.0, new TrendJudgement(TrendKind.NotJudged, null, null, "not judged: 6 respondents in 2026-Q1, 6 now; a judgement needs 10 on each side")),
            Assert.IsType<Shown<Change>>(view.Organisation.Shown().Indicator("network").Trend).Value);
        Assert.Equal(["2026-Q1 Organisation", "2026-Q1 Data", "2026-Q3 Organisation", "2026-Q3 Data"], view.History.Select(h => $"{h.Group.Period} {h.Group.Name}"));
    }

    [Fact]
    public void An_unknown_period_or_community_is_a_clear_error()
    {
        var picture = Build(TwoPeriods());
        Assert.Equal("No accepted response covers 2025-Q4. Periods with responses: 2026-Q3, 2026-Q4.",
            Assert.Throws<KeyNotFoundException>(() => picture.Organisation(new Period(2025, 4))).Message);
        Assert.Equal("\"Sales\" is not a community of these responses or the roster. Communities: Data, Ops, Tiny.",
            Assert.Throws<KeyNotFoundException>(() => picture.Community("Sales", Q4)).Message);
    }

    private static Roster Roster() => new(
    [
        .. Enumerable.Range(1, 8).Select(i => new RosterEntry($"F{i}", $"dataf{i}@contoso.com", "Finance", "Data", "Core member")),
        .. Enumerable.Range(1, 6).Select(i => new RosterEntry($"L{i}", $"datal{i}@contoso.com", "Legal", "Data", "Expert")),
        .. Enumerable.Range(1, 6).Select(i => new RosterEntry($"O{i}", $"ops{i}@contoso.com", "Legal", "Ops", null)),
        .. Enumerable.Range(1, 7).Select(i => new RosterEntry($"Q{i}", $"quiet{i}@contoso.com", "Finance", "Quiet", null)),
    ]);

    private static List<Response> Answers() =>
    [
        .. Enumerable.Range(1, 5).Select(i => Survey("Data", Q4, $"dataf{i}@contoso.com", "Finance", "Core member")),
        Survey("Data", Q4, "visitor@contoso.com", "Finance", "Core member"),
        .. Enumerable.Range(1, 5).Select(i => Survey("Data", Q4, $"datal{i}@contoso.com", "Legal", "Expert")),
        .. Enumerable.Range(1, 5).Select(i => Survey("Ops", Q4, $"ops{i}@contoso.com", "Legal")),
    ];

    [Fact]
    public void Response_rates_count_roster_members_who_answered_per_community_and_unit()
    {
        var view = Build(Answers(), Roster()).Organisation(Q4);

        Assert.Equal(
        [
            "Organisation 15/27",      // the visitor is not on the roster
            "Data 10/14", "Ops 5/6", "Quiet fewer than 5 respondents of 7",
            "Finance 5/15", "Legal 10/12",
        ], view.ResponseRates.Select(r => $"{r.Group.Name} {r.Participation.Text(p => $"{p.Respondents}/{r.RosterMembers}")}{(r.Participation.IsShown ? "" : $" of {r.RosterMembers}")}"));
        Assert.Equal(15.0 / 27, view.ResponseRates[0].Participation.TryGetValue(out var org) ? org.Rate : -1, 12);
        Assert.Equal(16, view.Organisation.Shown().Respondents);
    }

    [Fact]
    public void A_coordinator_sees_participation_of_the_community_and_its_member_types()
    {
        var view = Build(Answers(), Roster()).Community("Data", Q4);

        Assert.Equal(["Data 10/14", "Data · Expert 5/6", "Data · Core member 5/8"],
            view.Participation.Select(r => $"{r.Group.Name} {r.Participation.Text(p => $"{p.Respondents}/{r.RosterMembers}")}"));
    }
}
