using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// A value survey as the aggregation keeps it: its position among the accepted responses, its group ids
/// and what views select surveys by.
/// </summary>
internal readonly record struct Entry(int Index, int Community, int Type, int Unit, int StoryCycles, StoryConsent Consent, uint Roles)
{
    /// <summary>The response's rating codes (<see cref="SurveyFacts.Ratings"/>), for the driver analysis.</summary>
    public byte[] Ratings { get; init; } = [];
}

/// <summary>What the pass over the responses read of people's words: stories that may be shared, free text counted per community and period, and each member's surveys.</summary>
internal sealed record WordsRead(
    Dictionary<int, ToldStory> Told,
    Dictionary<(int Community, Period Period), ConditionCounts> Conditions,
    Dictionary<string, List<(Period Period, Entry Entry)>> Members,
    StoryFlows Flows)
{
    /// <summary>Free text of respondents by their organisation value's quarter-point step (<see cref="ConditionsByValue.StepOf"/>), per community and period.</summary>
    public Dictionary<(int Community, Period Period, int Step), ValueBandTexts> ByValue { get; init; } = [];
}

/// <summary>The counted free text of one value band, and how many respondents it holds.</summary>
internal sealed class ValueBandTexts
{
    public ConditionCounts Counts { get; } = new();
    public int Respondents { get; set; }
}

/// <summary>A coordinator's workbook (health check, leadership-roles analysis) and its community.</summary>
internal sealed record CoordinatorEntry(Response Response, int Community);

/// <summary>
/// Turns accepted responses into the value picture: one pass over the value surveys into per-period
/// atoms (community × member type × unit) holding histograms, then group sums, privacy decisions per
/// period, and views cut from them.
/// </summary>
public static class ValueAggregation
{
    /// <summary>The value picture of a run's ledger: its accepted inputs, repeats resolved.</summary>
    /// <param name="roster">The organisation's roster, for response rates and spellings; <see cref="Roster.Empty"/> without one.</param>
    /// <exception cref="ArgumentException">The privacy options are out of range (the message says how).</exception>
    public static ValuePicture Build(Ledger ledger, Roster roster, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Build(ledger.Accepted, roster, options);
    }

    /// <param name="accepted">The responses that count (<see cref="Ledger.Accepted"/>): repeats already resolved.</param>
    /// <param name="roster">The organisation's roster, for response rates and spellings; <see cref="Roster.Empty"/> without one.</param>
    /// <exception cref="ArgumentException">The privacy options are out of range (the message says how).</exception>
    public static ValuePicture Build(IEnumerable<Response> accepted, Roster roster, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();
        var responses = accepted as IReadOnlyList<Response> ?? accepted.ToArray();
        var listed = roster.Entries.Select(e => e.Email.Trim().ToLowerInvariant()).Where(e => e.Length > 0).ToHashSet(StringComparer.Ordinal);

        var names = new GroupNames();
        var rosterIndex = RosterIndex.Build(roster, names);
        var tallies = new Dictionary<Period, PeriodTally>();
        var entries = new Dictionary<Period, List<Entry>>();
        var checks = new List<CoordinatorEntry>();
        var analyses = new List<CoordinatorEntry>();
        // What views show of people's words, read in this one pass: a response may wait in a database, read again only for a member's own view.
        var told = new Dictionary<int, ToldStory>();
        var conditions = new Dictionary<(int Community, Period Period), ConditionCounts>();
        var byValue = new Dictionary<(int Community, Period Period, int Step), ValueBandTexts>();
        var members = new Dictionary<string, List<(Period Period, Entry Entry)>>(StringComparer.OrdinalIgnoreCase);
        var flows = new StoryFlows();

        for (var index = 0; index < responses.Count; index++)
        {
            var response = responses[index];
            switch (response.Kind)
            {
                case TemplateKind.ValueSurvey:
                    var survey = SurveyFacts.Of(response, listed);
                    var community = names.Communities.Id(survey.Community);
                    var type = names.Types.Id(survey.MemberType);
                    var unit = names.Units.Id(survey.Unit);
                    if (!tallies.TryGetValue(survey.Period, out var tally))
                    {
                        tallies[survey.Period] = tally = new PeriodTally(survey.Period);
                        entries[survey.Period] = [];
                    }
                    tally.Add(survey, community, type, unit);
                    var entry = new Entry(index, community, type, unit, survey.StoryCycles, survey.Consent, survey.Roles) { Ratings = survey.Ratings };
                    entries[survey.Period].Add(entry);
                    if (entry.StoryCycles != 0 && entry.Consent != StoryConsent.Private) told[index] = ToldStory.Of(response.Texts, response.MemberName);
                    if (!conditions.TryGetValue((community, survey.Period), out var counts)) conditions[(community, survey.Period)] = counts = new ConditionCounts();
                    var said = ConditionCounts.Split(response.Texts);
                    counts.Add(said);
                    if (ConditionsByValue.StepOf(survey.Ratings) is { } step)
                    {
                        if (!byValue.TryGetValue((community, survey.Period, step), out var band)) byValue[(community, survey.Period, step)] = band = new ValueBandTexts();
                        band.Counts.Add(said, reflections: false);
                        band.Respondents++;
                    }
                    flows.Read(response, entry, community);
                    if (response.MemberEmail is { } email)
                    {
                        if (!members.TryGetValue(email, out var own)) members[email] = own = [];
                        own.Add((survey.Period, entry));
                    }
                    break;
                case TemplateKind.HealthCheck:
                case TemplateKind.FormingCheck:
                case TemplateKind.ActionPlan:
                case TemplateKind.LeadershipRoles:
                    (response.Kind == TemplateKind.LeadershipRoles ? analyses : checks).Add(new(response, names.Communities.Id(response.Community)));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(accepted), response.Kind, "A response of a kind the aggregation does not know.");
            }
        }

        var disclosures = new SortedDictionary<Period, PeriodDisclosure>();
        foreach (var (period, tally) in tallies)
        {
            tally.Weigh();
            var disclosure = PeriodDisclosure.Build(tally, names, rosterIndex);
            Suppression.Apply(disclosure, options);
            disclosures[period] = disclosure;
        }
        return new ValuePicture(options, names, rosterIndex, disclosures, entries, checks, analyses, responses, new(told, conditions, members, flows.Complete()) { ByValue = byValue });
    }
}
