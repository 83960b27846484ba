using CopOffice.Framework;

namespace CopOffice.Questionnaires;

// The questionnaires, built from ValueFramework.
public sealed partial record Questionnaire
{
    /// <summary>The leadership-roles analysis's and the forming check's version; the value survey's is the framework's.</summary>
    public const int CurrentVersion = 1;

    /// <summary>
    /// The health check's version. Version 1 also asked seed 003's readiness statements every period; from version 2
    /// the forming check asks them (when a community forms, then once a year) and the periodic check does not.
    /// </summary>
    public const int HealthCheckVersion = 2;

    private const string PeriodHint = "The period this answer covers, e.g. 2026-Q4 (also accepted: Q4 2026, 2026-11, a date).";

    /// <summary>
    /// The value survey complete: every question of every version, for every community. What the intake reads
    /// and the ledger keeps; a template asks what <see cref="For(TemplateKind, string?, int?)"/> says.
    /// </summary>
    public static Questionnaire ValueSurvey { get; } = BuildValueSurvey(ValueFramework.Indicators, ValueFramework.StoryQuestions, ValueFramework.Active.Version, null, followUp: true);
    /// <summary>The health check complete: what every version asked (version 1's readiness too), as the intake reads it.</summary>
    public static Questionnaire HealthCheck { get; } = BuildHealthCheck(1) with { Version = HealthCheckVersion, Sections = [.. BuildHealthCheck(1).Sections.SkipLast(1), VisionSection()] };
    public static Questionnaire LeadershipRoles { get; } = BuildLeadershipRoles();
    public static Questionnaire FormingCheck { get; } = BuildFormingCheck();
    public static Questionnaire ActionPlan { get; } = ActionPlans.Build();

    private static readonly Questionnaire HealthCheckNow = BuildHealthCheck(HealthCheckVersion);
    private static readonly Questionnaire HealthCheckFirst = BuildHealthCheck(1);

    /// <summary>The questionnaires complete, as the intake reads them.</summary>
    public static IReadOnlyList<Questionnaire> All { get; } = [ValueSurvey, HealthCheck, LeadershipRoles, FormingCheck, ActionPlan];

    public static Questionnaire For(TemplateKind kind) => All.Single(q => q.Kind == kind);

    /// <summary>
    /// What a template for <paramref name="community"/> (null: for anyone) asked at <paramref name="version"/>
    /// (the latest by default): the indicators everyone is asked and the community's own, the story questions of
    /// that version. The other templates are the same for every community; the health check of version 1 also
    /// asked the readiness statements.
    /// </summary>
    public static Questionnaire For(TemplateKind kind, string? community, int? version = null)
    {
        if (kind == TemplateKind.HealthCheck) return version is 1 ? HealthCheckFirst : HealthCheckNow;
        if (kind != TemplateKind.ValueSurvey) return For(kind);
        var framework = ValueFramework.Active;
        var at = Math.Clamp(version ?? framework.Version, 1, framework.Version);
        var key = (community?.ToUpperInvariant(), at);
        lock (Asked)
        {
            if (!Asked.TryGetValue(key, out var asked))
            {
                var indicators = framework.IndicatorsFor(community, at);
                Asked[key] = asked = BuildValueSurvey(indicators, framework.StoryQuestionsAt(at), at,
                    indicators.Any(i => i.Communities.Count > 0) ? community : null);
            }
            return asked;
        }
    }

    private static readonly Dictionary<(string?, int), Questionnaire> Asked = [];

    /// <summary>The community a template was made for, when it asks that community's own indicators; null for anyone.</summary>
    public string? MadeFor { get; init; }

    private static Question Community(bool required = true) => new(AnswerNames.Community, "Community", AnswerType.Text)
    { Required = required, List = ListSource.Communities, Hint = "The community of practice this answer is about." };

    private static Question Unit(bool required) => new(AnswerNames.Unit, "Organisational unit", AnswerType.Text)
    { Required = required, List = ListSource.Units, Hint = "Your department, division or team." };

    private static Question Period() => new(AnswerNames.Period, "Period", AnswerType.Period) { Required = true, Hint = PeriodHint };

    private static Question Rating(string name, string label, RatingScale scale, string frameworkId, string? hint = null) =>
        new(name, label, AnswerType.Rating) { Required = true, Scale = scale, FrameworkId = frameworkId, Hint = hint };

