using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;
using CopOffice.Reports.Sections;
using CopOffice.Responses;

namespace CopOffice.Reports;

/// <summary>
/// The organisation report, for sponsors: the value matrix, communities, units, the heat map, ranked
/// indicators, the trend, the value-creation matrix, stories, claims, roles, health, enablers and
/// challenges, response rates, data quality and an "About" sheet. src/CopOffice.Reports/README.md lists every sheet,
/// table and column.
/// </summary>
public static class OrganisationReport
{
    public static void Write(OrganisationView view, Ledger ledger, ReportContext context, Stream output)
    {
        // One ClosedXML workbook at a time in the process: see ClosedXmlGate.
        lock (ClosedXmlGate.Lock) WriteBook(view, ledger, context, output);
    }

    private static void WriteBook(OrganisationView view, Ledger ledger, ReportContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var title = $"CoP value report {view.Period}";
        var subtitle = $"Organisation · {view.Period} · {Labels.ComparedWith(view.ComparedWith)}";
        var book = new ReportBook(title, "The value communities of practice create, for sponsors", context, sharedReport: true);
        var quoted = StoryTables.Pick(view.Stories, StorySheets.MaxStories);

        SummarySheet(book, view, title, subtitle);
        ProgrammeSheet.Write(book, subtitle, view.Programme, context.Programme);
        UnitsSheet(book, view, subtitle);
        HeatMapSheet(book, view, subtitle);
        IndicatorsSheet.Write(book, subtitle, $"The {NumberWords.Indicators} indicators, ranked",
            $"The four quadrants and the {NumberWords.Indicators} indicators of the whole organisation with every statistic: n, n/a, mean, median, standard deviation, top-2-box share, distribution, trend.",
            "Strongest first (mean, then share of 4s and 5s). The top five are strengths, the bottom five opportunities.", view.Organisation);
        TrendSheet.Write(book, subtitle, "Trend", view.History, "the organisation",
            "The organisation's and each community's quadrant means in every period up to this one, with a chart of the organisation's.");
        StorySheets.ValueCreation(book, subtitle, view.ValueCreation, quoted, view.Stories.Count, withCommunity: true);
        StorySheets.Stories(book, subtitle, quoted, view.Stories.Count, "all communities");
        StorySheets.Claims(book, subtitle, view.ClaimTotals, quoted, view.Stories.Count);
        RolesSheet(book, view, subtitle);
        HealthSheet(book, view, subtitle);
        ConditionsSheet(book, view, subtitle);
        ParticipationSheet.Write(book, subtitle, "Response rates",
            "How many of the people the roster lists answered the value survey: the organisation, each community and each unit.", view.ResponseRates);
        DataQualitySheet.Write(book, subtitle, ledger, null, "were read");
        AboutSheet.Write(book, title, Facts(view), view.Privacy, view.Method, context);
        book.Save(output);
    }

    private static IReadOnlyList<(string, object?)> Facts(OrganisationView view) =>
    [
        ("Audience", "Sponsors and management"),
        ("Period", view.Period.ToString()),
        ("Trends against", Labels.Period(view.ComparedWith)),
        ("Communities", view.Communities.Count),
    ];

    private static void SummarySheet(ReportBook book, OrganisationView view, string title, string subtitle)
    {
        var sheet = book.AddSheet("Summary", title, subtitle,
            "The value matrix of the whole organisation (score, n, trend per quadrant) with its chart, the communities side by side, strengths and opportunities.");
        SummaryParts.FixBoxColumns(sheet);
        sheet.Note(Headline(view), 11, muted: false);
        sheet.Skip();
        sheet.Section("The value matrix");
        var top = sheet.Row;
        MatrixGrid.Write(sheet, q => SummaryParts.Box(view.Organisation, q));
        SummaryParts.BelowChart(sheet, top);
        sheet.Section("The value matrix in figures");
        var placed = sheet.Table(SummaryParts.Quadrants("ValueMatrix", view.Organisation, null));
        sheet.Chart("Value to members and to the organisation", ChartKind.Column,
        [
            new("Value to members", placed.Range(ValueTables.Horizon, 0, 2), placed.Texts(ValueTables.Horizon, 0, 2), placed.Range(ValueTables.Mean, 0, 2), placed.Numbers(ValueTables.Mean, 0, 2)),
            new("Value to the organisation", placed.Range(ValueTables.Horizon, 2, 2), placed.Texts(ValueTables.Horizon, 2, 2), placed.Range(ValueTables.Mean, 2, 2), placed.Numbers(ValueTables.Mean, 2, 2)),
        ], SummaryParts.ChartColumns, SummaryParts.ChartRows, atRow: top, atColumn: SummaryParts.ChartColumn, min: 1, max: 5);

        sheet.Section("Communities side by side");
        sheet.Note("Each community's quadrant means (colour: 2 or below red, 3 yellow, 4.5 or above green) and their change since the previous period. Blank figures are withheld; the Note says why.", 11);
        sheet.Table(GroupTables.Groups("Communities", "Community", view.Communities));
        SummaryParts.Highlights(sheet, view.Organisation, "Strengths", "Opportunities", "the organisation's");
    }

