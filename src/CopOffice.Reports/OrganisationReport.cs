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

        OrganisationSummarySheet.Write(book, view, title, subtitle);
        PeersSheet.Organisation(book, subtitle, view);
        ProgrammeSheet.Write(book, subtitle, view.Programme, context.Programme);
        UnitsSheet.Write(book, view, subtitle);
        HeatMapSheet.Write(book, view, subtitle);
        IndicatorsSheet.Write(book, subtitle, $"The {NumberWords.Indicators} indicators, ranked",
            $"The four quadrants and the {NumberWords.Indicators} indicators of the whole organisation with every statistic: n, n/a, mean, median, standard deviation, top-2-box share, distribution, trend.",
            "Strongest first (mean, then share of 4s and 5s). The top five are strengths, the bottom five opportunities.", view.Organisation);
        DriversSheet.Organisation(book, subtitle, view);
        TrendSheet.Write(book, subtitle, "Trend", view.History, "the organisation",
            "The organisation's and each community's quadrant means in every period up to this one, with a chart of the organisation's.");
        StorySheets.ValueCreation(book, subtitle, view.ValueCreation, quoted, view.Stories.Count, withCommunity: true);
        StorySheets.Stories(book, subtitle, quoted, view.Stories.Count, "all communities");
        StorySheets.Claims(book, subtitle, view.ClaimTotals, quoted, view.Stories.Count, [.. view.Flow.Realised.Where(r => r.RealisedIn == view.Period)]);
        ValueFlowSheet.Write(book, subtitle, view.Flow, "all communities", withCommunity: true);
        ActionsSheet.Organisation(book, subtitle, view);
        RolesSheets.Organisation(book, view, subtitle);
        HealthSheets.Organisation(book, view, subtitle);
        ConditionsSheet.Organisation(book, view, subtitle);
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
}
