using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

using CopOffice.Aggregation;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>Builds accepted responses for aggregation tests, as the validator would hand them over.</summary>
internal static class Surveys
{
    public static readonly Period Q1 = new(2026, 1);
    public static readonly Period Q2 = new(2026, 2);
    public static readonly Period Q3 = new(2026, 3);
    public static readonly Period Q4 = new(2026, 4);

    private static int s_files;

    public const int NotApplicable = 0;
    public const int Blank = -1;

    /// <summary>A value survey rating every indicator <paramref name="all"/> (null: none rated) unless <paramref name="ratings"/> says otherwise (<see cref="NotApplicable"/>, <see cref="Blank"/>).</summary>
    public static Response Survey(string community, Period period, string? email = null, string? unit = null, string? type = null,
        int? all = 3, IReadOnlyDictionary<string, int>? ratings = null, string consent = Consent.No,
        IReadOnlyDictionary<string, string>? story = null, string? enablers = null, string? challenges = null,
        IReadOnlyList<string>? roles = null, string? name = null, string? path = null)
    {
        var values = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var indicator in ValueFramework.Indicators)
        {
            int? value = ratings is not null && ratings.TryGetValue(indicator.Id, out var given) ? given : all;
            if (value is null or Blank) continue;
            values[AnswerNames.Indicator(indicator.Id)] = value == 0 ? Rating.NotApplicable : new Rating(value);
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in story ?? new Dictionary<string, string>()) texts[AnswerNames.Story(id)] = text;
        if (enablers is not null) texts[AnswerNames.Enablers] = enablers;
        if (challenges is not null) texts[AnswerNames.Challenges] = challenges;
        return new Response(TemplateKind.ValueSurvey, new Source(path ?? $"in/{Interlocked.Increment(ref s_files):00000}.xlsx"), community, period)
        {
            Unit = unit,
            MemberEmail = email,
            MemberName = name ?? email?.Split('@')[0],
            MemberType = type,
            Consent = consent,
            Ratings = values,
            Texts = texts,
            RolesHeld = roles ?? [],
        };
    }

    /// <summary><paramref name="count"/> members of a community, all rating <paramref name="all"/>.</summary>
    public static IEnumerable<Response> Members(string community, Period period, int count, string? unit = null, string? type = null, int all = 3, string prefix = "")
        => Enumerable.Range(1, count).Select(i => Survey(community, period, $"{prefix}{Slug(community)}{i}@contoso.com", unit, type, all));

    public static string Slug(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    public static Response HealthCheck(string community, Period period, IReadOnlyDictionary<string, int>? factors = null, string? stage = null,
        IReadOnlyDictionary<string, int>? readiness = null, IReadOnlyDictionary<string, string>? texts = null)
    {
        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var (id, v) in factors ?? new Dictionary<string, int>()) ratings[AnswerNames.Factor(id)] = v == 0 ? Rating.NotApplicable : new Rating(v);
        foreach (var (id, v) in readiness ?? new Dictionary<string, int>()) ratings[AnswerNames.Readiness(id)] = v == 0 ? Rating.NotApplicable : new Rating(v);
        var all = new Dictionary<string, string>(texts ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (stage is not null) all[AnswerNames.Stage] = stage;
        return new Response(TemplateKind.HealthCheck, new Source($"in/health-{Interlocked.Increment(ref s_files):00000}.xlsx"), community, period)
        {
            CompletedBy = "Core group",
            Ratings = ratings,
            Texts = all,
        };
    }

    public static Response FormingCheck(string community, Period period, IReadOnlyDictionary<string, int> readiness, IReadOnlyDictionary<string, string>? texts = null)
    {
        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var (id, v) in readiness) ratings[AnswerNames.Readiness(id)] = v == 0 ? Rating.NotApplicable : new Rating(v);
        return new Response(TemplateKind.FormingCheck, new Source($"in/forming-{Interlocked.Increment(ref s_files):00000}.xlsx"), community, period)
        {
            CompletedBy = "Sponsor and core group",
            Ratings = ratings,
            Texts = new Dictionary<string, string>(texts ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        };
    }

    public static Response RolesAnalysis(string community, Period period, IReadOnlyDictionary<string, string> cells) =>
        new(TemplateKind.LeadershipRoles, new Source($"in/roles-{Interlocked.Increment(ref s_files):00000}.xlsx"), community, period)
        {
            CompletedBy = "Coordinator",
            Texts = cells.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
        };

    public static ValuePicture Build(IEnumerable<Response> responses, Roster? roster = null, PrivacyOptions? options = null) =>
        ValueAggregation.Build(responses, roster ?? Roster.Empty, options ?? PrivacyOptions.Default);

    public static ValueProfile Shown(this GroupProfile row) =>
        row.Profile is Shown<ValueProfile> shown ? shown.Value : throw new Xunit.Sdk.XunitException($"{row.Group} is not shown: {row.Profile.Text(_ => "")}");

    public static string Withheld(this GroupProfile row) =>
        row.Profile is Suppressed<ValueProfile> s ? s.Reason : throw new Xunit.Sdk.XunitException($"{row.Group} is shown ({row.Profile}).");

    public static GroupProfile Row(this IEnumerable<GroupProfile> rows, string name) => rows.Single(r => r.Group.Name == name);
}
