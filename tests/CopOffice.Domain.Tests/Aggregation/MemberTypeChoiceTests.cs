using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>
/// Seed 002 asks members to "circle any that applies". Figures by member type count each person once, by the
/// documented precedence, so the type groups do not overlap and the privacy audit stays exact.
/// </summary>
public class MemberTypeChoiceTests
{
    [Fact]
    public void Several_types_are_read_in_the_frameworks_order_and_counted_under_the_first_by_precedence()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.MemberType] = "core member;EXPERT;";   // as Forms exports it, in any case

        var response = Raw.Validate(answers).Response!;

        Assert.Equal(["Expert", "Core member"], response.MemberTypes);
        Assert.Equal("Expert", response.MemberType);
    }

    [Fact]
    public void A_type_that_is_none_of_the_choices_is_named_and_the_others_kept()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.MemberType] = "Guru, Sponsor, Lurker";

        var result = Raw.Validate(answers);

        Assert.Equal(["Lurker", "Sponsor"], result.Response!.MemberTypes);
        Assert.Equal("Sponsor", result.Response.MemberType);
        Assert.Equal(
            $"warning: How you take part: \"Guru\" is not one of Coordinator, Expert, Core member, Lurker, Active member, Sponsor, Peripheral member, Outsider; it is ignored and Lurker, Sponsor kept. ({Raw.Where(AnswerNames.MemberType)})",
            Assert.Single(result.Findings).ToString());
    }

    [Fact]
    public void The_precedence_puts_responsibility_first_then_engagement()
    {
        Assert.Equal("Coordinator", ReportingMemberType.Of(["Outsider", "Core member", "Coordinator", "Sponsor"]));
        Assert.Equal("Sponsor", ReportingMemberType.Of(["Expert", "Sponsor"]));
        Assert.Equal("Active member", ReportingMemberType.Of(["Lurker", "Active member", "Peripheral member"]));
        Assert.Equal("Outsider", ReportingMemberType.Of(["Outsider", "Our own type"]));   // a type of the organisation's own comes last
        Assert.Null(ReportingMemberType.Of([]));
        Assert.Equal("coordinator, sponsor, expert, core member, active member, peripheral member, lurker, outsider", ReportingMemberType.InWords());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Overlapping_choices_make_disjoint_groups_shown_from_k(int experts)
    {
        // In Data: `experts` people counted as experts (two of them also core members), six coordinators who are
        // experts too, and twenty core members. Were groups overlapping, "Expert" would hold experts + 6.
        var responses = new List<Response>();
        for (var i = 0; i < experts; i++) responses.Add(Member($"ex{i}", i < 2 ? "Core member; Expert" : "Expert"));
        for (var i = 0; i < 6; i++) responses.Add(Member($"co{i}", "Expert; Coordinator"));
        for (var i = 0; i < 20; i++) responses.Add(Member($"cm{i}", "Core member"));
        responses.AddRange(Members("Ops", Q4, 20, type: "Core member"));

        var picture = Build(responses);
        var data = picture.Community("Data", Q4);

        var expert = data.MemberTypes.Row("Data · Expert");
        var coordinator = data.MemberTypes.Row("Data · Coordinator");
        Assert.Equal(20, data.MemberTypes.Row("Data · Core member").Shown().Respondents);
        Assert.Equal(experts + 26, data.Profile.Shown().Respondents);
        if (experts < 5)
        {
            Assert.Equal("fewer than 5 respondents", expert.Withheld());
            Assert.Equal("hidden so that a smaller group cannot be worked out by subtraction", coordinator.Withheld());
        }
        else
        {
            Assert.Equal(experts, expert.Shown().Respondents);
            Assert.Equal(6, coordinator.Shown().Respondents);
            // One person, one group: the shown type groups add up to the community.
            Assert.Equal(data.Profile.Shown().Respondents, data.MemberTypes.Sum(t => t.Shown().Respondents));
        }
        new Disclosure(responses, picture, Q4).AssertSafe();
    }

    private static Response Member(string id, string types)
    {
        var answers = Raw.Survey($"{id}@contoso.com", id, "Data", "2026-Q4");
        answers[AnswerNames.MemberType] = types;
        return Raw.Validate(answers).Response!;
    }
}