    /// <param name="followUp">
    /// With the block that follows up earlier stories: the complete survey (what the intake reads) and a member's personal
    /// template have it; a blank template, with no earlier stories to quote, does not.
    /// </param>
    private static Questionnaire BuildValueSurvey(IReadOnlyList<ValueIndicator> indicators, IReadOnlyList<StoryQuestion> stories, int version, string? community, bool followUp = false)
    {
        var about = new Section("about", "About you",
        [
            new(AnswerNames.Name, "Your name", AnswerType.Text) { Required = true },
            new(AnswerNames.Email, "Your email", AnswerType.Email) { Required = true, Hint = "Your work email, e.g. name@contoso.com. It links your answers across periods." },
            Community(),
            Unit(required: false),
            new(AnswerNames.MemberType, "How you take part", AnswerType.Choices)
            { Choices = [.. ValueFramework.MemberTypes.Select(t => t.Name)], Hint = "Any that apply, separated by semicolons (e.g. Core member; Expert)." },
            Period(),
            new(AnswerNames.Consent, "May we quote your story?", AnswerType.Choice)
            {
                Required = true, Choices = Consent.All,
                Hint = "named: with your name · anonymous: without name, email or unit · no: only you and the figures see it.",
            },
        ]);

        var roles = new Section("roles", "Leadership roles you hold",
            [.. ValueFramework.LeadershipRoles.Select(r => new Question(AnswerNames.RoleHeld(r.Id), r.Name, AnswerType.Choice)
            { Choices = ["yes", "no"], FrameworkId = r.Id })])
        { Intro = "Mark \"yes\" for every role you take on in the community; leave the others blank." };

        var quadrants = Quadrant.All.Select(q => new Section(q.Id, q.Title,
            [.. indicators.Where(i => i.Quadrant == q).Select(i => Rating(AnswerNames.Indicator(i.Id), Capitalised(i.Name), RatingScale.Extent, i.Id, i.Prompt))])
        {
            Intro = $"How much value has the community given in this period? {RatingScale.Extent.Legend()} · n/a = does not apply.",
        });

        // Seed 002's grid, a box per quadrant: optional, so a survey without it (an earlier one) lacks nothing.
        var reflection = new Section("reflection", "Reflection on strategic value",
            [.. Quadrant.All.Select(q => new Question(AnswerNames.Reflection(q.Id), $"{q.Title}: in your words", AnswerType.LongText) { FrameworkId = q.Id })])
        { Intro = "Optional. For each box of the matrix, what the community is worth, as you see it: short or long term, to you or to the organisation." };

        var story = new Section("story", "Your value-creation story",
        [
            .. stories.Select(s => new Question(AnswerNames.Story(s.Id), s.Text, AnswerType.LongText) { FrameworkId = s.Id }),
            // Seed 004's opening question, for the community's workshop; optional, so earlier surveys lack nothing.
            new(AnswerNames.AtItsBest, "Describe a time when your community was acting at its best.", AnswerType.LongText)
            { Hint = "Optional. Quoted with your story in the community's workshop material, as you agreed above." },
        ])
        { Intro = "Tell one story of value the community created, from the activity to the difference it made. Figures (hours, money, counts) help." };

        var conditions = new Section("organisation", "In your organization …",
        [
            new(AnswerNames.Enablers, "Enablers: what helps the community create value?", AnswerType.LongText),
            new(AnswerNames.Challenges, "Challenges: what stands in its way?", AnswerType.LongText),
        ]);

        return new(TemplateKind.ValueSurvey, version, "Community of practice value survey", "Members, once per period",
            "Rate the value your community of practice gave you and the organisation, and tell the story behind it.",
            [about, roles, .. quadrants, reflection, story, .. (followUp ? new[] { FollowUp.Section() } : []), conditions])
        { MadeFor = community };
    }

    /// <summary>The health check as <paramref name="version"/> asked it: version 1 with readiness and without the value proposition.</summary>
    private static Questionnaire BuildHealthCheck(int version)
    {
        var first = version == 1;
        var about = AboutTheCommunity("About this check", "The coordinator or the core group members who filled this in.");

        var factors = FactorSides().Select(side => new Section($"factors_{side.ToString().ToLowerInvariant()}",
            side == FactorSide.Community ? "Critical success factors: the community" : "Critical success factors: the organisation",
            [.. ValueFramework.SuccessFactors.Where(f => f.Side == side).SelectMany(f => new[]
            {
                Rating(AnswerNames.Factor(f.Id), f.Name, RatingScale.Agreement, f.Id, side == FactorSide.Community ? "This is in place in our community." : "This is in place in our organisation."),
                new Question(AnswerNames.FactorComment(f.Id), $"{f.Name}: comment", AnswerType.LongText) { FrameworkId = f.Id },
            })])
        {
            Intro = $"How far is each factor in place? {RatingScale.Agreement.Legend()} · n/a = cannot say.",
        });

        return new(TemplateKind.HealthCheck, version, "Community health check", "Coordinator or core group, once per period",
            first ? "Take stock of the critical success factors, the community's readiness and its direction." : "Take stock of the critical success factors and the community's direction.",
            [about, .. factors, .. (first ? ReadinessSections("Readiness (forming a community of practice).") : []), VisionSection(withProposition: !first)])
        {
            // Seed 001's "Where to start?" steps are the organisation's programme, not a community's phase (the
            // organisation report's Programme sheet follows them): templates before December 2026 asked for one.
            Retired =
            [
                new(AnswerNames.Stage, "Where is the community now?", AnswerType.Choice) { Choices = [.. ValueFramework.CultivationStages.Select(s => s.Name)] },
            ],
        };
    }

