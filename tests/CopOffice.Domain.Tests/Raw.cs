using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

/// <summary>Raw responses as a reader would hand them over: answers by name, each at its own cell of "Survey".</summary>
internal static class Raw
{
    public static readonly DateTimeOffset FileTime = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static RawResponse Of(TemplateKind kind, IReadOnlyDictionary<string, object?> answers, string file = "member.xlsx", int version = 1, DateTimeOffset? fileTime = null)
    {
        var source = new Source(file) { FileTime = fileTime ?? FileTime };
        var questions = Questionnaire.For(kind).Questions.Select(q => q.Name).ToList();
        var raw = new Dictionary<string, RawAnswer>();
        foreach (var (name, value) in answers)
            raw[name] = new RawAnswer(value, source.Location.At("Survey", $"C{questions.IndexOf(name) + 5}", name));
        return new RawResponse(kind, version, source, raw);
    }

    public static Dictionary<string, object?> Survey(string? email = "ada@example.org", string? name = "Ada Lovelace", string community = "Data Science", object? period = null)
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = name,
            [AnswerNames.Email] = email,
            [AnswerNames.Community] = community,
            [AnswerNames.Period] = period ?? "2026-Q4",
            [AnswerNames.Consent] = "named",
        };
        foreach (var indicator in ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = 4d;
        return answers;
    }

    public static Dictionary<string, object?> HealthCheck(string community = "Data Science", object? period = null)
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = community,
            [AnswerNames.Period] = period ?? "2026-Q4",
            [AnswerNames.CompletedBy] = "Grace Hopper",
            [AnswerNames.Email] = "grace@example.org",
            [AnswerNames.Stage] = "support",
        };
        foreach (var question in Questionnaire.HealthCheck.Questions.Where(q => q.Type == AnswerType.Rating)) answers[question.Name] = "Agree";
        return answers;
    }

    public static IntakeResult Validate(Dictionary<string, object?> answers, IntakeRules? rules = null, TemplateKind kind = TemplateKind.ValueSurvey, Spool? texts = null) =>
        ResponseValidator.Validate(Of(kind, answers), rules ?? IntakeRules.Default, texts);

    public static IEnumerable<string> Lines(this IntakeResult result) => result.Findings.Select(f => f.ToString());
}