    private static string Headline(OrganisationView view)
    {
        var shownCommunities = view.Communities.Count(c => c.Profile.IsShown);
        if (!view.Organisation.Profile.TryGetValue(out var profile))
            return $"No figures for {view.Period}: {view.Organisation.Profile.Text(_ => "")}. Groups below the minimum group size of {view.Privacy.MinGroupSize} are never shown.";
        var rate = view.ResponseRates.FirstOrDefault(r => r.Group.Kind == GroupKind.Organisation);
        var onRoster = rate is not null && rate.Participation.TryGetValue(out var p) ? $" ({p.Rate:0%} of the {rate.RosterMembers:N0} people on the roster)" : "";
        return $"{profile.Respondents:N0} people answered the value survey for {view.Period}{onRoster}, in {view.Communities.Count:N0} " +
            $"{(view.Communities.Count == 1 ? "community" : "communities")} ({shownCommunities:N0} with figures shown). " +
            $"{view.Stories.Count:N0} {(view.Stories.Count == 1 ? "story was" : "stories were")} shared with consent. " +
            $"Figures of groups with fewer than {view.Privacy.MinGroupSize} respondents are not shown, nor of groups that would let a smaller one be worked out.";
    }

    private static void UnitsSheet(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Units", "Organisational units and member types", subtitle,
            "The value matrix of each organisational unit and of each member type across the organisation.");
        sheet.Table(GroupTables.Groups("Units", "Unit", view.Units), main: true);
        sheet.Section("Member types");
        sheet.Note("Organisation-wide member types are shown only where every community's figure for that type is shown.", 8);
        sheet.Table(GroupTables.Groups("MemberTypes", "Member type", view.MemberTypes));
    }

    private static void HeatMapSheet(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Heat map", "Heat map: groups × indicators", subtitle,
            $"The mean of each of the {NumberWords.Indicators} indicators for the organisation, every community, unit and member type, coloured from 2 or below (red) through 3 (yellow) to 4.5 or above (green).");
        sheet.Note("Mean rating of each indicator (1–5), coloured from 2 or below (red) through 3 (yellow) to 4.5 or above (green). Rows without colour are withheld: the Note says why.", 10);
        // A band naming each quadrant over its indicators' columns; Group type, Group and Respondents come first.
        sheet.Band(4, [.. Quadrant.All.Select(q => (q.Title, ValueFramework.IndicatorsIn(q).Count()))]);
        var rows = new[] { view.Organisation }.Concat(view.Communities).Concat(view.Units).Concat(view.MemberTypes);
        sheet.Table(GroupTables.HeatMap("HeatMap", rows), main: true);
    }

    private static void RolesSheet(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Roles", "Leadership roles: coverage and gaps", subtitle,
            $"Which of the {NumberWords.Roles} leadership roles each community has filled (●) and where the gaps are (○), and who holds each role.");
        sheet.Note("A role is filled when the community's leadership-roles analysis names a holder or members said they hold it.", 10);
        sheet.Table(RoleTables.Coverage("RoleCoverage", view.Roles), main: true);

        var holders = book.AddSheet("Role holders", "Who holds each leadership role", subtitle,
            "For each community and role: the holders the leadership-roles analysis names, the members who said they hold it (by name with their consent) and how many said so.");
        holders.Table(RoleTables.Holders("RoleHolders", view.Roles, withCommunity: true), main: true);
    }

    private static void HealthSheet(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Health", "Community health and success factors", subtitle,
            "Each community's latest health check: its ratings of the ten success factors and readiness; the organisation-side factors across communities; the coordinators' comments.");
        sheet.Note("The coordinators' own assessments (1–5), from each community's latest health check up to this period.", 10);
        sheet.Table(HealthTables.Communities("CommunityHealth", [.. view.Communities.Select(c => c.Group.Name)], view.Health), main: true);

        var factors = book.AddSheet("Success factors", "Success factors across communities", subtitle,
            "Each critical success factor summarised across the communities' health checks (one rating per community), community side and organisation side.");
        factors.Note("One rating per community's latest health check. The organisation-side factors are what sponsors can act on.", 6);
        factors.Table(HealthTables.AcrossCommunities("FactorsAcrossCommunities", view.FactorsAcrossCommunities), main: true);

        var comments = book.AddSheet("Health comments", "What coordinators wrote about the success factors", subtitle,
            "The comments coordinators wrote beside their success-factor ratings, community by community.");
        comments.Table(HealthTables.Factors("FactorComments", view.Health, withCommunity: true, onlyCommented: true), main: true);
    }

    private static void ConditionsSheet(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Enablers and challenges", "Enablers and challenges", subtitle,
            "\"In your organization …\": what helps communities create value and what stands in the way, counted across communities and per community; and what members wrote of each box of the value matrix.");
        sheet.Note($"Counted across the communities whose free text is shown (at least {view.Privacy.FreeTextMinGroupSize} respondents). " +
            "Repeats are the same item written the same way, ignoring case and punctuation.", 4);
        if (ConditionTables.Cut(view.Conditions.Enablers, view.Conditions.Challenges) is { } cut) sheet.Note(cut, 2);
        sheet.Table(ConditionTables.Items("Enablers", "Enabler", view.Conditions.Enablers));
        sheet.Table(ConditionTables.Items("Challenges", "Challenge", view.Conditions.Challenges));
        sheet.Section("Reflection on strategic value");
        sheet.Table(ConditionTables.Reflections("Reflections", view.Conditions));
        sheet.Section("Per community");
        sheet.Table(ConditionTables.ByCommunity("ConditionsByCommunity", view.ConditionsByCommunity));
    }
}
