namespace CopOffice.Questionnaires;

/// <summary>
/// Defined names shared by several templates, and the rules that build the others from framework ids.
/// Documented in templates/README.md: a rename here is a breaking change to every filled workbook.
/// </summary>
public static class AnswerNames
{
    public const string Name = "about.name";
    public const string Email = "about.email";
    public const string Community = "about.community";
    public const string Unit = "about.unit";
    public const string MemberType = "about.member_type";
    public const string Period = "about.period";
    public const string Consent = "about.consent";
    public const string CompletedBy = "about.completed_by";
    public const string Stage = "stage.current";
    public const string Enablers = "organisation.enablers";
    /// <summary>Seed 004's "describe a time when your community was acting at its best": optional, quoted with the story.</summary>
    public const string AtItsBest = "experience.at_its_best";
    public const string Challenges = "organisation.challenges";

    /// <summary>The hidden metadata cells that identify a template.</summary>
    public const string MetaKind = "meta.kind";
    public const string MetaVersion = "meta.version";
    /// <summary>The community a community's own survey was made for; absent from everyone's.</summary>
    public const string MetaCommunity = "meta.community";

    public static string Indicator(string id) => $"indicator.{id}";
    public static string RoleHeld(string id) => $"role.{id}";
    public static string Story(string id) => $"story.{id}";
    /// <summary>Seed 002's "Reflection on strategic value": what one quadrant of the matrix is worth, in the member's words.</summary>
    public static string Reflection(string quadrantId) => $"reflection.{quadrantId}";
    public static string Factor(string id) => $"factor.{id}";
    public static string FactorComment(string id) => $"factor.{id}.comment";
    public static string Readiness(string id) => $"readiness.{id}";
    public static bool IsReadiness(string name) => name.StartsWith("readiness.", StringComparison.Ordinal);
    public static string Vision(string id) => $"vision.{id}";
    public static string RoleAnalysis(string roleId, string column) => Grid.NameOf("roles", roleId, column);

    /// <summary>
    /// Slot <paramref name="slot"/> (1…<see cref="FollowUp.Slots"/>) of the follow-up of an earlier story: "story" (its
    /// stable key), "quote" (its words, filled in beforehand), "outcome", "difference", "claim".
    /// </summary>
    public static string FollowUp(int slot, string field) => $"followup.{slot}.{field}";
}

/// <summary>The choices of the story-consent question.</summary>
public static class Consent
{
    public const string Named = "named";
    public const string Anonymous = "anonymous";
    public const string No = "no";

    public static IReadOnlyList<string> All { get; } = [Named, Anonymous, No];
}
