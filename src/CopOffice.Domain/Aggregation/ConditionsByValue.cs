using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>An enabler or challenge, and how many respondents of high and of low value to the organisation named it.</summary>
public sealed record ConditionContrast(string Kind, string Item, int High, int Low);

/// <summary>
/// Enablers and challenges compared between respondents who see high value to the organisation (their mean of the two
/// organisation quadrant scores 4 or more) and low (below 3), pooled over the communities whose free text is shown.
/// </summary>
public sealed record ConditionsByValue(int HighRespondents, int LowRespondents, IReadOnlyList<ConditionContrast> Items)
{
    public const double HighFrom = 4, LowBelow = 3;

    /// <summary>Items named by at least this many respondents in both bands together are compared.</summary>
    public const int MinimumNamed = 2;

    /// <summary>The most named items of each kind that are compared.</summary>
    public const int MostNamed = 10;

    /// <summary>High (true), low (false) or neither (null) value to the organisation, from a response's rating codes.</summary>
    internal static bool? BandOf(byte[] codes)
    {
        double total = 0;
        var scored = 0;
        foreach (var (quadrant, q) in FrameworkIndex.Quadrants.Select((quadrant, q) => (quadrant, q)))
        {
            if (quadrant.Beneficiary != Beneficiary.Organisation) continue;
            int count = 0, sum = 0;
            for (var i = 0; i < codes.Length; i++)
                if (FrameworkIndex.QuadrantOfIndicator[i] == q && codes[i] is >= 1 and <= 5) { count++; sum += codes[i]; }
            if (count == 0) continue;
            total += (double)sum / count;
            scored++;
        }
        if (scored == 0) return null;
        var value = total / scored;
        return value >= HighFrom ? true : value < LowBelow ? false : null;
    }

    internal static ConditionsByValue Of(ValueBandTexts high, ValueBandTexts low)
    {
        IEnumerable<ConditionContrast> Compare(string kind, RepeatCounter inHigh, RepeatCounter inLow)
        {
            var a = inHigh.Items().ToDictionary(i => FreeText.Key(i.Text), StringComparer.Ordinal);
            var b = inLow.Items().ToDictionary(i => FreeText.Key(i.Text), StringComparer.Ordinal);
            return a.Keys.Union(b.Keys)
                // In the wording of the side that named it more (the high side on a tie), as the Enablers sheet shows the most used wording.
                .Select(key => (Key: key, Text: ((b.GetValueOrDefault(key)?.Count ?? 0) > (a.GetValueOrDefault(key)?.Count ?? 0) ? b[key] : a[key]).Text,
                    High: a.GetValueOrDefault(key)?.Count ?? 0, Low: b.GetValueOrDefault(key)?.Count ?? 0))
                .Where(x => x.High + x.Low >= MinimumNamed)
                .OrderByDescending(x => x.High + x.Low).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Take(MostNamed)
                .Select(x => new ConditionContrast(kind, x.Text, x.High, x.Low));
        }
        return new(high.Respondents, low.Respondents,
            [.. Compare("enabler", high.Counts.Enablers, low.Counts.Enablers), .. Compare("challenge", high.Counts.Challenges, low.Counts.Challenges)]);
    }
}
