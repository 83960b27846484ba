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
