namespace CopOffice.Questionnaires;

/// <summary>
/// Wenger, Trayner and de Laat's follow-up: a story that promised potential or applied value is asked about again
/// in a later period, until it is realised or dropped. A personal template carries up to <see cref="Slots"/> of a
/// member's open stories, each by its stable key (<see cref="Responses.StoryKeys"/>), never matched by its words.
/// </summary>
public static class FollowUp
{
    public const int Slots = 3;

    public const string Realised = "realised";
    public const string Applied = "applied";
    public const string NotYet = "not yet";
    public const string Dropped = "dropped";

    public static IReadOnlyList<string> Outcomes { get; } = [Realised, Applied, NotYet, Dropped];

    internal static Section Section() => new("followup", "What came of your earlier stories",
    [
        .. Enumerable.Range(1, Slots).SelectMany(slot => new Question[]
        {
            new(AnswerNames.FollowUp(slot, "story"), $"Earlier story {slot}: key", AnswerType.Text)
            { Hint = "Filled in by CopOffice in your personal template; leave as it is." },
            new(AnswerNames.FollowUp(slot, "quote"), $"Earlier story {slot}: what you told", AnswerType.LongText)
            { Hint = "Quoted from your survey of an earlier period." },
            new(AnswerNames.FollowUp(slot, "outcome"), $"Earlier story {slot}: what came of it?", AnswerType.Choice)
            { Choices = Outcomes, Hint = "realised: it made a difference · applied: put to use · not yet · dropped: it will not happen." },
            new(AnswerNames.FollowUp(slot, "difference"), $"Earlier story {slot}: what difference did it make?", AnswerType.LongText)
            { Hint = "For realised or applied: the difference, in your words." },
            new(AnswerNames.FollowUp(slot, "claim"), $"Earlier story {slot}: a figure, if you have one", AnswerType.Text)
            { Hint = "Hours saved, money, numbers: e.g. \"saves 4 hours a month\"." },
        }),
    ])
    {
        Intro = "Stories you told earlier that promised value not yet realised, quoted from your surveys. Say what came of each; leave a block you do not need empty.",
        TemplateOnly = true,
    };
}
