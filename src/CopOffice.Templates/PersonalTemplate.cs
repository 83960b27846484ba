using CopOffice.Aggregation;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>
/// A member's value survey for their next period, filled in beforehand: who they are and, in the follow-up block,
/// the stories they told that are still open (up to <see cref="FollowUp.Slots"/>, the longest-waiting first), each
/// with its key and its words, locked. The member answers what came of each.
/// </summary>
public static class PersonalTemplate
{
    public static void Write(NextSurvey survey, TemplateFiller filler, Stream output)
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = survey.Name,
            [AnswerNames.Email] = survey.Email,
            [AnswerNames.Community] = survey.Community,
            [AnswerNames.Unit] = survey.Unit,
            [AnswerNames.MemberType] = survey.MemberTypes.Count == 0 ? null : string.Join("; ", survey.MemberTypes),
            [AnswerNames.Period] = survey.Period.ToString(),
        };
        var locked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (aspiration, slot) in survey.Open.Take(FollowUp.Slots).Select((a, i) => (a, i + 1)))
        {
            answers[AnswerNames.FollowUp(slot, "story")] = aspiration.Key;
            answers[AnswerNames.FollowUp(slot, "quote")] = $"{aspiration.Told}: {string.Join(" / ", aspiration.Answers.Select(a => a.Text))}";
            locked.Add(AnswerNames.FollowUp(slot, "story"));
            locked.Add(AnswerNames.FollowUp(slot, "quote"));
        }
        filler.Fill(TemplateKind.ValueSurvey, answers, output, locked);
    }

    /// <summary>"value-survey 2027-Q1 (Data Science).xlsx", in the member's own folder.</summary>
    public static string FileName(NextSurvey survey) => $"{TemplateWriter.FileName(TemplateKind.ValueSurvey)[..^5]} {survey.Period} ({FileNames.Safe(survey.Community, "community")}).xlsx";
}
