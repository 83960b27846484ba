using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Responses;
using static CopOffice.Domain.Tests.Aggregation.Surveys;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>
/// Driver analysis: correlations checked against a second, plain computation written here (rest scores by hand,
/// two-pass Pearson); bootstrap intervals that are the same for the same answers in any order; withheld and small groups.
/// </summary>
public class DriverTests
{
    /// <summary>
    /// Respondents whose ratings follow a latent value (1–5) with noise; "network" follows it exactly but one point lower
    /// (important, below par), "reputation" is noise alone.
    /// </summary>
    private static List<Response> Latent(string community, int count, int seed, string prefix = "")
    {
        var random = new Random(seed);
        var responses = new List<Response>();
        for (var n = 0; n < count; n++)
        {
            var latent = random.Next(1, 6);
            var ratings = ValueFramework.OrganisationIndicators.ToDictionary(i => i.Id, i => i.Id switch
            {
                "network" => Math.Clamp(latent - 1, 1, 5),
                "reputation" => random.Next(1, 6),
                _ => Math.Clamp(latent + random.Next(-1, 2), 1, 5),
            });
            responses.Add(Survey(community, Q4, $"{prefix}{Slug(community)}{n}@contoso.com", ratings: ratings));
        }
        return responses;
    }

    /// <summary>The plain computation: a respondent's overall value without one indicator, then Pearson's r in two passes.</summary>
    private static double ByHand(IEnumerable<Response> responses, string indicatorId)
    {
        var indicator = ValueFramework.Indicators.Single(i => i.Id == indicatorId);
        var pairs = new List<(double X, double Y)>();
        foreach (var response in responses)
        {
            var rated = ValueFramework.OrganisationIndicators.Where(i => response.Ratings.TryGetValue(Questionnaires.AnswerNames.Indicator(i.Id), out var r) && r.Value is not null)
                .Select(i => (i, Value: (double)response.Ratings[Questionnaires.AnswerNames.Indicator(i.Id)].Value!.Value)).ToList();
            var x = rated.Single(r => r.i == indicator).Value;
            var quadrantScores = Quadrant.All.Select(q => rated.Where(r => r.i.Quadrant == q && r.i != indicator).Select(r => r.Value).ToList())
                .Where(values => values.Count > 0).Select(values => values.Average()).ToList();
            pairs.Add((x, quadrantScores.Average()));
        }
        var (mx, my) = (pairs.Average(p => p.X), pairs.Average(p => p.Y));
        return pairs.Sum(p => (p.X - mx) * (p.Y - my)) / Math.Sqrt(pairs.Sum(p => (p.X - mx) * (p.X - mx)) * pairs.Sum(p => (p.Y - my) * (p.Y - my)));
    }

    [Fact]
    public void Each_correlation_is_the_plain_computations_and_the_strongest_driver_ranks_first()
    {
        var responses = Latent("Data", 60, seed: 3);
        var analysis = Assert.IsType<Shown<DriverAnalysis>>(Build(responses).Organisation(Q4).Drivers).Value;

        var network = analysis.Drivers.Single(d => d.Indicator.Id == "network" && d.Target == DriverAnalysis.Overall);
        Assert.Equal(ByHand(responses, "network"), network.Correlation!.Value, 12);
        Assert.Equal(ByHand(responses, "reputation"), analysis.Drivers.Single(d => d.Indicator.Id == "reputation" && d.Target == DriverAnalysis.Overall).Correlation!.Value, 12);
        Assert.Equal((1, 60), (network.Rank, network.N));
        Assert.InRange(network.Correlation.Value, network.Low!.Value, network.High!.Value);
        Assert.Equal("percentile bootstrap, 1,000 resamples", analysis.Method);
        // Four quadrants and overall value, for each of the twenty indicators.
        Assert.Equal(100, analysis.Drivers.Count);
        Assert.Equal(ImportancePerformance.ActHere, analysis.Quadrant.Single(p => p.Indicator.Id == "network").Zone);
    }

    [Fact]
    public void The_same_answers_in_another_order_give_the_same_intervals()
    {
        var responses = Latent("Data", 45, seed: 8);
        var once = ((Shown<DriverAnalysis>)Build(responses).Organisation(Q4).Drivers).Value;
        var reversed = ((Shown<DriverAnalysis>)Build(Enumerable.Reverse(responses).ToList()).Organisation(Q4).Drivers).Value;

        Assert.Equal(once.Drivers.Select(d => (d.Low, d.High, d.Correlation)), reversed.Drivers.Select(d => (d.Low, d.High, d.Correlation)));
    }

    [Fact]
    public void Below_the_minimum_there_is_no_analysis_and_a_withheld_community_has_none_either()
    {
        // Tiny and Small are hidden together (7 people), so no third community needs hiding to protect them.
        var picture = Build([.. Latent("Data", 29, seed: 1), .. Latent("Ops", 40, seed: 2), .. Members("Tiny", Q4, 3), .. Members("Small", Q4, 4)]);

        Assert.Equal("29 responses, fewer than the 30 a driver analysis needs: too few to tell which indicators go with value",
            Assert.IsType<Missing<DriverAnalysis>>(picture.Community("Data", Q4).Drivers).Reason);
        Assert.IsType<Shown<DriverAnalysis>>(picture.Community("Ops", Q4).Drivers);
        Assert.IsType<Suppressed<DriverAnalysis>>(picture.Community("Tiny", Q4).Drivers);
        Assert.Equal(76, ((Shown<DriverAnalysis>)picture.Organisation(Q4).Drivers).Value.Respondents);
    }

