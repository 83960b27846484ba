using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

// What goes with value: drivers in a group large enough, and success factors and roles across communities.
public sealed partial class ValuePicture
{
    /// <summary>
    /// The driver analysis of the organisation (<paramref name="community"/> &lt; 0) or a community in the period: withheld as
    /// the group's figures are, and missing below <see cref="PrivacyOptions.MinDriverGroupSize"/> respondents.
    /// </summary>
    private Figure<DriverAnalysis> DriversOf(Period period, int community = -1)
    {
        var group = community < 0 ? Profile(period, GroupKind.Organisation) : Profile(period, GroupKind.Community, community);
        switch (group.Profile)
        {
            case Suppressed<ValueProfile> s: return new Suppressed<DriverAnalysis>(s.Reason, s.Cause);
            case Missing<ValueProfile> m: return new Missing<DriverAnalysis>(m.Reason);
        }
        var rows = RatingsOf(period, community);
        if (rows.Count < Privacy.MinDriverGroupSize)
            return new Missing<DriverAnalysis>($"{rows.Count} responses, fewer than the {Privacy.MinDriverGroupSize} a driver analysis needs: too few to tell which indicators go with value");
        return new Shown<DriverAnalysis>(DriverAnalysis.Of(rows));
    }

    private List<byte[]> RatingsOf(Period period, int community) =>
        community < 0 ? [.. (_entries.GetValueOrDefault(period) ?? []).Select(e => e.Ratings)]
        : _byCommunity.TryGetValue(period, out var byCommunity) ? [.. byCommunity[community].Select(e => e.Ratings)] : [];

    /// <summary>Each community whose figures are shown, as a point: overall value beside its success factors and roles filled.</summary>
    private ValueAcrossCommunities AcrossCommunitiesOf(Period period, IReadOnlyList<int> communities)
    {
        var points = new List<CommunityValuePoint>();
        foreach (var c in communities)
        {
            if (Profile(period, GroupKind.Community, c).Profile is not Shown<ValueProfile> shown) continue;
            var scores = RatingsOf(period, c).Select(r => QuadrantScores.MeanOf(r)).OfType<double>().ToList();
            if (scores.Count == 0) continue;
            var factors = HealthOf(c, period)?.Factors.Select(f => f.Rating?.Value).OfType<int>().ToList();
            var roles = RolesOf(c, period);
            points.Add(new CommunityValuePoint(_names.Communities.Display(c), shown.Value.Respondents, scores.Average(),
                factors is { Count: > 0 } ? factors.Average() : null,
                roles.AnalysisPeriod is null && roles.Filled == 0 ? null : (double)roles.Filled / roles.Roles.Count));
        }
        return new ValueAcrossCommunities(points);
    }

    /// <summary>
    /// Enablers and challenges of the third of respondents who see the most value to the organisation and the third who see
    /// the least, pooled over the communities whose free text is shown; withheld unless each side has the free-text threshold.
    /// </summary>
    private Figure<ConditionsByValue> ConditionsByValueOf(Period period, IReadOnlyList<int> communities)
    {
        var steps = Enumerable.Range(0, ConditionsByValue.Steps).Select(_ => new ValueBandTexts()).ToArray();
        foreach (var c in communities.Where(c => ConditionsOf(c, period).Figure.IsShown))
            for (var step = 0; step < steps.Length; step++)
                if (_byValue.TryGetValue((c, period, step), out var texts))
                {
                    steps[step].Counts.Add(texts.Counts);
                    steps[step].Respondents += texts.Respondents;
                }
        if (ConditionsByValue.Thirds([.. steps.Select(s => s.Respondents)]) is not { } thirds)
            return new Missing<ConditionsByValue>("the respondents whose free text is shown see nearly the same value to the organisation: there is no high and low third to compare");
        var (lowUpTo, highFrom) = thirds;
        var (high, low) = (new ValueBandTexts(), new ValueBandTexts());
        for (var step = 0; step < steps.Length; step++)
        {
            var into = step >= highFrom ? high : step <= lowUpTo ? low : null;
            if (into is null) continue;
            into.Counts.Add(steps[step].Counts);
            into.Respondents += steps[step].Respondents;
        }
        if (Math.Min(high.Respondents, low.Respondents) < Privacy.FreeTextMinGroupSize)
            return new Suppressed<ConditionsByValue>(
                $"{high.Respondents} respondents see high value to the organisation and {low.Respondents} low, in the communities whose free text is shown; " +
                $"each side needs {Privacy.FreeTextMinGroupSize} (the threshold for free text)", SuppressionCause.FreeText);
        return new Shown<ConditionsByValue>(ConditionsByValue.Of(high, low, lowUpTo, highFrom));
    }
}
