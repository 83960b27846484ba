using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>
/// A small organisation as the validator would hand it over: "Data" (12 members), "Field" (8) and "Tiny"
/// (3, under the minimum group size, so Field is hidden with it), two periods, stories, a health check,
/// a roles analysis and a roster. Tiny's members rate every indicator 1, 1 and 2: its mean, 4/3, is a
/// number no shown figure has.
/// </summary>
internal static class Sample
{
    public static readonly Period Q3 = new(2026, 3);
    public static readonly Period Q4 = new(2026, 4);

    /// <summary>Tiny's mean on every indicator and quadrant: the figure that must never be written.</summary>
    public const double TinyMean = 4.0 / 3.0;

    /// <summary>Tiny's 95% margin (ratings 1, 1, 2: standard error 1/3, t on 2 degrees of freedom 4.3027): never written either.</summary>
    public const double TinyMargin = 4.302652729911275 / 3;

    public static readonly ReportContext Context = new(new DateTimeOffset(2027, 1, 5, 9, 30, 0, TimeSpan.Zero), "9.8.7", "C:/cop/intake");

    /// <summary>Story answers that a careless writer would turn into formulas or numbers.</summary>
    public static readonly IReadOnlyDictionary<string, string> FormulaLike = new Dictionary<string, string>
    {
        ["activities"] = "=HYPERLINK(\"http://evil.example\",\"click\")",
        ["insights"] = "+1 more insight than before",
        ["practice"] = "-1",
        ["performance"] = "@SUM(A1:A9)",
        ["organisation_quantitative"] = "Saved 12 hours a month.",
    };

