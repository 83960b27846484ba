using CopOffice.Questionnaires;

namespace CopOffice.Responses;

// The follow-up block of a personal template: each slot names an earlier story by its key and says what came of it.
public static partial class ResponseValidator
{
    /// <summary>
    /// Keeps the slots that follow up an earlier story with an outcome; says why any other answered slot is left out.
    /// The quotation is CopOffice's own copy of the earlier story, never kept again. A key is made of its teller's email,
    /// community and period, so a follow-up is kept only from the member who told the story: no one follows up, closes
    /// or drops someone else's.
    /// </summary>
    private static void FollowUps(Check check, Dictionary<string, string> texts, Period? period, string? email, string? community)
    {
        for (var slot = 1; slot <= FollowUp.Slots; slot++)
        {
            string Name(string field) => AnswerNames.FollowUp(slot, field);
            texts.Remove(Name("quote"));
            texts.TryGetValue(Name("story"), out var key);
            texts.TryGetValue(Name("outcome"), out var outcome);
            var answered = outcome is not null || texts.ContainsKey(Name("difference")) || texts.ContainsKey(Name("claim"));
            string? why = null;
            if (!answered) why = null;
            else if (key is null)
                why = "has an answer but no story key: follow-ups come in the personal template CopOffice makes for you, with your earlier stories in it";
            else if (!StoryKeys.TryParse(key, out var told))
                why = $"names \"{key}\", which is not a story key CopOffice made: keep the key your personal template came with";
            else if (period is { } now && told.CompareTo(now) >= 0)
                why = $"follows a story of {told}, not of a period before {now}";
            else if (email is null || community is null || StoryKeys.Of(email, community, told) != key)
                why = email is null
                    ? "cannot be linked: the survey gives no email, and a story is followed up only by the member who told it"
                    : $"names a story that is not yours about {community ?? "this community"}: a story is followed up only by the member who told it, in a survey about the same community";
            else if (outcome is null)
                why = "gives no outcome: choose realised, applied, not yet or dropped";
            if (why is not null)
                check.Warning($"Earlier story {slot} {why}. It is left out; the story stays open.", check.Where(answered && key is null ? Name("outcome") : Name("story")));
            if (!answered || why is not null)
            {
                foreach (var field in new[] { "story", "outcome", "difference", "claim" }) texts.Remove(Name(field));
                continue;
            }
            if (outcome is FollowUp.Realised or FollowUp.Applied && !texts.ContainsKey(Name("difference")))
                check.Warning($"Earlier story {slot} is {outcome}: say what difference it made, so that the story can be told in full.", check.Where(Name("difference")));
        }
    }
}