    /// <summary>
    /// Seed 003, for a community being formed or piloted: readiness theme by theme, and its purpose, vision,
    /// objectives, strategy and value proposition. Filled again once a year, it is how readiness is followed up.
    /// </summary>
    private static Questionnaire BuildFormingCheck()
    {
        var about = AboutTheCommunity("About this check", "The sponsor, coordinator or core group members who filled this in.");
        return new(TemplateKind.FormingCheck, CurrentVersion, "Forming a community of practice", "Sponsor, coordinator and core group: when a community forms or is piloted, then once a year",
            "Check, theme by theme, whether the community is ready to form, and set down its purpose, vision, objectives, strategy and value proposition.",
            [about, .. ReadinessSections("Is the community ready?"), VisionSection()]);
    }

    /// <summary>What a workbook about a community (not a person) opens with: the community, unit, period and who filled it in.</summary>
    internal static Section AboutTheCommunity(string title, string? completedBy) => new("about", title,
    [
        Community(),
        Unit(required: false),
        Period(),
        new(AnswerNames.CompletedBy, "Completed by", AnswerType.Text) { Required = true, Hint = completedBy },
        new(AnswerNames.Email, "Contact email", AnswerType.Email) { Required = true },
    ]);

    private static IEnumerable<Section> ReadinessSections(string lead) => ValueFramework.ReadinessThemes.Select(t => new Section($"readiness_{t.Id}", t.Question,
        [.. ValueFramework.ReadinessQuestions.Where(r => r.Theme == t).Select(r => Rating(AnswerNames.Readiness(r.Id), r.Statement, RatingScale.Agreement, r.Id) with { Formerly = r.Formerly })])
    {
        Intro = t == ValueFramework.ReadinessThemes[0] ? $"{lead} {RatingScale.Agreement.Legend()} · n/a = cannot say." : null,
    });

    private static Section VisionSection(bool withProposition = true) => withProposition
        ? new("vision", "Purpose, vision, objectives, strategy, value proposition", [.. ValueFramework.VisionFields.Select(VisionQuestion)])
        : new("vision", "Purpose, vision, objectives, strategy", [.. ValueFramework.VisionFields.Where(v => v.Id != "value_proposition").Select(VisionQuestion)]);

    private static Question VisionQuestion(VisionField v) => new(AnswerNames.Vision(v.Id), v.Name, AnswerType.LongText) { Hint = v.Prompt, FrameworkId = v.Id };

    private static Questionnaire BuildLeadershipRoles()
    {
        var about = AboutTheCommunity("About this analysis", null);

        GridAxis[] columns =
        [
            new("holders", "Holder(s)", "Who holds this role now? Names, separated by commas; leave blank if nobody does."),
            new("member_type", "Type of member", "The holders' types of member: any that apply, separated by semicolons."),
            .. ValueFramework.RoleAspects.Select(a => new GridAxis(a.Id, a.Title, a.Question)),
        ];
        var grid = new Grid("roles", [.. ValueFramework.LeadershipRoles.Select(r => new GridAxis(r.Id, r.Name))], columns);
        var questions = grid.Rows.SelectMany(row => columns.Select(col => col.Id == "member_type"
            ? new Question(AnswerNames.RoleAnalysis(row.Id, col.Id), $"{row.Title}: {col.Title}", AnswerType.Choices)
              { Choices = [.. ValueFramework.MemberTypes.Select(t => t.Name)], FrameworkId = row.Id }
            : new Question(AnswerNames.RoleAnalysis(row.Id, col.Id), $"{row.Title}: {col.Title}", col.Id == "holders" ? AnswerType.Text : AnswerType.LongText)
              { FrameworkId = row.Id, Hint = col.Hint }));

        var analysis = new Section("roles", "Analysis of leadership roles", [.. questions])
        {
            Grid = grid,
            Intro = "One row per role. Name who holds it, then think the role through: why it matters, what it takes, and what its keepers need.",
        };

        return new(TemplateKind.LeadershipRoles, CurrentVersion, "Analysis of leadership roles", "Coordinator, once per period or when roles change",
            $"Map who takes on each of the {NumberWords.Roles} leadership roles, and what each role needs to thrive.",
            [about, analysis]);
    }

    private static IEnumerable<FactorSide> FactorSides() => Enum.GetValues<FactorSide>();

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
