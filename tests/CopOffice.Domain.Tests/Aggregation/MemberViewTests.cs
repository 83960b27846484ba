using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

public class MemberViewTests
{
    [Fact]
    public void A_member_sees_their_own_answers_across_periods_beside_only_the_group_figures_that_are_shown()
    {
        var ann = "ann@contoso.com";
        Response[] responses =
        [
            Survey("Data", Q3, ann, all: 2, ratings: new Dictionary<string, int> { ["network"] = NotApplicable }, enablers: "Time"),
            .. Members("Data", Q3, 2),                       // Data has 3 respondents in Q3: withheld
            .. Members("Big", Q3, 30),
            Survey("Data", Q4, ann, all: 5, roles: ["expertise"]),
            .. Members("Data", Q4, 6),
            .. Members("Big", Q4, 30),
        ];
        var view = Build(responses).Member(ann.ToUpperInvariant());

        Assert.Equal((ann, "ann"), (view.Email, view.Name));
        Assert.Equal([Q3, Q4], view.History.Select(h => h.Period));
        var q3 = view.History[0];
        Assert.Equal(2, q3.Ratings.Single(r => r.Indicator.Id == "innovation").Rating!.Value.Value);
        Assert.True(q3.Ratings.Single(r => r.Indicator.Id == "network").Rating!.Value.IsNotApplicable);
        Assert.Equal(new OwnScore(Quadrant.MembersLongTerm, 2.0, 4), q3.Quadrants[1]);
        Assert.Equal("Time", q3.Enablers);
        Assert.Equal("fewer than 5 respondents", q3.CommunityProfile.Withheld());
        Assert.Equal(33, q3.OrganisationProfile.Shown().Respondents);

        var q4 = view.History[1];
        Assert.Equal(7, q4.CommunityProfile.Shown().Respondents);
        Assert.Equal(["expertise"], q4.RolesHeld.Select(r => r.Id));
        Assert.Equal("2026-Q3: fewer than 5 respondents", q4.CommunityProfile.Shown().Indicator("innovation").Trend.Text(_ => ""));
    }

    [Fact]
    public void A_member_without_an_accepted_survey_has_no_view()
    {
        var picture = Build(Members("Data", Q4, 5));
        Assert.Equal("No accepted value survey comes from nobody@contoso.com.", Assert.Throws<KeyNotFoundException>(() => picture.Member("nobody@contoso.com")).Message);
        Assert.Equal(["data1@contoso.com", "data2@contoso.com", "data3@contoso.com", "data4@contoso.com", "data5@contoso.com"], picture.Members);
    }

    [Fact]
    public void Respondents_count_people_while_figures_count_responses()
    {
        // Six people answer for Data; two of them also for Ops. Ops has 5 respondents; the organisation 9 people, 11 responses.
        Response[] responses =
        [
            .. Members("Data", Q4, 6, unit: "IT"),
            Survey("Ops", Q4, "data1@contoso.com", "IT"), Survey("Ops", Q4, "data2@contoso.com", "IT"),
            .. Members("Ops", Q4, 3, unit: "IT"),
        ];
        var view = Build(responses, options: PrivacyOptions.Create(3)).Organisation(Q4);

        Assert.Equal(9, view.Organisation.Shown().Respondents);
        Assert.Equal(11, view.Organisation.Shown().Indicator("network").Statistics.N);
        Assert.Equal(9, view.Units.Row("IT").Shown().Respondents);
        Assert.Equal(5, view.Communities.Row("Ops").Shown().Respondents);
    }
}
