using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>
/// What a survey's story says, read from its texts once, while the aggregation passes over the responses:
/// the answers in the framework's order, the claims in them, and the name of who told it. Which views may
/// show it, and under which name, is decided later, when the groups are known.
/// </summary>
/// <param name="AtItsBest">Seed 004's account of the community at its best, where the teller gave one.</param>
internal sealed record ToldStory(IReadOnlyList<StoryAnswer> Answers, IReadOnlyList<Claim> Claims, string? MemberName, string? AtItsBest)
{
    public static ToldStory Of(IReadOnlyDictionary<string, string> texts, string? memberName)
    {
        var answers = new List<StoryAnswer>();
        var questions = ValueFramework.StoryQuestions;
        for (var i = 0; i < questions.Count; i++)
            if (texts.TryGetValue(FrameworkIndex.StoryNames[i], out var text) && FreeText.IsAnswer(text))
                answers.Add(new StoryAnswer(questions[i], text));
        var claims = new List<Claim>();
        foreach (var (question, text) in answers)
        {
            if (question.Cycle is not (ValueCycle.Applied or ValueCycle.Realized or ValueCycle.Reframing)) continue;
            // A figure repeated in several answers of one story (the performance answer and the quantitative one) counts once.
            foreach (var claim in ClaimReader.Read(text))
                if (!claims.Exists(c => c.Unit == claim.Unit && c.Amount == claim.Amount && (c.Amount is not null || c.Stated == claim.Stated)))
                    claims.Add(claim);
        }
        var best = texts.TryGetValue(Questionnaires.AnswerNames.AtItsBest, out var said) && FreeText.IsAnswer(said) ? said : null;
        return new ToldStory(answers, claims, memberName, best);
    }
}
