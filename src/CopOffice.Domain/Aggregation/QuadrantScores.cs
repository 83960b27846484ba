using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>A response's quadrant scores from its rating codes (<see cref="SurveyFacts.Ratings"/>): each quadrant's 1–5 ratings, counted and summed.</summary>
internal static class QuadrantScores
{
    /// <summary>Counts and sums the response's 1–5 ratings per quadrant (a community's own indicators are in none).</summary>
    public static void Totals(byte[] codes, Span<int> count, Span<int> sum)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            var q = FrameworkIndex.QuadrantOfIndicator[i];
            if (q < 0 || codes[i] is < 1 or > 5) continue;
            count[q]++;
            sum[q] += codes[i];
        }
    }

    /// <summary>The mean of the response's quadrant scores (of the quadrants <paramref name="include"/> keeps, all by default); null when it has none.</summary>
    public static double? MeanOf(byte[] codes, Func<Quadrant, bool>? include = null)
    {
        Span<int> count = stackalloc int[FrameworkIndex.Quadrants.Count];
        Span<int> sum = stackalloc int[FrameworkIndex.Quadrants.Count];
        Totals(codes, count, sum);
        double total = 0;
        var scored = 0;
        for (var q = 0; q < count.Length; q++)
            if (count[q] > 0 && (include is null || include(FrameworkIndex.Quadrants[q]))) { total += (double)sum[q] / count[q]; scored++; }
        return scored == 0 ? null : total / scored;
    }
}
