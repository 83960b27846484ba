namespace CopOffice.Questionnaires;

/// <summary>The workbooks members, coordinators and those forming a community fill in.</summary>
public enum TemplateKind { ValueSurvey, HealthCheck, LeadershipRoles, FormingCheck, ActionPlan }

public static class TemplateKinds
{
    public static IReadOnlyList<TemplateKind> All { get; } = Enum.GetValues<TemplateKind>();

    /// <summary>The kind's id as written in a template's metadata and in file names.</summary>
    public static string Id(this TemplateKind kind) => kind switch
    {
        TemplateKind.ValueSurvey => "value-survey",
        TemplateKind.HealthCheck => "health-check",
        TemplateKind.LeadershipRoles => "leadership-roles",
        TemplateKind.FormingCheck => "forming-check",
        TemplateKind.ActionPlan => "action-plan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind in words, as reports and messages name it ("health check").</summary>
    public static string Words(this TemplateKind kind) => kind switch
    {
        TemplateKind.ValueSurvey => "value survey",
        TemplateKind.HealthCheck => "health check",
        TemplateKind.LeadershipRoles => "leadership roles",
        TemplateKind.FormingCheck => "forming check",
        TemplateKind.ActionPlan => "action plan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? id, out TemplateKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
