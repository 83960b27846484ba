using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

/// <summary>Raw responses as a reader would hand them over: answers by name, each at its own cell of "Survey".</summary>
internal static class Raw
{
    public static readonly DateTimeOffset FileTime = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The cell Of gives an answer: its place in the questionnaire, from row 5 of "Survey".</summary>
    public static string Cell(string name, TemplateKind kind = TemplateKind.ValueSurvey) =>
        $"Survey!C{Questionnaire.For(kind).Questions.Select(q => q.Name).ToList().IndexOf(name) + 5}";

    /// <summary>Where a finding points, as Finding.ToString ends it: "member.xlsx, Survey!C7, about.community".</summary>
    public static string Where(string name, string file = "member.xlsx", TemplateKind kind = TemplateKind.ValueSurvey) => $"{file}, {Cell(name, kind)}, {name}";

    public static RawResponse Of(TemplateKind kind, IReadOnlyDictionary<string, object?> answers, string file = "member.xlsx", int version = 1, DateTimeOffset? fileTime = null)
    {
        var source = new Source(file) { FileTime = fileTime ?? FileTime };
        var raw = new Dictionary<string, RawAnswer>();
        foreach (var (name, value) in answers)
            raw[name] = new RawAnswer(value, source.Location.At("Survey", Cell(name, kind)["Survey!".Length..], name));
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
        };
        foreach (var question in Questionnaire.HealthCheck.Questions.Where(q => q.Type == AnswerType.Rating)) answers[question.Name] = "Agree";
        return answers;
    }

    public static IntakeResult Validate(Dictionary<string, object?> answers, IntakeRules? rules = null, TemplateKind kind = TemplateKind.ValueSurvey) =>
        ResponseValidator.Validate(Of(kind, answers), rules ?? IntakeRules.Default);

    public static IEnumerable<string> Lines(this IntakeResult result) => result.Findings.Select(f => f.ToString());
}
