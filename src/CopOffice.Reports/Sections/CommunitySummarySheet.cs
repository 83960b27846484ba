using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>The community report's first sheet: the headline, the value matrix beside the organisation's, member types, strengths and opportunities, role gaps and what the guide suggests.</summary>
internal static class CommunitySummarySheet
{
    public static void Write(ReportBook book, CommunityView view, string title, string subtitle)
    {
        var (sheet, top) = SummaryParts.Opening(book, title, subtitle,
            "The community's value matrix (score, n, trend per quadrant) beside the organisation's, with its chart; member types; strengths and opportunities; role gaps; what the guide suggests.",
            Headline(view), q => SummaryParts.Box(view.Profile, q, Benchmark(view.Organisation, q)));
        var placed = sheet.Table(SummaryParts.Quadrants("ValueMatrix", view.Profile, view.Organisation));
        sheet.Chart($"{view.Community} and the organisation", ChartKind.Column,
        [
            placed.Series(view.Community, ValueTables.Quadrant, ValueTables.Mean, margins: ValueTables.Margin),
            placed.Series("Organisation", ValueTables.Quadrant, ValueTables.BenchmarkMean, margins: SummaryParts.BenchmarkMargin),
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
        // A community being formed: its forming check is what there is (said without telling how many answered).
        if (!view.Profile.Profile.IsShown && view.Health is null && view.Readiness is { From: TemplateKind.FormingCheck } forming)
            return $"{view.Community} is being formed: its forming check of {forming.AssessedIn} is on the Readiness sheet, with a verdict per theme and what the guide suggests. " +
                $"Value figures appear once at least {view.Privacy.MinGroupSize} members answer the value survey.";
        if (!view.Profile.Profile.TryGetValue(out var profile))
            return $"No figures for {view.Community} in {view.Period}: {view.Profile.Profile.Text(_ => "")}. Groups below the minimum group size of {view.Privacy.MinGroupSize} are never shown; " +
                "the stories, roles and health check below are still shown.";
        var rate = view.Participation.FirstOrDefault(r => r.Group.Kind == GroupKind.Community);
        var onRoster = rate is not null && rate.Participation.TryGetValue(out var p) ? $" ({p.Rate:0%} of the {rate.RosterMembers:N0} members on the roster)" : "";
        return $"{profile.Respondents:N0} members of {view.Community} answered the value survey for {view.Period}{onRoster}. " +
            $"{view.Stories.Count:N0} {(view.Stories.Count == 1 ? "story was" : "stories were")} shared with consent. " +
            $"Figures of groups with fewer than {view.Privacy.MinGroupSize} respondents are not shown, nor of groups that would let a smaller one be worked out.";
    }
}
