using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Samples;

/// <summary>
/// The sample's stories over time: each member's open aspirations (stories of potential or applied value, not
/// realised) are followed up in their personal template of a later period, as the value flow would have them.
/// Forms cannot be personalised, so members who answer in Forms tell stories but follow none up.
/// </summary>
internal sealed class SampleFollowUps(int seed)
{
    private readonly Dictionary<string, List<(string Key, Period Period, string Quote)>> _open = new(StringComparer.Ordinal);

    /// <summary>The answers with the member's open aspirations followed up (up to <see cref="FollowUp.Slots"/>), realised and dropped ones closed.</summary>
    public Dictionary<string, object?> FollowedUp(SampleMember member, Period period, IReadOnlyDictionary<string, object?> answers)
    {
        var filled = new Dictionary<string, object?>(answers);
        if (!_open.TryGetValue(member.Email, out var open)) return filled;
        var random = new Random(StableSeed.Of(seed, member.Email, period.ToString(), "follow-up"));
        var slot = 0;
        foreach (var aspiration in open.Take(FollowUp.Slots).ToList())
        {
            slot++;
            var outcome = SampleOrganisation.Pick(random, [(FollowUp.Realised, 35), (FollowUp.Applied, 25), (FollowUp.NotYet, 25), (FollowUp.Dropped, 15)]);
            filled[AnswerNames.FollowUp(slot, "story")] = aspiration.Key;
            filled[AnswerNames.FollowUp(slot, "quote")] = $"{aspiration.Period}: {aspiration.Quote}";
            filled[AnswerNames.FollowUp(slot, "outcome")] = outcome;
            if (outcome == FollowUp.Realised)
            {
                filled[AnswerNames.FollowUp(slot, "difference")] = "The checklist is now how the whole team works; handovers stopped going wrong.";
                if (random.NextDouble() < 0.6) filled[AnswerNames.FollowUp(slot, "claim")] = $"saves {random.Next(2, 12)} hours a month";
            }
            else if (outcome == FollowUp.Applied)
                filled[AnswerNames.FollowUp(slot, "difference")] = "We use it in the team; too early to see the difference.";
            if (outcome is FollowUp.Realised or FollowUp.Dropped) open.Remove(aspiration);
        }
        return filled;
    }

    /// <summary>Forgets what <paramref name="email"/> told in <paramref name="period"/>: the answer went in anonymously, so no key can follow it.</summary>
    public void Forget(string email, Period period) => _open.GetValueOrDefault(email)?.RemoveAll(a => a.Period == period);

    /// <summary>Records the story the member told in <paramref name="period"/>, when it promised value it had not yet realised.</summary>
    public void Told(SampleMember member, Period period, IReadOnlyDictionary<string, object?> answers)
    {
        bool Reaches(ValueCycle cycle) => ValueFramework.StoryQuestions.Any(q => q.Cycle == cycle && answers.GetValueOrDefault(AnswerNames.Story(q.Id)) is string { Length: > 0 });
        if (Reaches(ValueCycle.Realized) || !(Reaches(ValueCycle.Potential) || Reaches(ValueCycle.Applied))) return;
        var quote = answers.GetValueOrDefault(AnswerNames.Story("insights")) as string ?? answers.GetValueOrDefault(AnswerNames.Story("practice")) as string ?? "";
        if (!_open.TryGetValue(member.Email, out var open)) _open[member.Email] = open = [];
        open.Add((StoryKeys.Of(member.Email, member.Community, period), period, quote));
    }
}
