using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Intake.Tests.Fixtures;

/// <summary>Complete, valid answers for each template, by defined name.</summary>
internal static class Answers
{
    public static Dictionary<string, object?> ValueSurvey(string email = "ada@example.org", string community = "Data Science", string period = "2026-Q4")
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = "Ada Lovelace",
            [AnswerNames.Email] = email,
            [AnswerNames.Community] = community,
            [AnswerNames.Unit] = "Analytics",
            [AnswerNames.MemberType] = "Core member",
            [AnswerNames.Period] = period,
            [AnswerNames.Consent] = "named",
            [AnswerNames.RoleHeld("networking")] = "yes",
            [AnswerNames.Story("activities")] = "Ran the monthly clinic.",
        };
        var rating = 1;
        foreach (var indicator in ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = rating++ % 5 + 1;
        return answers;
    }

    public static Dictionary<string, object?> HealthCheck()
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = "Data Science",
            [AnswerNames.Period] = "2026-Q4",
            [AnswerNames.CompletedBy] = "Grace Hopper",
            [AnswerNames.Email] = "grace@example.org",
        };
        foreach (var question in Questionnaire.HealthCheck.Questions.Where(q => q.Type == AnswerType.Rating)) answers[question.Name] = "Agree";
        return answers;
    }

    public static Dictionary<string, object?> LeadershipRoles() => new()
    {
        [AnswerNames.Community] = "Data Science",
        [AnswerNames.Period] = "Q4 2026",
        [AnswerNames.CompletedBy] = "Grace Hopper",
        [AnswerNames.Email] = "grace@example.org",
        [AnswerNames.RoleAnalysis("coordination", "holders")] = "Grace Hopper",
        [AnswerNames.RoleAnalysis("coordination", "member_type")] = "Coordinator",
    };
}
