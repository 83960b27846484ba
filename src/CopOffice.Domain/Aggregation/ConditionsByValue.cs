using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>An enabler or challenge, and how many respondents of high and of low value to the organisation named it.</summary>
public sealed record ConditionContrast(string Kind, string Item, int High, int Low);

/// <summary>
/// Enablers and challenges compared between the respondents who see the most value to the organisation and those who
/// see the least: a respondent's organisation value is the mean of their two organisation quadrant scores; the high side
/// is the top third of respondents (from <see cref="HighFrom"/>), the low side the bottom third (below
/// <see cref="LowBelow"/>), cut at quarter points; pooled over the communities whose free text is shown.
/// </summary>
public sealed record ConditionsByValue(int HighRespondents, int LowRespondents, IReadOnlyList<ConditionContrast> Items)
{
    /// <summary>The quarter-point steps of organisation value, 1 to 5: respondents are counted by step, and the thirds cut between steps.</summary>
    public const int Steps = 17;

    public double HighFrom { get; init; }
    public double LowBelow { get; init; }

    /// <summary>Items named by at least this many respondents in both bands together are compared.</summary>
    public const int MinimumNamed = 2;

    /// <summary>The most named items of each kind that are compared.</summary>
    public const int MostNamed = 10;

    /// <summary>The step (0 = 1.00 to under 1.25 … 16 = 5.00) of a response's organisation value, or null when it rated no organisation indicator.</summary>
    internal static int? StepOf(byte[] codes) =>
        QuadrantScores.MeanOf(codes, q => q.Beneficiary == Beneficiary.Organisation) is { } value
            ? Math.Clamp((int)Math.Floor((value - 1) * 4 + 1e-9), 0, Steps - 1)
            : null;

    /// <summary>
    /// The lowest steps holding at least a third of the respondents, and the highest steps likewise; null when they would
    /// meet (nearly everyone sees the same value).
    /// </summary>
    internal static (int LowUpTo, int HighFrom)? Thirds(IReadOnlyList<int> respondentsByStep)
    {
        var total = respondentsByStep.Sum();
        if (total == 0) return null;
        int low = -1, seen = 0;
        while (seen * 3 < total) seen += respondentsByStep[++low];
        int high = Steps, above = 0;
        while (above * 3 < total) above += respondentsByStep[--high];
        return low < high ? (low, high) : null;
    }

    public static double ValueAt(int step) => 1 + step / 4.0;

    internal static ConditionsByValue Of(ValueBandTexts high, ValueBandTexts low, int lowUpTo, int highFrom)
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
            [.. Compare("enabler", high.Counts.Enablers, low.Counts.Enablers), .. Compare("challenge", high.Counts.Challenges, low.Counts.Challenges)])
        {
            LowBelow = ValueAt(lowUpTo + 1),
            HighFrom = ValueAt(highFrom),
        };
    }
}
