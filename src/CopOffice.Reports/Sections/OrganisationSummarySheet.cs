using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>The organisation report's first sheet: the headline, the value matrix with its chart, communities side by side, strengths and opportunities.</summary>
internal static class OrganisationSummarySheet
{
    public static void Write(ReportBook book, OrganisationView view, string title, string subtitle)
    {
        var (sheet, top) = SummaryParts.Opening(book, title, subtitle,
            "The value matrix of the whole organisation (score, n, trend per quadrant) with its chart, the communities side by side, strengths and opportunities.",
            Headline(view), q => SummaryParts.Box(view.Organisation, q));
        var placed = sheet.Table(SummaryParts.Quadrants("ValueMatrix", view.Organisation, null));
        sheet.Chart("Value to members and to the organisation", ChartKind.Column,
        [
            placed.Series("Value to members", ValueTables.Horizon, ValueTables.Mean, 0, 2, margins: ValueTables.Margin),
            placed.Series("Value to the organisation", ValueTables.Horizon, ValueTables.Mean, 2, 2, margins: ValueTables.Margin),
        ], SummaryParts.ChartColumns, SummaryParts.ChartRows, atRow: top, atColumn: SummaryParts.ChartColumn, min: 1, max: 5);

        sheet.Section("Communities side by side");
        sheet.Note("Each community's quadrant means (colour: 2 or below red, 3 yellow, 4.5 or above green), their margins and their change since the previous period. Blank figures are withheld; the Note says why. The Peers sheet sets each community beside communities of similar size and maturity.", 11);
        sheet.Table(GroupTables.Groups("Communities", "Community", view.Communities, peers: view.Peers));
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
}
