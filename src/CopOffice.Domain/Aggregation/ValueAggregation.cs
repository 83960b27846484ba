using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>A value survey as the aggregation keeps it: the response itself and its group ids.</summary>
internal sealed record Entry(Response Response, int Community, int Type, int Unit, int StoryCycles);

/// <summary>A coordinator's workbook (health check, leadership-roles analysis) and its community.</summary>
internal sealed record CoordinatorEntry(Response Response, int Community);

/// <summary>
/// Turns accepted responses into the value picture: one pass over the responses into per-period atoms
/// (community × member type × unit) holding histograms, then group sums, privacy decisions per period,
/// and views cut from them. Memory is the atoms plus references to the responses.
/// </summary>
public static class ValueAggregation
{
    /// <param name="accepted">The responses that count (<see cref="Ledger.Accepted"/>): repeats already resolved.</param>
    /// <param name="roster">The organisation's roster, for response rates and spellings; <see cref="Roster.Empty"/> without one.</param>
    /// <exception cref="ArgumentException">The privacy options are out of range (the message says how).</exception>
    public static ValuePicture Build(IEnumerable<Response> accepted, Roster roster, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();

        var names = new Names();
        var rosterIndex = RosterIndex.Build(roster, names);
        var tallies = new Dictionary<Period, PeriodTally>();
        var entries = new Dictionary<Period, List<Entry>>();
        var members = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        var checks = new List<CoordinatorEntry>();
        var analyses = new List<CoordinatorEntry>();

        foreach (var response in accepted)
        {
            var community = names.Communities.Id(response.Community);
            switch (response.Kind)
            {
                case TemplateKind.ValueSurvey:
                    var type = names.Types.Id(response.MemberType);
                    var unit = names.Units.Id(response.Unit);
                    var cycles = FreeText.StoryCycles(response);
                    if (!tallies.TryGetValue(response.Period, out var tally))
                    {
                        tallies[response.Period] = tally = new PeriodTally(response.Period);
                        entries[response.Period] = [];
                    }
                    tally.Add(response, community, type, unit, cycles);
                    var entry = new Entry(response, community, type, unit, cycles);
                    entries[response.Period].Add(entry);
                    if (response.MemberEmail is { } email)
                    {
                        if (!members.TryGetValue(email, out var own)) members[email] = own = [];
                        own.Add(entry);
                    }
                    break;
                case TemplateKind.HealthCheck:
                    checks.Add(new(response, community));
                    break;
                case TemplateKind.LeadershipRoles:
                    analyses.Add(new(response, community));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(accepted), response.Kind, "A response of a kind the aggregation does not know.");
            }
        }

        var releases = new SortedDictionary<Period, Release>();
        foreach (var (period, tally) in tallies)
        {
            tally.Weigh();
            var release = Release.Build(tally, names, rosterIndex);
            Suppression.Apply(release, options);
            releases[period] = release;
        }
        return new ValuePicture(options, names, rosterIndex, releases, entries, members, checks, analyses);
    }
}
