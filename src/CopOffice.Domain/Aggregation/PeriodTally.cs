using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// The finest group of a period (an "atom" in the code that uses it): the value surveys of one community,
/// member type and unit. Every group a view shows is a union of atoms, so groups are summed from atoms and
/// the privacy audit reasons on atoms.
/// </summary>
internal sealed class FinestGroup(int community, int type, int unit)
{
    public int Community { get; } = community;
    public int Type { get; } = type;
    public int Unit { get; } = unit;
    public int Responses { get; set; }

    /// <summary>Responses without a name or email: each is a person of its own.</summary>
    public int Anonymous { get; set; }

    /// <summary>
    /// People, in units of 1/<see cref="Weights.One"/>, with a person who answered for several communities in
    /// the period spread evenly over their responses (1/r each, rounded down). Any set of atoms weighs at most
    /// the number of distinct people in it, so a set that weighs k or more holds at least k people: the audit
    /// may over-protect, never under-protect. Whole numbers keep sums exact, whatever the input order.
    /// </summary>
    public long Weight { get; set; }
}

/// <summary>A respondent of one period and the atoms of their responses (several when they answered for several communities).</summary>
internal sealed class Respondent(string? email, FinestGroup first)
{
    public string? Email { get; } = email;
    public FinestGroup First { get; } = first;
    public List<FinestGroup>? More { get; set; }

    public int Responses => 1 + (More?.Count ?? 0);

    public IEnumerable<FinestGroup> Atoms => More is null ? [First] : [First, .. More];
}

/// <summary>One pass over a period's value surveys: the tallies of every group, atoms and respondents.</summary>
internal sealed class PeriodTally(Period period)
{
    private readonly Tally.Reading _reading = new();

    public Period Period { get; } = period;
    public Tally Organisation { get; } = new();
    public Dictionary<int, Tally> Communities { get; } = [];
    public Dictionary<(int Community, int Type), Tally> CommunityTypes { get; } = [];
    public Dictionary<int, Tally> Units { get; } = [];
    public Dictionary<int, Tally> Types { get; } = [];
    public Dictionary<(int Community, int Type, int Unit), FinestGroup> Atoms { get; } = [];
    public Dictionary<string, Respondent> Respondents { get; } = new(StringComparer.Ordinal);

    public void Add(in SurveyFacts survey, int community, int type, int unit)
    {
        Tally.Read(survey, _reading);
        Organisation.Add(_reading);
        Of(Communities, community).Add(_reading);
        Of(CommunityTypes, (community, type)).Add(_reading);
        Of(Units, unit).Add(_reading);
        Of(Types, type).Add(_reading);
        if (!Atoms.TryGetValue((community, type, unit), out var atom))
            Atoms[(community, type, unit)] = atom = new FinestGroup(community, type, unit);
        atom.Responses++;
        if (survey.IsAnonymous)
        {
            atom.Anonymous++;
            atom.Weight += Weights.One;
            return;
        }
        if (Respondents.TryGetValue(survey.Respondent, out var respondent)) (respondent.More ??= []).Add(atom);
        else Respondents[survey.Respondent] = new Respondent(survey.RosterEmail, atom);
    }

    private static Tally Of<TKey>(Dictionary<TKey, Tally> tallies, TKey key) where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new Tally();
        return tally;
    }

    /// <summary>Spreads each respondent's weight of one over their responses; called once, after the pass.</summary>
    public void Weigh()
    {
        foreach (var respondent in Respondents.Values)
        {
            var share = Weights.One / respondent.Responses;
            foreach (var atom in respondent.Atoms) atom.Weight += share;
        }
    }
}

/// <summary>Person weights as whole numbers: one person is <see cref="One"/>, divisible by every count of responses up to 16.</summary>
internal static class Weights
{
    public const long One = 720_720;

    public static long Of(int people) => people * One;
}
