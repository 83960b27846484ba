using CopOffice.Framework;

namespace CopOffice.Questionnaires;

/// <summary>Derives the Microsoft Forms version of a questionnaire, so both map onto the same names.</summary>
public static class FormsSurveys
{
    /// <summary>
    /// Every form an export may come from: the value survey for each community with indicators of its own and for
    /// anyone, each at every version (latest first), then the health check (latest first: version 1 also asked
    /// readiness) and the forming check. The leadership-roles analysis is a worksheet, not a survey. An export is
    /// read as the first of these whose columns it covers best.
    /// </summary>
    public static IReadOnlyList<FormsSurvey> All { get; } =
    [
        .. Enumerable.Range(1, ValueFramework.Active.Version).Reverse().SelectMany(version =>
            ValueFramework.Active.CommunitiesWithOwnIndicators.Select(c => Questionnaire.For(TemplateKind.ValueSurvey, c, version))
                .Where(q => q.MadeFor is not null)
                .Append(Questionnaire.For(TemplateKind.ValueSurvey, null, version)))
            .Distinct()
            .Select(For),
        For(Questionnaire.For(TemplateKind.HealthCheck, null)),
        For(Questionnaire.For(TemplateKind.HealthCheck, null, 1)),
        For(Questionnaire.FormingCheck),
    ];

    public static FormsSurvey For(Questionnaire questionnaire) =>
        new(questionnaire.Kind, questionnaire.Version, questionnaire.Title, questionnaire.Purpose,
            [.. questionnaire.Sections.Where(s => !s.TemplateOnly).SelectMany(QuestionsOf)])
        { MadeFor = questionnaire.MadeFor };

    /// <summary>
    /// A rating as Forms shows it: the same words as the template, "Confidence: I feel more confident in my
    /// practice." (the label and the statement or hint the template shows beside it), so both groups of
    /// respondents rate the same statement. Earlier lists had the bare label; it is kept as an alternative header.
    /// </summary>
    private static FormsItem Statement(Question q) => q.Hint is { Length: > 0 } hint && hint != q.Label
        ? new FormsItem($"{q.Label}: {hint}", q.Name) { Also = [q.Label, .. q.Formerly] }
        : new FormsItem(q.Label, q.Name) { Also = q.Formerly };

    /// <summary>The Likert choices of a scale, in Forms' left-to-right order: 1 … 5, then not applicable.</summary>
    public static IReadOnlyList<string> LikertChoices(RatingScale scale) => [.. scale.Labels, RatingScale.NotApplicableLabel];

    private static IEnumerable<FormsQuestion> QuestionsOf(Section section)
    {
        if (section.Grid is not null)
            throw new NotSupportedException($"Section '{section.Id}' is a grid and has no Forms version.");

        var ratings = section.Questions.Where(q => q.Type == AnswerType.Rating).ToList();
        if (ratings.Count > 0 && ratings.Count == section.Questions.Count)
        {
            var scale = ratings[0].Scale!;
            yield return new FormsQuestion(section.Title, FormsQuestionType.Likert, Required: ratings.Any(r => r.Required))
            {
                Subtitle = section.Intro,
                Choices = LikertChoices(scale),
                Items = [.. ratings.Select(Statement)],
            };
            yield break;
        }

        if (section.Questions.All(q => q.Choices.SequenceEqual(["yes", "no"])))
        {
            yield return new FormsQuestion(section.Title, FormsQuestionType.MultipleChoice, Required: false)
            {
                Subtitle = "Choose all that apply.",
                Items = [.. section.Questions.Select(q => new FormsItem(q.Label, q.Name))],
            };
            yield break;
        }

        foreach (var q in section.Questions)
        {
            yield return q.Type switch
            {
                AnswerType.Rating => new FormsQuestion(q.Label, FormsQuestionType.Likert, q.Required)
                {
                    Choices = LikertChoices(q.Scale!), Items = [Statement(q)],
                },
                AnswerType.Choice => new FormsQuestion(q.Label, FormsQuestionType.Choice, q.Required) { Name = q.Name, Choices = q.Choices, Subtitle = q.Hint },
                // Forms exports the chosen options in one cell ("Core member;Expert;"): the answer's own format.
                AnswerType.Choices => new FormsQuestion(q.Label, FormsQuestionType.MultipleChoice, q.Required) { Name = q.Name, Choices = q.Choices, Subtitle = "Choose all that apply." },
                AnswerType.LongText => new FormsQuestion(q.Label, FormsQuestionType.LongText, q.Required) { Name = q.Name, Subtitle = q.Hint },
                _ => new FormsQuestion(q.Label, FormsQuestionType.Text, q.Required) { Name = q.Name, Subtitle = q.Hint },
            };
        }
    }
}
