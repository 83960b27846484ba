using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

// Action plans: what coordinators committed to, and what became of it, beside the change in what each aimed at.
public sealed partial class ValuePicture
{
    private IEnumerable<Response> PlansOf(int community, Period period) => _checks
        .Where(e => e.Response.Kind == TemplateKind.ActionPlan && e.Community == community && e.Response.Period.CompareTo(period) <= 0)
        .Select(e => e.Response)
        .OrderBy(r => r.Period).ThenBy(r => r.Time ?? DateTimeOffset.MinValue).ThenBy(r => r.Source.Path, StringComparer.Ordinal);

    /// <summary>The actions of the community's latest plan up to the period, each with when it was first set (the same words in the same row).</summary>
    private IReadOnlyList<CommittedAction> ActionsOf(int community, Period period)
    {
        var plans = PlansOf(community, period).ToList();
        if (plans.Count == 0) return [];
        var latest = plans[^1];
        var actions = new List<CommittedAction>();
        for (var row = 1; row <= ActionPlans.Rows; row++)
        {
            if (latest.Text(ActionPlans.Name(row, "action")) is not { } what) continue;
            var setIn = latest.Period;
            for (var i = plans.Count - 2; i >= 0 && plans[i].Text(ActionPlans.Name(row, "action")) == what; i--) setIn = plans[i].Period;
            var aim = latest.Text(ActionPlans.Name(row, "aims_at"));
            var (then, now, note) = Measure(community, aim, setIn, period);
            actions.Add(new CommittedAction(row, what, latest.Text(ActionPlans.Name(row, "owner")),
                Period.TryParse(latest.Text(ActionPlans.Name(row, "due")), out var due) ? due : null, aim,
                latest.Text(ActionPlans.Name(row, "status")) ?? ActionPlans.Planned, latest.Text(ActionPlans.Name(row, "update")), setIn, latest.Period, then, now, note));
        }
        return actions;
    }

    /// <summary>The aimed indicator's mean (shown figures only) or success factor's rating, when the action was set and now.</summary>
    private (double? Then, double? Now, string? Note) Measure(int community, string? aim, Period setIn, Period period)
    {
        if (aim is null) return (null, null, "aims at nothing named");
        var fresh = setIn == period;   // set this period: nothing to compare yet
        if (ValueFramework.Indicators.FirstOrDefault(i => string.Equals(i.Name, aim, StringComparison.OrdinalIgnoreCase)) is { } indicator)
        {
            double? Mean(Period p) => Profile(p, GroupKind.Community, community).Profile is Shown<ValueProfile> { Value: var v } ? v.Find(indicator.Id)?.Statistics.Mean : null;
            var (then, now) = (fresh ? null : Mean(setIn), Mean(period));
            return (then, now, fresh ? "set this period" : then is null || now is null ? "the community's figures are withheld or missing in one of the periods" : null);
        }
        if (ValueFramework.SuccessFactors.FirstOrDefault(f => string.Equals(f.Name, aim, StringComparison.OrdinalIgnoreCase)) is { } factor)
        {
            double? Rating(Period p) => HealthOf(community, p)?.Factors.First(f => f.Factor == factor).Rating?.Value;
            var (then, now) = (fresh ? null : Rating(setIn), Rating(period));
            return (then, now, fresh ? "set this period" : then is null || now is null ? "no health check rating in one of the periods" : null);
        }
        return (null, null, $"\"{aim}\" is neither an indicator nor a success factor");
    }

    private ActionCounts? CountsOf(int community, Period period)
    {
        var actions = ActionsOf(community, period);
        if (actions.Count == 0) return null;
        int Count(string status) => actions.Count(a => a.Status == status);
        return new ActionCounts(_names.Communities.Display(community), actions[0].UpdatedIn,
            Count(ActionPlans.Planned), Count(ActionPlans.InProgress), Count(ActionPlans.Done), Count(ActionPlans.Dropped));
    }
}
