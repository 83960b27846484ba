using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Service.Apis;

/// <summary>
/// GET /api/framework: the value framework and the questionnaires, from the Domain (the one source of truth).
/// Every questionnaire a template may carry is listed: each version of the value survey, for anyone and for each
/// community with indicators of its own (<c>madeFor</c>), so the add-in counts what its own template asked.
/// </summary>
public static class FrameworkApi
{
    public static IEndpointRouteBuilder MapFrameworkApi(this IEndpointRouteBuilder app)
    {
        // Public: the same questions stand in the templates anyone may download.
        app.MapGet("/api/framework", () => TypedResults.Ok(Document)).WithName("GetFramework").AllowAnonymous();
        return app;
    }

    public static FrameworkDocument Document { get; } = Build();

    private static FrameworkDocument Build() => new(
        Scales: [.. RatingScale.All.Select(s => new ScaleDto(s.Id, s.Question, s.Labels, RatingScale.Choices, RatingScale.NotApplicable))],
        Quadrants: [.. Quadrant.All.Select(q => new QuadrantDto(q.Id, q.Title, Id(q.Horizon), Id(q.Beneficiary)))],
        Indicators: [.. ValueFramework.Indicators.Select(i => new IndicatorDto(i.Id, i.Name, i.Quadrant.Id, Id(i.Cycle), i.Prompt, AnswerNames.Indicator(i.Id), i.Communities, i.Since))],
        Roles: [.. ValueFramework.LeadershipRoles.Select(r => new ItemDto(r.Id, r.Name))],
        MemberTypes: [.. ValueFramework.MemberTypes.Select(t => new ItemDto(t.Id, t.Name))],
        Questionnaires: [.. Asked().Select(Describe)],
        FollowUp: FollowUpBlock());

    /// <summary>Everyone's latest first (what a client that ignores versions picks), then earlier versions and communities' own.</summary>
    private static IEnumerable<Questionnaire> Asked()
    {
        var framework = ValueFramework.Active;
        foreach (var kind in TemplateKinds.All)
        {
            var latest = kind == TemplateKind.ValueSurvey ? framework.Version : Questionnaire.For(kind, null).Version;
            for (var version = latest; version >= 1; version--)
            {
                var asked = Questionnaire.For(kind, null, version);
                if (asked.Version != version) continue;     // a kind asked the same at every version
                yield return asked;
                if (kind != TemplateKind.ValueSurvey) continue;
                foreach (var community in framework.CommunitiesWithOwnIndicators)
                    if (Questionnaire.For(kind, community, version) is { MadeFor: not null } own) yield return own;
            }
        }
    }

    private static QuestionnaireDto Describe(Questionnaire q) => new(
        q.Kind.Id(), q.Version, q.MadeFor, q.Title, q.Audience, q.Purpose,
        [.. q.Sections.Select(s => new SectionDto(s.Id, s.Title, s.Intro, s.Questions.Count, s.Questions.Count(x => x.Required)))],
        [.. q.Sections.SelectMany(s => s.Questions.Select(x => Describe(x, s)))]);

    private static QuestionDto Describe(Question x, Section s) =>
        new(x.Name, x.Label, Id(x.Type), x.Required, x.Choices, x.Scale?.Id, x.Scale?.Labels, x.Hint, s.Id, x.FrameworkId);

    /// <summary>
    /// The value survey's follow-up block, which only personal templates carry: the task pane adds it to a blank
    /// template for a signed-in member with open stories, under these names and labels.
    /// </summary>
    private static FollowUpDto FollowUpBlock()
    {
        var block = Questionnaire.ValueSurvey.Sections.Single(s => s.TemplateOnly);
        return new(block.Title, block.Intro, FollowUp.Slots, FollowUp.Outcomes, [.. block.Questions.Select(x => Describe(x, block))]);
    }

    /// <summary>An enum member as JSON names it: its C# name with a lower-case first letter (longText, shortTerm).</summary>
    private static string Id<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

public sealed record FrameworkDocument(
    IReadOnlyList<ScaleDto> Scales,
    IReadOnlyList<QuadrantDto> Quadrants,
    IReadOnlyList<IndicatorDto> Indicators,
    IReadOnlyList<ItemDto> Roles,
    IReadOnlyList<ItemDto> MemberTypes,
    IReadOnlyList<QuestionnaireDto> Questionnaires,
    FollowUpDto FollowUp);

public sealed record FollowUpDto(string Title, string? Intro, int Slots, IReadOnlyList<string> Outcomes, IReadOnlyList<QuestionDto> Questions);

public sealed record ScaleDto(string Id, string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Choices, string NotApplicable);
public sealed record QuadrantDto(string Id, string Title, string Horizon, string Beneficiary);
public sealed record IndicatorDto(string Id, string Name, string Quadrant, string Cycle, string Prompt, string AnswerName, IReadOnlyList<string> Communities, int Since);
public sealed record ItemDto(string Id, string Name);

public sealed record QuestionnaireDto(string Kind, int Version, string? MadeFor, string Title, string Audience, string Purpose,
    IReadOnlyList<SectionDto> Sections, IReadOnlyList<QuestionDto> Questions);

public sealed record SectionDto(string Id, string Title, string? Intro, int Questions, int Required);

public sealed record QuestionDto(string Name, string Label, string Type, bool Required, IReadOnlyList<string> Choices,
    string? Scale, IReadOnlyList<string>? ScaleLabels, string? Hint, string Section, string? FrameworkId);
