using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;
using CopOffice.Reports.Sections;
using CopOffice.Responses;

namespace CopOffice.Reports;

/// <summary>
/// A community's report, for its coordinators: the community's value matrix against the organisation,
/// member types, ranked indicators, trend, participation and role gaps, the value-creation matrix,
/// stories, claims, roles, health, enablers and challenges, the community's data quality and an
/// "About" sheet. src/CopOffice.Reports/README.md lists every sheet, table and column.
/// </summary>
public static class CommunityReport
{
    public static void Write(CommunityView view, Ledger ledger, ReportContext context, Stream output)
    {
        // One ClosedXML workbook at a time in the process: see ClosedXmlGate.
        lock (ClosedXmlGate.Lock) WriteBook(view, ledger, context, output);
    }

    private static void WriteBook(CommunityView view, Ledger ledger, ReportContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var title = $"{view.Community}: CoP value report {view.Period}";
        var subtitle = $"{view.Community} · {view.Period} · {Labels.ComparedWith(view.ComparedWith)} · the organisation as benchmark";
        var book = new ReportBook(title, $"The value the {view.Community} community creates, for its coordinators", context, sharedReport: true);
        var quoted = StoryTables.Pick(view.Stories, StorySheets.MaxStories);

        SummarySheet(book, view, title, subtitle);
        IndicatorsSheet.Write(book, subtitle, $"The {NumberWords.IndicatorsFor(view.Community)} indicators, ranked: {view.Community}",
            $"The community's four quadrants and {NumberWords.IndicatorsFor(view.Community)} indicators with every statistic, beside the organisation's mean.",
            "Strongest first (mean, then share of 4s and 5s). The top five are strengths, the bottom five opportunities. " +
            "\"Difference from organisation\" is the community's mean minus the organisation's.", view.Profile, view.Organisation);
        TrendSheet.Write(book, subtitle, "Trend", view.History, view.Community,
            "The community's quadrant means in every period up to this one, with a chart.");
        ParticipationSheet.Write(book, subtitle, "Participation",
            "How many of the members the roster lists answered the value survey: the community and each member type.", view.Participation);
        StorySheets.ValueCreation(book, subtitle, view.ValueCreation, quoted, view.Stories.Count, withCommunity: false);
        StorySheets.Stories(book, subtitle, quoted, view.Stories.Count, view.Community);
        StorySheets.Claims(book, subtitle, view.ClaimTotals, quoted, view.Stories.Count);
        RolesSheet(book, view, subtitle);
        HealthSheets(book, view, subtitle);
        ConditionsSheet(book, view, subtitle);
        DataQualitySheet.Write(book, subtitle, ledger, view.Community, $"named {view.Community}");
        AboutSheet.Write(book, title,
        [
            ("Audience", $"The coordinators and core group of {view.Community}"),
            ("Community", view.Community),
            ("Period", view.Period.ToString()),
            ("Trends against", Labels.Period(view.ComparedWith)),
        ], view.Privacy, view.Method, context);
        book.Save(output);
    }

    private static void SummarySheet(ReportBook book, CommunityView view, string title, string subtitle)
    {
        var sheet = book.AddSheet("Summary", title, subtitle,
            "The community's value matrix (score, n, trend per quadrant) beside the organisation's, with its chart; member types; strengths and opportunities; role gaps.");
        SummaryParts.FixBoxColumns(sheet);
        sheet.Note(Headline(view), 11, muted: false);
        sheet.Skip();
        sheet.Section("The value matrix");
        var top = sheet.Row;
        MatrixGrid.Write(sheet, q => SummaryParts.Box(view.Profile, q, Benchmark(view.Organisation, q)));
        SummaryParts.BelowChart(sheet, top);
        sheet.Section("The value matrix in figures");
        var placed = sheet.Table(SummaryParts.Quadrants("ValueMatrix", view.Profile, view.Organisation));
        sheet.Chart($"{view.Community} and the organisation", ChartKind.Column,
        [
            new(view.Community, placed.Range(ValueTables.Quadrant), placed.Texts(ValueTables.Quadrant), placed.Range(ValueTables.Mean), placed.Numbers(ValueTables.Mean)),
            new("Organisation", placed.Range(ValueTables.Quadrant), placed.Texts(ValueTables.Quadrant), placed.Range(ValueTables.BenchmarkMean), placed.Numbers(ValueTables.BenchmarkMean)),
        ], SummaryParts.ChartColumns, SummaryParts.ChartRows, atRow: top, atColumn: SummaryParts.ChartColumn, min: 1, max: 5);

        sheet.Section("Member types");
        sheet.Note("The community's members by member type: core and peripheral members often see different value.", 11);
        sheet.Table(GroupTables.Groups("MemberTypes", "Member type", view.MemberTypes));
        SummaryParts.Highlights(sheet, view.Profile, "Strengths", "Opportunities", "the community's");
        sheet.Section("Role gaps");
        var gaps = view.Roles.Gaps;
        sheet.Note(gaps.Count == 0
            ? $"All {NumberWords.Roles} leadership roles are filled{(view.Roles.AnalysisPeriod is { } a ? $" (leadership-roles analysis of {a})" : "")}."
            : $"{gaps.Count} of the {NumberWords.Roles} leadership roles {(gaps.Count == 1 ? "has" : "have")} no one: {string.Join(", ", gaps.Select(g => g.Name))}. See the Roles sheet.", 11, muted: false);
        sheet.Section("What the guide suggests");
        sheet.Note(view.Suggestions.Count == 0
            ? "No weak spot in the community's own workbooks: no success factor rated 2 or below, no readiness theme below 3, no leadership role without a holder."
            : $"From the community's weak spots in its own workbooks: success factors rated {GuideSuggestions.LowFactor} or below, readiness themes below {GuideSuggestions.LowReadiness:0} on average, " +
              "leadership roles no one holds. The actions are seed 001's; for a role, what the community's leadership-roles analysis says of whom to ask and what to give.", 11);
        sheet.Table(GuideTables.Suggestions("Suggestions", view.Suggestions));
    }

