using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// A value survey as the aggregation keeps it: where its response is (decoded again only when a view
/// shows its words), its group ids and what views select surveys by. A few bytes, not the response.
/// </summary>
internal readonly record struct Entry(int Index, int Community, int Type, int Unit, int StoryCycles, StoryConsent Consent, uint Roles);

/// <summary>A coordinator's workbook (health check, leadership-roles analysis) and its community.</summary>
internal sealed record CoordinatorEntry(Response Response, int Community);

/// <summary>
/// Turns accepted responses into the value picture: one pass over the value surveys' facts into
/// per-period atoms (community × member type × unit) holding histograms, then group sums, privacy
/// decisions per period, and views cut from them. Memory is the atoms and a few bytes per survey;
/// the responses stay where they are (the ledger's spool) until a view needs their words.
/// </summary>
public static class ValueAggregation
{
    /// <summary>The value picture of a run's ledger: its accepted inputs, repeats resolved, aggregated from the facts read at intake.</summary>
    /// <param name="roster">The organisation's roster, for response rates and spellings; <see cref="Roster.Empty"/> without one.</param>
    /// <exception cref="ArgumentException">The privacy options are out of range (the message says how).</exception>
    public static ValuePicture Build(Ledger ledger, Roster roster, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(roster);
        // Facts read against another roster do not carry this one's emails: those are read from the responses.
        var emails = roster.IsEmpty || ReferenceEquals(ledger.FactsRoster, roster) ? null : new Spellings(roster);
        var accepted = emails is null ? ledger.AcceptedRows : ledger.AcceptedRows.Select(row =>
            row.Facts is { } facts ? row with { Facts = facts with { RosterEmail = emails.OnRoster(ledger.ResponseAt(row.Index).MemberEmail) } } : row);
        return Build(accepted, ledger.ResponseAt, ledger.TextsAt, roster, options);
    }

    /// <param name="accepted">The responses that count (<see cref="Ledger.Accepted"/>): repeats already resolved.</param>
    /// <param name="roster">The organisation's roster, for response rates and spellings; <see cref="Roster.Empty"/> without one.</param>
    /// <exception cref="ArgumentException">The privacy options are out of range (the message says how).</exception>
    public static ValuePicture Build(IEnumerable<Response> accepted, Roster roster, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var responses = accepted.ToList();
        ArgumentNullException.ThrowIfNull(roster);
        var spellings = new Spellings(roster);
        return Build(responses.Select((r, i) => (i, r.Kind, r.Kind == TemplateKind.ValueSurvey ? SurveyFacts.Of(r, spellings) : (SurveyFacts?)null)),
            i => responses[i], i => responses[i].Texts, roster, options);
    }

    private static ValuePicture Build(IEnumerable<(int Index, TemplateKind Kind, SurveyFacts? Facts)> accepted, Func<int, Response> responseAt,
        Func<int, IReadOnlyDictionary<string, string>> textsAt, Roster roster, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();

        var names = new GroupNames();
        var rosterIndex = RosterIndex.Build(roster, names);
        var tallies = new Dictionary<Period, PeriodTally>();
        var entries = new Dictionary<Period, List<Entry>>();
        var checks = new List<CoordinatorEntry>();
        var analyses = new List<CoordinatorEntry>();

        foreach (var (index, kind, facts) in accepted)
        {
            switch (kind)
            {
                case TemplateKind.ValueSurvey:
                    var survey = facts ?? throw new InvalidOperationException($"Accepted value survey {index} has no facts: the ledger was built without them.");
                    var community = names.Communities.Id(survey.Community);
                    var type = names.Types.Id(survey.MemberType);
                    var unit = names.Units.Id(survey.Unit);
                    if (!tallies.TryGetValue(survey.Period, out var tally))
                    {
                        tallies[survey.Period] = tally = new PeriodTally(survey.Period);
                        entries[survey.Period] = [];
                    }
                    tally.Add(survey, community, type, unit);
                    var entry = new Entry(index, community, type, unit, survey.StoryCycles, survey.Consent, survey.Roles);
                    entries[survey.Period].Add(entry);
                    break;
                case TemplateKind.HealthCheck:
                case TemplateKind.LeadershipRoles:
                    var response = responseAt(index);
                    (kind == TemplateKind.HealthCheck ? checks : analyses).Add(new(response, names.Communities.Id(response.Community)));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(accepted), kind, "A response of a kind the aggregation does not know.");
            }
        }

        var releases = new SortedDictionary<Period, PeriodDisclosure>();
        foreach (var (period, tally) in tallies)
        {
            tally.Weigh();
            var release = PeriodDisclosure.Build(tally, names, rosterIndex);
            Suppression.Apply(release, options);
            releases[period] = release;
        }
        return new ValuePicture(options, names, rosterIndex, releases, entries, checks, analyses, responseAt, textsAt);
    }
}