    public static Response Survey(string community, Period period, string email, string unit, string type, Func<ValueIndicator, int?> rating,
        string consent = Consent.No, IReadOnlyDictionary<string, string>? story = null, string? enablers = null, string? challenges = null,
        IReadOnlyList<string>? roles = null, string? name = null, IReadOnlyDictionary<string, string>? reflections = null, IReadOnlyList<string>? types = null)
    {
        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var indicator in ValueFramework.Indicators)
            if (rating(indicator) is { } value) ratings[AnswerNames.Indicator(indicator.Id)] = value == 0 ? Rating.NotApplicable : new Rating(value);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in story ?? new Dictionary<string, string>()) texts[AnswerNames.Story(id)] = text;
        if (enablers is not null) texts[AnswerNames.Enablers] = enablers;
        if (challenges is not null) texts[AnswerNames.Challenges] = challenges;
        foreach (var (quadrant, text) in reflections ?? new Dictionary<string, string>()) texts[AnswerNames.Reflection(quadrant)] = text;
        return new Response(TemplateKind.ValueSurvey, new Source($"value-survey/{community}/{period}/{email.Split('@')[0]}.xlsx"), community, period)
        {
            Unit = unit, MemberEmail = email, MemberName = name ?? email.Split('@')[0], MemberType = type, MemberTypes = types ?? [type], Consent = consent,
            Ratings = ratings, Texts = texts, RolesHeld = roles ?? [],
        };
    }

    public static IReadOnlyList<Response> All()
    {
        List<Response> responses = [];
        foreach (var period in new[] { Q3, Q4 })
        {
            var shift = period == Q4 ? 1 : 0;
            for (var i = 1; i <= 12; i++)
            {
                var m = i;
                responses.Add(Survey("Data", period, $"data{i}@contoso.example", i % 2 == 0 ? "IT" : "Operations", i <= 4 ? "Core member" : "Active member",
                    ind => ind.Quadrant == Quadrant.OrganisationLongTerm && m == 1 ? 0 : 1 + (m * m + ind.Id.Length * 7 + shift) % 5,
                    consent: i == 1 ? Consent.Named : i == 2 ? Consent.Anonymous : Consent.No,
                    story: i == 1 ? FormulaLike : i == 2 ? new Dictionary<string, string> { ["activities"] = "Monthly clinic.", ["reframing"] = "We now measure reuse." } : null,
                    enablers: i % 3 == 0 ? "Time set aside\nA sponsor who asks" : "Time set aside",
                    challenges: i % 4 == 0 ? "=cmd|' /C calc'!A0" : "Finding time",
                    roles: i == 1 ? ["coordination"] : [], name: i == 1 ? "@admin Ada" : null,
                    types: i == 3 ? ["Core member", "Lurker"] : null,   // "circle any that applies": counted as a core member
                    reflections: i % 2 == 0
                        ? new Dictionary<string, string> { ["members_short_term"] = "Colleagues who understand the work", ["organisation_long_term"] = "=1+1 new strategies" }
                        : new Dictionary<string, string> { ["members_short_term"] = "Colleagues who understand the work" }));
            }
            for (var i = 1; i <= 8; i++)
            {
                var m = i;
                responses.Add(Survey("Field", period, $"field{i}@contoso.example", i % 2 == 0 ? "IT" : "Operations", "Active member",
                    ind => 2 + (m * m + ind.Id.Length) % 4));
            }
        }
        int[] tiny = [1, 1, 2];
        for (var i = 0; i < tiny.Length; i++)
        {
            var value = tiny[i];
            responses.Add(Survey("Tiny", Q4, $"tiny{i + 1}@contoso.example", i % 2 == 0 ? "IT" : "Operations", "Active member", _ => value));
        }
        responses.Add(new Response(TemplateKind.HealthCheck, new Source("health-check/data.xlsx"), "Data", Q4)
        {
            CompletedBy = "Core group",
            Ratings = new Dictionary<string, Rating>
            {
                [AnswerNames.Factor("domain_energizes_core_group")] = new(4), [AnswerNames.Factor("adequate_resources")] = new(2),
                [AnswerNames.Readiness("domain_identity")] = new(5), [AnswerNames.Readiness("domain_belonging")] = new(3),
            },
            Texts = new Dictionary<string, string>
            {
                [AnswerNames.FactorComment("adequate_resources")] = "-no budget",
                [AnswerNames.Vision("purpose")] = "Better pipelines.",
            },
        });
        responses.Add(new Response(TemplateKind.LeadershipRoles, new Source("leadership-roles/data.xlsx"), "Data", Q4)
        {
            CompletedBy = "Coordinator",
            Texts = new Dictionary<string, string>
            {
                [AnswerNames.RoleAnalysis("coordination", "holders")] = "Ada Lovelace",
                [AnswerNames.RoleAnalysis("coordination", "purpose")] = "Keeps the rhythm going.",
                // A role no one holds yet, with whom the coordinator looks for and what they would give.
                [AnswerNames.RoleAnalysis("expertise", "qualification")] = "Someone the members already ask.",
                [AnswerNames.RoleAnalysis("expertise", "support")] = "An hour a week.",
            },
        });
        return responses;
    }

    public static Roster RosterOf() => new(
    [
        .. Enumerable.Range(1, 14).Select(i => new RosterEntry($"Data {i}", $"data{i}@contoso.example", i % 2 == 0 ? "IT" : "Operations", "Data", i <= 4 ? "Core member" : "Active member")),
        .. Enumerable.Range(1, 10).Select(i => new RosterEntry($"Field {i}", $"field{i}@contoso.example", i % 2 == 0 ? "IT" : "Operations", "Field", "Active member")),
        .. Enumerable.Range(1, 3).Select(i => new RosterEntry($"Tiny {i}", $"tiny{i}@contoso.example", i % 2 == 1 ? "IT" : "Operations", "Tiny", "Active member")),
    ]);

    public static ValuePicture Picture(bool roster = true) => ValueAggregation.Build(All(), roster ? RosterOf() : Roster.Empty, PrivacyOptions.Create(5));

    /// <summary>A ledger of the sample's responses, with a rejected file, a superseded one and one of another community.</summary>
    public static Ledger Ledger() => global::CopOffice.Responses.Ledger.Build(Results());

    /// <summary>The inputs of <see cref="Ledger"/>, in order.</summary>
    public static IReadOnlyList<IntakeResult> Results()
    {
        var source = new Source("flawed/no-period.xlsx");
        var all = All();
        var repeated = all.First(r => r.MemberEmail == "data3@contoso.example" && r.Period == Q4);
        var first = repeated with { Source = new Source("value-survey/Data/2026-Q4/data3-first.xlsx") };
        List<IntakeResult> results =
        [
            new(first.Source, first.Kind, first, []),
            .. all.Select(r => new IntakeResult(r.Source, r.Kind, r, [])),
            new(source, TemplateKind.ValueSurvey, null, [Finding.Error("The period is missing: write the period this covers, e.g. 2026-Q4.", source.Location.At("Survey", "C10", "about.period"))]),
        ];
        return results;
    }
}