    private static string Benchmark(GroupProfile organisation, Quadrant quadrant) =>
        organisation.Profile.TryGetValue(out var o) && o.Quadrant(quadrant).Statistics.Mean is { } mean
            ? $"organisation {mean:0.0}"
            : $"organisation: {organisation.Profile.Text(_ => "no mean")}";

    private static string Headline(CommunityView view)
    {
        if (!view.Profile.Profile.TryGetValue(out var profile))
            return $"No figures for {view.Community} in {view.Period}: {view.Profile.Profile.Text(_ => "")}. Groups below the minimum group size of {view.Privacy.MinGroupSize} are never shown; " +
                "the stories, roles and health check below are still shown.";
        var rate = view.Participation.FirstOrDefault(r => r.Group.Kind == GroupKind.Community);
        var onRoster = rate is not null && rate.Participation.TryGetValue(out var p) ? $" ({p.Rate:0%} of the {rate.RosterMembers:N0} members on the roster)" : "";
        return $"{profile.Respondents:N0} members of {view.Community} answered the value survey for {view.Period}{onRoster}. " +
            $"{view.Stories.Count:N0} {(view.Stories.Count == 1 ? "story was" : "stories were")} shared with consent. " +
            $"Figures of groups with fewer than {view.Privacy.MinGroupSize} respondents are not shown, nor of groups that would let a smaller one be worked out.";
    }

    private static void RolesSheet(ReportBook book, CommunityView view, string subtitle)
    {
        var roles = view.Roles;
        var sheet = book.AddSheet("Roles", $"Leadership roles: {view.Community}", subtitle,
            $"The {NumberWords.Roles} leadership roles: who holds each (the analysis's holders, members who said so), the gaps, and what the analysis says about each role.");
        sheet.Note(roles.AnalysisPeriod is { } a
            ? $"From the leadership-roles analysis of {a}{(roles.CompletedBy is { } by ? $", completed by {by}" : "")}, and the value surveys of {roles.Period}. " +
              $"{roles.Filled} of {ValueFramework.LeadershipRoles.Count} roles are filled."
            : $"No leadership-roles analysis up to {roles.Period}: roles come from the value surveys only. {roles.Filled} of {ValueFramework.LeadershipRoles.Count} roles are filled.", 8);
        sheet.Table(RoleTables.Holders("RoleHolders", [roles], withCommunity: false), main: true);
        sheet.Section("What the analysis says about each role");
        sheet.Table(RoleTables.Notes("RoleNotes", roles));
    }

    private static void HealthSheets(ReportBook book, CommunityView view, string subtitle)
    {
        var health = view.Health;
        var sheet = book.AddSheet("Health", $"Health check: {view.Community}", subtitle,
            "The community's latest health check: success factors with comments, purpose and vision.");
        if (health is null)
        {
            sheet.Note($"No health check of {view.Community} up to {view.Period}. The coordinator or core group fills in the health-check template.", 8, muted: false);
        }
        else
        {
            sheet.Note($"Health check of {health.CheckPeriod}{(health.CompletedBy is { } by ? $", completed by {by}" : "")}.", 8, muted: false);
        }
        sheet.Section("Success factors");
        sheet.Table(HealthTables.Factors("SuccessFactors", health is null ? [] : [health], withCommunity: false, onlyCommented: false));
        sheet.Section("Purpose and vision");
        sheet.Table(HealthTables.Vision("Vision", health));

        var readiness = book.AddSheet("Readiness", $"Readiness: {view.Community}", subtitle,
            "The readiness questions of the health check: each theme's statistics and each statement's rating.");
        readiness.Table(HealthTables.ReadinessThemes("ReadinessThemes", health), main: true);
        readiness.Section("Statements");
        readiness.Table(HealthTables.ReadinessStatements("ReadinessStatements", health));
    }

    private static void ConditionsSheet(ReportBook book, CommunityView view, string subtitle)
    {
        var sheet = book.AddSheet("Enablers and challenges", $"Enablers and challenges: {view.Community}", subtitle,
            "\"In your organization …\": what helps the community create value and what stands in the way, most named first; then what members wrote of each box of the value matrix.");
        var shown = view.Conditions.TryGetValue(out var conditions);
        sheet.Note(shown
            ? "Repeats are the same item written the same way, ignoring case and punctuation."
            : $"Not shown: {view.Conditions.Text(_ => "")}. Free text is shown from {view.Privacy.FreeTextMinGroupSize} respondents.", 4, muted: shown);
        if (conditions is not null && Math.Max(conditions.Enablers.Count, conditions.Challenges.Count) > ConditionTables.MaxItems)
            sheet.Note($"Each list shows its {ConditionTables.MaxItems} most named items; the rest were each named by fewer respondents.", 2);
        sheet.Table(ConditionTables.Items("Enablers", "Enabler", conditions?.Enablers ?? []));
        sheet.Table(ConditionTables.Items("Challenges", "Challenge", conditions?.Challenges ?? []));
        sheet.Section("Reflection on strategic value");
        sheet.Table(ConditionTables.Reflections("Reflections", conditions));
    }
}
