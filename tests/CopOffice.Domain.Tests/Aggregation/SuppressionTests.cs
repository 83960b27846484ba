using CopOffice.Aggregation;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

public class SuppressionTests
{
    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void A_group_is_shown_from_k_respondents(int size, bool shown)
    {
        var responses = Members("Small", Q4, size, unit: "Ops", all: 4).Concat(Members("Large", Q4, 30, unit: "Ops")).Concat(Members("Mid", Q4, 12, unit: "Ops"));
        var view = Build(responses).Organisation(Q4);
        var small = view.Communities.Row("Small");

        Assert.Equal(shown, small.Profile.IsShown);
        if (shown) Assert.Equal(size, small.Shown().Respondents);
        else
        {
            Assert.Equal("fewer than 5 respondents", small.Withheld());
            // and the next-smallest sibling goes with it, or Organisation − Large − Mid would give Small away
            Assert.Equal("hidden so that a smaller group cannot be worked out by subtraction", view.Communities.Row("Mid").Withheld());
            Assert.Equal(30, view.Communities.Row("Large").Shown().Respondents);
        }
    }

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, true)]
    [InlineData(10, 9, false)]
    [InlineData(10, 10, true)]
    [InlineData(10, 11, true)]
    public void The_minimum_group_size_is_configurable(int k, int size, bool shown)
    {
        var responses = Members("Small", Q4, size).Concat(Members("Large", Q4, 40));
        var view = Build(responses, options: PrivacyOptions.Create(k)).Organisation(Q4);

        Assert.Equal(shown, view.Communities.Row("Small").Profile.IsShown);
        if (!shown) Assert.Equal($"fewer than {k} respondents", view.Communities.Row("Small").Withheld());
    }

    [Fact]
    public void A_withheld_group_carries_no_figure_at_all()
    {
        var view = Build(Members("Small", Q4, 2).Concat(Members("Large", Q4, 40))).Organisation(Q4);
        var small = view.Communities.Row("Small");

        Assert.False(small.Profile.TryGetValue(out _));
        Assert.IsType<Suppressed<ValueProfile>>(small.Profile);
        Assert.Equal("fewer than 5 respondents", small.Profile.Text(p => p.Respondents.ToString()));
    }

    [Fact]
    public void Complementary_suppression_stops_a_hidden_unit_being_worked_out_by_subtraction()
    {
        // One community in three units: Finance 3 (under k), Legal 8, Sales 30.
        Response[] responses =
        [
            .. Members("Data", Q4, 3, unit: "Finance", all: 1, prefix: "f"),
            .. Members("Data", Q4, 8, unit: "Legal", all: 4, prefix: "l"),
            .. Members("Data", Q4, 30, unit: "Sales", all: 3, prefix: "s"),
        ];

        // Glint-style primary suppression alone: Finance is hidden, yet Organisation − Legal − Sales gives it away.
        var open = Build(responses, options: PrivacyOptions.Create(complementarySuppression: false)).Organisation(Q4);
        Assert.Equal("fewer than 5 respondents", open.Units.Row("Finance").Withheld());
        var sum = Mean(open.Organisation) * 41 - Mean(open.Units.Row("Legal")) * 8 - Mean(open.Units.Row("Sales")) * 30;
        Assert.Equal(1.0, sum / (41 - 8 - 30), 12);   // Finance's mean rating, recovered exactly

        var safe = Build(responses).Organisation(Q4);
        Assert.Equal("fewer than 5 respondents", safe.Units.Row("Finance").Withheld());
        Assert.Equal("hidden so that a smaller group cannot be worked out by subtraction", safe.Units.Row("Legal").Withheld());
        Assert.Equal(30, safe.Units.Row("Sales").Shown().Respondents);
        // What is left to subtract pools Finance with Legal: 11 people, at least k.
        Assert.Equal(41 - 30, safe.Organisation.Shown().Respondents - safe.Units.Row("Sales").Shown().Respondents);
        new Disclosure(responses, Build(responses), Q4).AssertSafe();

        static double Mean(GroupProfile row) => row.Shown().Indicator("help_with_challenges").Statistics.Mean!.Value;
    }

    [Fact]
    public void Groups_that_each_meet_k_are_still_hidden_when_their_difference_is_one_person()
    {
        // Contracts: 5 people, all in Legal. Compliance: 10 people, 1 in Legal and 9 in Finance.
        // Every community and unit has at least 5 people, but Legal − Contracts is the one Compliance member in Legal.
        Response[] responses =
        [
            .. Members("Contracts", Q4, 5, unit: "Legal", all: 5),
            Survey("Compliance", Q4, "alone@contoso.com", unit: "Legal", all: 1),
            .. Members("Compliance", Q4, 9, unit: "Finance", all: 3),
        ];

        var open = Build(responses, options: PrivacyOptions.Create(complementarySuppression: false)).Organisation(Q4);
        var alone = open.Units.Row("Legal").Shown().Indicator("innovation").Statistics.Distribution
            .Zip(open.Communities.Row("Contracts").Shown().Indicator("innovation").Statistics.Distribution, (a, b) => a - b);
        Assert.Equal([1, 0, 0, 0, 0], alone);  // the lone member's rating, recovered

        var picture = Build(responses);
        var view = picture.Organisation(Q4);
        Assert.False(view.Units.Row("Legal").Profile.IsShown && view.Communities.Row("Contracts").Profile.IsShown);
        var disclosure = new Disclosure(responses, picture, Q4);
        disclosure.AssertSafe();
        Assert.True(disclosure.AssertEverySubtraction() > 0);
    }

    [Fact]
    public void Member_types_within_a_community_are_protected_against_the_community_total()
    {
        // Within Data: 2 sponsors (under k), 6 experts, 20 core members.
        Response[] responses =
        [
            .. Members("Data", Q4, 2, type: "Sponsor", all: 5, prefix: "sp"),
            .. Members("Data", Q4, 6, type: "Expert", all: 2, prefix: "ex"),
            .. Members("Data", Q4, 20, type: "Core member", prefix: "co"),
            .. Members("Ops", Q4, 20, type: "Core member"),
        ];
        var picture = Build(responses);
        var data = picture.Community("Data", Q4);

        Assert.Equal("fewer than 5 respondents", data.MemberTypes.Row("Data · Sponsor").Withheld());
        Assert.Equal("hidden so that a smaller group cannot be worked out by subtraction", data.MemberTypes.Row("Data · Expert").Withheld());
        Assert.Equal(20, data.MemberTypes.Row("Data · Core member").Shown().Respondents);
        Assert.Equal(28, data.Profile.Shown().Respondents);
        // Organisation-wide core members are the sum of two shown cells; sponsors and experts are not shown anywhere.
        var org = picture.Organisation(Q4);
        Assert.Equal(40, org.MemberTypes.Row("Core member").Shown().Respondents);
        Assert.False(org.MemberTypes.Row("Expert").Profile.IsShown);
        new Disclosure(responses, picture, Q4).AssertSafe();
    }

    [Fact]
    public void Every_sum_and_difference_of_the_shared_tables_is_tried_and_none_reveals_a_hidden_group()
    {
        Response[] responses =
        [
            .. Members("Analytics", Q4, 7, unit: "Finance", type: "Core member", prefix: "a"),
            .. Members("Analytics", Q4, 2, unit: "Legal", type: "Expert", prefix: "b"),
            .. Members("Analytics", Q4, 6, unit: "Sales", type: "Core member", prefix: "c"),
            .. Members("Design", Q4, 3, unit: "Legal", type: "Core member", prefix: "d"),
            .. Members("Design", Q4, 9, unit: "Sales", type: "Expert", prefix: "e"),
            .. Members("Safety", Q4, 4, unit: "Finance", type: "Expert", prefix: "f"),
            .. Members("Operations", Q4, 10, unit: "Finance", type: "Core member", prefix: "g"),
            .. Members("Operations", Q4, 10, unit: "Sales", type: "Expert", prefix: "h"),
        ];
        var picture = Build(responses);
        var disclosure = new Disclosure(responses, picture, Q4);

        Assert.Equal(["Design", "Safety"], disclosure.Hidden.Where(h => h.Group.Kind == GroupKind.Community).Select(h => h.Group.Name).Distinct());
        var shown = disclosure.Shown.Select(s => s.Group.Name).Distinct().ToList();
        Assert.Equal(["Organisation", "Analytics", "Operations", "Finance", "Legal", "Sales", "Operations · Expert", "Operations · Core member"], shown);
        Assert.Equal(6560, disclosure.AssertEverySubtraction());   // 3^8 − 1 combinations of the 8 shown rows
        disclosure.AssertSafe();
    }

    [Fact]
    public void Random_organisations_never_reveal_fewer_than_k_people()
    {
        var random = new Random(20261);
        var hidden = 0;
        for (var run = 0; run < 60; run++)
        {
            var k = run % 3 == 0 ? 3 : 5;
            var responses = RandomOrganisation(random);
            var picture = Build(responses, options: PrivacyOptions.Create(k));
            foreach (var period in picture.Periods)
            {
                var disclosure = new Disclosure(responses, picture, period);
                disclosure.AssertSafe();
                hidden += disclosure.Hidden.Count;
            }
        }
        Assert.True(hidden > 100, $"the random organisations hid only {hidden} rows: they do not exercise the audit");
    }

    /// <summary>A small organisation with skewed group sizes, a few members in two communities and a few anonymous responses.</summary>
    internal static List<Response> RandomOrganisation(Random random)
    {
        string[] allCommunities = ["Analytics", "Design", "Safety", "Legal tech"];
        string?[] allUnits = ["Finance", "Legal", "Sales", "IT", null];
        string?[] allTypes = ["Core member", "Expert", "Sponsor", null];
        var communities = allCommunities[..random.Next(2, 5)];
        var units = allUnits[..random.Next(2, 6)];
        var types = allTypes[..random.Next(1, 5)];
        var responses = new List<Response>();
        var people = random.Next(10, 45);
        for (var p = 0; p < people; p++)
        {
            var unit = units[Math.Min(units.Length - 1, (int)(random.NextDouble() * random.NextDouble() * units.Length))];
            var first = random.Next(communities.Length);
            var email = random.Next(12) == 0 ? null : $"p{p}@contoso.com";
            var memberships = email is not null && random.Next(5) == 0 ? new[] { first, (first + 1) % communities.Length } : [first];
            foreach (var c in memberships)
                responses.Add(Survey(communities[c], Q4, email, unit, types[random.Next(types.Length)], all: random.Next(1, 6)));
        }
        return responses;
    }
}
