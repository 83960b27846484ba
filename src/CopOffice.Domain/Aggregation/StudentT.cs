namespace CopOffice.Aggregation;

/// <summary>
/// Student's t distribution: its distribution function through the regularized incomplete beta function (a
/// continued fraction, Lentz's method), and the two-sided 95% critical value found from it by bisection. Plain
/// numerics, so the domain needs no package; the tests hold it against scipy's figures.
/// </summary>
public static class StudentT
{
    private static readonly Dictionary<int, double> Critical = [];
    private static readonly Lock Gate = new();

    /// <summary>P(T ≤ t) for <paramref name="degreesOfFreedom"/> &gt; 0 (fractional, as Welch's, allowed).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        if (degreesOfFreedom <= 0 || double.IsNaN(degreesOfFreedom)) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive.");
        if (double.IsPositiveInfinity(t)) return 1;
        if (double.IsNegativeInfinity(t)) return 0;
        var tail = 0.5 * IncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The t with 2.5% of the distribution above it: a 95% interval is the estimate ± this × its standard error.</summary>
    public static double Critical95(double degreesOfFreedom)
    {
        if (degreesOfFreedom == Math.Floor(degreesOfFreedom) && degreesOfFreedom < int.MaxValue)
        {
            var whole = (int)degreesOfFreedom;
            lock (Gate)
                if (Critical.TryGetValue(whole, out var known)) return known;
            var found = Quantile(0.975, degreesOfFreedom);
            lock (Gate) Critical[whole] = found;
            return found;
        }
        return Quantile(0.975, degreesOfFreedom);
    }

    /// <summary>The t below which a share <paramref name="p"/> (0.5 ≤ p &lt; 1) of the distribution lies.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (p is < 0.5 or >= 1) throw new ArgumentOutOfRangeException(nameof(p), p, "Only the upper half is needed: 0.5 ≤ p < 1.");
        double low = 0, high = 1;
        while (Cdf(high, degreesOfFreedom) < p) high *= 2;
        // 100 halvings take any bracket below double precision.
        for (var i = 0; i < 100 && high - low > 1e-12 * Math.Max(1, high); i++)
        {
            var mid = (low + high) / 2;
            if (Cdf(mid, degreesOfFreedom) < p) low = mid;
            else high = mid;
        }
        return (low + high) / 2;
    }

    /// <summary>I_x(a, b), the regularized incomplete beta function.</summary>
    internal static double IncompleteBeta(double x, double a, double b)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        // The continued fraction converges fast for x below (a + 1) / (a + b + 2); above it, the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - front * ContinuedFraction(1 - x, b, a) / b;
    }

    private const double Tiny = 1e-300, Epsilon = 1e-15;

    private static double ContinuedFraction(double x, double a, double b)
    {
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        if (Math.Abs(d) < Tiny) d = Tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 1000; m++)
        {
            var m2 = 2 * m;
            var step = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + step * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + step / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            h *= d * c;
            step = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + step * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + step / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) return h;
        }
        throw new InvalidOperationException($"The incomplete beta function did not converge for x = {x}, a = {a}, b = {b}.");
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, nine coefficients: about 15 significant digits).</summary>
    internal static double LogGamma(double x)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++) sum += g[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