    [Fact]
    public void Above_four_hundred_respondents_the_interval_is_fishers()
    {
        var analysis = ((Shown<DriverAnalysis>)Build(Latent("Data", 401, seed: 4)).Organisation(Q4).Drivers).Value;
        var network = analysis.Drivers.Single(d => d.Indicator.Id == "network" && d.Target == DriverAnalysis.Overall);

        Assert.Equal("Fisher's z (more than 400 respondents)", analysis.Method);
        var z = Math.Atanh(network.Correlation!.Value);
        Assert.Equal(Math.Tanh(z - 1.959963984540054 / Math.Sqrt(398)), network.Low!.Value, 12);
        Assert.Equal(Math.Tanh(z + 1.959963984540054 / Math.Sqrt(398)), network.High!.Value, 12);
    }

    [Fact]
    public void Across_communities_success_factors_and_roles_go_beside_value_one_point_per_shown_community()
    {
        var picture = Build(
        [
            .. Members("Alpha", Q4, 6, all: 2), .. Members("Beta", Q4, 6, all: 3), .. Members("Gamma", Q4, 6, all: 5), .. Members("Tiny", Q4, 2, all: 1), .. Members("Small", Q4, 4, all: 1),
            HealthCheck("Alpha", Q4, ValueFramework.SuccessFactors.ToDictionary(f => f.Id, _ => 2)),
            HealthCheck("Beta", Q4, ValueFramework.SuccessFactors.ToDictionary(f => f.Id, _ => 3)),
            HealthCheck("Gamma", Q4, ValueFramework.SuccessFactors.ToDictionary(f => f.Id, _ => 5)),
        ]);
        var across = picture.Organisation(Q4).AcrossCommunities;

        Assert.Equal([("Alpha", 2.0, 2.0), ("Beta", 3.0, 3.0), ("Gamma", 5.0, 5.0)], across.Points.Select(p => (p.Community, p.OverallValue, p.SuccessFactors!.Value)));
        Assert.Equal(1.0, across.FactorsCorrelation!.Value, 12);
        Assert.Equal("3 communities: a description of these communities, not a proof that one thing drives the other.", ValueAcrossCommunities.Caveat(across.FactorsPoints));
    }
}

/// <summary>Enablers and challenges of respondents who see high and low value to the organisation, under the free-text threshold.</summary>
public class ConditionsByValueTests
{
    private static IEnumerable<Response> Saying(string community, int count, int all, string? enablers, string? challenges, string prefix) =>
        Enumerable.Range(1, count).Select(i => Survey(community, Q4, $"{prefix}{i}@contoso.com", all: all, enablers: enablers, challenges: challenges));

    [Fact]
    public void The_thirds_who_see_most_and_least_value_are_compared_item_by_item()
    {
        var picture = Build(
        [
            .. Saying("Data", 8, 5, "Sponsor support; time to meet", null, "h"), .. Saying("Data", 4, 4, "sponsor support", "Travel", "g"),
            .. Saying("Data", 10, 2, "time to meet", "No time; travel", "l"), .. Saying("Data", 3, 3, "Sponsor support", null, "m"),
        ]);
        var compared = Assert.IsType<Shown<ConditionsByValue>>(picture.Organisation(Q4).ConditionsByValue).Value;

        // 25 respondents: the lowest steps holding a third are the 10 at 2.0 (below 2.25); the highest, the 8 at 5 and
        // the 4 at 4 (from 4.0); the 3 at 3 are in neither.
        Assert.Equal((12, 10, 4.0, 2.25), (compared.HighRespondents, compared.LowRespondents, compared.HighFrom, compared.LowBelow));
        Assert.Equal(
        [
            ("enabler", "time to meet", 8, 10), ("enabler", "Sponsor support", 12, 0),
            ("challenge", "travel", 4, 10), ("challenge", "No time", 0, 10),
        ], compared.Items.Select(i => (i.Kind, i.Item, i.High, i.Low)));
    }

    [Fact]
    public void Thirds_are_cut_at_quarter_points_and_not_when_everyone_sees_the_same()
    {
        Assert.Equal((0, 16), ConditionsByValue.Thirds([5, .. new int[15], 5]));
        Assert.Equal((4, 12), ConditionsByValue.Thirds([0, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0, 0]));
        Assert.Null(ConditionsByValue.Thirds([0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Equal("the respondents whose free text is shown see nearly the same value to the organisation: there is no high and low third to compare",
            Assert.IsType<Missing<ConditionsByValue>>(Build([.. Saying("Data", 12, 3, "time", null, "a")]).Organisation(Q4).ConditionsByValue).Reason);
    }

    [Fact]
    public void Below_the_free_text_threshold_on_either_side_nothing_is_compared()
    {
        var picture = Build([.. Saying("Data", 12, 5, "Sponsor support", null, "h"), .. Saying("Data", 9, 2, "time", null, "l")]);

        // The top third: the 12 at 5; the bottom third: the 9 at 2 (fewer than 10).
        Assert.Equal("12 respondents see high value to the organisation and 9 low, in the communities whose free text is shown; each side needs 10 (the threshold for free text)",
            Assert.IsType<Suppressed<ConditionsByValue>>(picture.Organisation(Q4).ConditionsByValue).Reason);
    }
}
