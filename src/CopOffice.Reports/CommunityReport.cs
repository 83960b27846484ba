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

        CommunitySummarySheet.Write(book, view, title, subtitle);
        IndicatorsSheet.Write(book, subtitle, $"The {NumberWords.IndicatorsFor(view.Community)} indicators, ranked: {view.Community}",
            $"The community's four quadrants and {NumberWords.IndicatorsFor(view.Community)} indicators with every statistic, beside the organisation's mean.",
            "Strongest first (mean, then share of 4s and 5s). The top five are strengths, the bottom five opportunities. " +
            "\"Difference from organisation\" is the community's mean minus the organisation's.", view.Profile, view.Organisation);
        PeersSheet.Community(book, subtitle, view);
        DriversSheet.Community(book, subtitle, view);
        TrendSheet.Write(book, subtitle, "Trend", view.History, view.Community,
            "The community's quadrant means in every period up to this one, with a chart.");
        ParticipationSheet.Write(book, subtitle, "Participation",
            "How many of the members the roster lists answered the value survey: the community and each member type.", view.Participation);
        StorySheets.ValueCreation(book, subtitle, view.ValueCreation, quoted, view.Stories.Count, withCommunity: false);
        StorySheets.Stories(book, subtitle, quoted, view.Stories.Count, view.Community);
        StorySheets.Claims(book, subtitle, view.ClaimTotals, quoted, view.Stories.Count, [.. view.Flow.Realised.Where(r => r.RealisedIn == view.Period)]);
        ValueFlowSheet.Write(book, subtitle, view.Flow, view.Community, withCommunity: false);
        ActionsSheet.Community(book, subtitle, view);
        Templates.ActionPlanSheet.AddTo(book.Workbook, view.Community, view.Period, view.Actions);
        RolesSheets.Community(book, view, subtitle);
        HealthSheets.Community(book, view, subtitle);
        ConditionsSheet.Community(book, view, subtitle);
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
}
