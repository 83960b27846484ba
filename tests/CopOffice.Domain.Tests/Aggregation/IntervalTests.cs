using CopOffice.Aggregation;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>
/// Margins and Welch's judgement of a change, against scipy 1.10 (stats.t.ppf, stats.t.cdf and Welch's interval
/// computed from numpy's ddof=1 variances), the figures copied here in full; agreement to 8 decimals or better.
/// </summary>
public class IntervalTests
{
    private static Statistics Of(params int[] ratings)
    {
        Span<int> bins = stackalloc int[6];
        foreach (var r in ratings) bins[r - 1]++;
        return Statistics.OfRatings(bins);
    }

    private static readonly int[] A = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 4, 3];
    private static readonly int[] B = [3, 4, 4, 5, 5, 4, 4, 3, 5, 5, 4, 4, 5, 2];
    private static readonly int[] C = [1, 2, 2, 1, 2, 3, 2, 2, 1, 2, 2, 3];

    [Theory]
    [InlineData(1, 12.706204736432095)]
    [InlineData(2, 4.302652729911275)]
    [InlineData(4, 2.7764451051977987)]
    [InlineData(9, 2.2621571627409915)]
    [InlineData(23, 2.0686576104190406)]
    [InlineData(29, 2.045229642132703)]
    [InlineData(99, 1.9842169515086827)]
    [InlineData(250, 1.9694983934204002)]
    [InlineData(1000, 1.9623390808264074)]
    [InlineData(99999, 1.9599877077718446)]
    public void The_critical_t_is_scipys(int degreesOfFreedom, double scipy) =>
        Assert.Equal(scipy, StudentT.Critical95(degreesOfFreedom), 8);

    [Fact]
    public void The_distribution_function_is_scipys_for_whole_and_fractional_degrees_of_freedom()
    {
        Assert.Equal(0.8847080673775886, StudentT.Cdf(1.5, 3), 12);
        Assert.Equal(0.030599732953058022, StudentT.Cdf(-2.2, 7.5), 12);
        Assert.Equal(0.5, StudentT.Cdf(0, 4), 15);
    }

    [Fact]
    public void A_margin_is_t_times_the_standard_error_and_none_below_two_ratings()
    {
        var a = Of(A);
        Assert.Equal((12, 3.25), (a.N, a.Mean!.Value));
        Assert.Equal(1.2154310870109943, a.StandardDeviation!.Value, 12);
        Assert.Equal(0.7722480697230659, a.Margin!.Value, 9);
        Assert.Equal(0.5293877302170581, Of(B).Margin!.Value, 9);
        Assert.Null(Of(4).Margin);
        // Everyone gave the same rating: no spread, no margin to speak of.
        Assert.Equal(0, Of(4, 4, 4).Margin);
    }

    [Fact]
    public void A_change_whose_interval_includes_zero_is_within_noise_with_the_sizes_that_would_tell()
    {
        var judgement = TrendJudgement.Of(Of(A), Of(B), "in 2026-Q3");

        Assert.Equal(TrendKind.WithinNoise, judgement.Kind);
        Assert.Equal(-0.0705331198465029, judgement.Low!.Value, 9);
        Assert.Equal(1.7133902627036453, judgement.High!.Value, 9);
        // Hand: 1.96² × (1.2154² + 0.9169²) / 0.8214² = 14.0 (scipy/numpy: 14).
        Assert.Equal("within noise: +0.82 (95% interval −0.07 to +1.71); about 14 respondents on each side would tell a change this size", judgement.Words);
    }

    [Fact]
    public void A_change_whose_interval_excludes_zero_is_a_clear_fall_or_rise()
    {
        var fall = TrendJudgement.Of(Of(A), Of(C), "in 2026-Q3");
        Assert.Equal((TrendKind.ClearFall, "clear fall: −1.33 (95% interval −2.18 to −0.49)"), (fall.Kind, fall.Words));
        Assert.Equal(-2.1778221118841623, fall.Low!.Value, 9);
        Assert.Equal(-0.4888445547825041, fall.High!.Value, 9);

        var rise = TrendJudgement.Of(Of(C), Of(A), "in 2026-Q3");
        Assert.Equal((TrendKind.ClearRise, "clear rise: +1.33 (95% interval +0.49 to +2.18)"), (rise.Kind, rise.Words));
    }

    [Fact]
    public void Below_ten_on_either_side_no_judgement_is_made_and_the_reason_is_given()
    {
        var nine = Of(A[..9]);
        var judgement = TrendJudgement.Of(nine, Of(B), "in 2026-Q3");
        Assert.Equal((TrendKind.NotJudged, "not judged: 9 respondents in 2026-Q3, 14 now; a judgement needs 10 on each side"), (judgement.Kind, judgement.Words));
        Assert.Equal("not judged: 14 respondents in 2026-Q3, 9 now; a judgement needs 10 on each side", TrendJudgement.Of(Of(B), nine, "in 2026-Q3").Words);
        Assert.Equal(TrendKind.WithinNoise, TrendJudgement.Of(Of(A[..10]), Of(B[..10]), "in 2026-Q3").Kind);
    }

    [Fact]
    public void On_a_1_to_5_scale_the_t_interval_covers_the_true_mean_more_often_than_a_percentile_bootstrap()
    {
        // Why the reports use t (the About sheet says so): 2,000 samples of 10 ratings from a typical skewed distribution
        // (5%, 10%, 25%, 40%, 20%); scipy gave 93.5% for t and 90.7% for the bootstrap with another generator.
        var random = new Random(17);
        double[] shares = [0.05, 0.10, 0.25, 0.40, 0.20];
        var truth = shares.Select((p, i) => p * (i + 1)).Sum();
        int Draw() { var u = random.NextDouble(); for (var i = 0; i < 4; i++) { u -= shares[i]; if (u < 0) return i + 1; } return 5; }
        int byT = 0, byBootstrap = 0;
        const int samples = 2000, size = 10, resamples = 1000;
        var means = new double[resamples];
        for (var r = 0; r < samples; r++)
        {
            var sample = Enumerable.Range(0, size).Select(_ => Draw()).ToArray();
            var s = Of(sample);
            if (Math.Abs(s.Mean!.Value - truth) <= s.Margin!.Value) byT++;
            for (var b = 0; b < resamples; b++)
            {
                var sum = 0;
                for (var k = 0; k < size; k++) sum += sample[random.Next(size)];
                means[b] = (double)sum / size;
            }
            Array.Sort(means);
            if (means[24] <= truth && truth <= means[974]) byBootstrap++;
        }
        Assert.InRange(byT / (double)samples, 0.92, 0.96);
        Assert.True(byT > byBootstrap, $"t covered {byT}, the bootstrap {byBootstrap} of {samples}");
    }

    [Fact]
    public void Beside_another_group_the_same_interval_reads_as_a_difference()
    {
        var beside = TrendJudgement.Of(Of(A), Of(B), "among peers", JudgementWords.Beside("peers"));

        Assert.Equal("within noise of peers: +0.82 (95% interval −0.07 to +1.71); about 14 respondents on each side would tell a difference this size", beside.Words);
        Assert.Equal("clearly below peers: −1.33 (95% interval −2.18 to −0.49)", TrendJudgement.Of(Of(A), Of(C), "among peers", JudgementWords.Beside("peers")).Words);
        Assert.Equal("not judged: 9 respondents among peers, 14 here; a judgement needs 10 on each side", TrendJudgement.Of(Of(A[..9]), Of(B), "among peers", JudgementWords.Beside("peers")).Words);
    }
}
