using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>A story that promised value (potential or applied) and had not realised it when told: it can be followed up.</summary>
internal sealed record Aspiration(string Key, Period Period, int Community, Entry Entry, ValueCycle Furthest);

/// <summary>What a later survey said came of an earlier story, linked to it by its key.</summary>
internal sealed record FollowUpAnswer(string Key, Period Period, int Community, string Outcome, string? Difference, string? Claim, Source Source);

/// <summary>The stories that can be followed up and the follow-ups, gathered in the aggregation's one pass.</summary>
internal sealed class StoryFlows
{
    public List<Aspiration> Aspirations { get; } = [];
    public List<FollowUpAnswer> Answers { get; } = [];

    /// <summary>Each aspiration by the response that told it (<see cref="Complete"/> fills it).</summary>
    public Dictionary<int, Aspiration> ByEntry { get; private set; } = [];

    /// <summary>Every aspiration's key: a follow-up naming another is linked to nothing.</summary>
    public HashSet<string> Keys { get; private set; } = [];

    /// <summary>The follow-ups of each key, oldest first (<see cref="Complete"/> fills it).</summary>
    public ILookup<string, FollowUpAnswer> ByKey { get; private set; } = Array.Empty<FollowUpAnswer>().ToLookup(f => f.Key);

    /// <summary>
    /// Indexes what the pass gathered, once, before any view reads it: views (a personal workbook per member among
    /// them) look up their own stories instead of scanning everyone's.
    /// </summary>
    public StoryFlows Complete()
    {
        ByEntry = Aspirations.ToDictionary(a => a.Entry.Index);
        Keys = [.. Aspirations.Select(a => a.Key)];
        ByKey = Answers.OrderBy(f => f.Period).ThenBy(f => f.Source.Path, StringComparer.Ordinal).ThenBy(f => f.Source.Row ?? 0)
            .ToLookup(f => f.Key, StringComparer.Ordinal);
        return this;
    }

    public void Read(Response response, Entry entry, int community)
    {
        if (response.MemberEmail is not { } email) return;
        var cycles = entry.StoryCycles;
        bool Reaches(ValueCycle cycle) => (cycles & (1 << (int)cycle)) != 0;
        if (!Reaches(ValueCycle.Realized) && (Reaches(ValueCycle.Applied) || Reaches(ValueCycle.Potential)))
            Aspirations.Add(new(StoryKeys.Of(email, response.Community, response.Period), response.Period, community, entry,
                Reaches(ValueCycle.Applied) ? ValueCycle.Applied : ValueCycle.Potential));
        for (var slot = 1; slot <= FollowUp.Slots; slot++)
        {
            if (response.Text(AnswerNames.FollowUp(slot, "story")) is not { } key || response.Text(AnswerNames.FollowUp(slot, "outcome")) is not { } outcome) continue;
            Answers.Add(new(key, response.Period, community, outcome,
                response.Text(AnswerNames.FollowUp(slot, "difference")), response.Text(AnswerNames.FollowUp(slot, "claim")), response.Source));
        }
    }
}
