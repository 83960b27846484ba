using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>What goes with value: which indicators move with each value score, importance beside performance, and (for the organisation) success factors and roles across communities.</summary>
internal static class DriversSheet
{
    public const string Name = "Drivers";

    private static readonly string[] Zones = [ImportancePerformance.ActHere, ImportancePerformance.KeepUp, ImportancePerformance.Watch, ImportancePerformance.Ease];

    public static void Organisation(ReportBook book, string subtitle, OrganisationView view)
    {
        var sheet = Drivers(book, subtitle, "the organisation", view.Drivers, view.Privacy);
        sheet.Section("Success factors and roles across communities");
        var across = view.AcrossCommunities;
        sheet.Note($"One point per community whose figures are shown: its respondents' mean overall value beside the mean of its latest health check's " +
            $"success-factor ratings and the share of the {NumberWords.Roles} leadership roles filled. {Correlation("Success factors", across.FactorsCorrelation, across.FactorsPoints)} " +
            $"{Correlation("Roles filled", across.RolesCorrelation, across.RolesPoints)} {ValueAcrossCommunities.Caveat(across.Points.Count)}", 12, muted: false);
        var table = new TableBlock("ValueAcrossCommunities",
        [
            new("Community") { MaxWidth = 30 }, new(GroupTables.Respondents, Format.Count), new("Overall value", Format.Mean),
            new("Success factors", Format.Mean), new("Roles filled", Format.Share),
        ]);
        foreach (var p in across.Points) table.Add(p.Community, p.Respondents, p.OverallValue, p.SuccessFactors, p.RolesFilled);
        table.Scores("Overall value", "Success factors");
        sheet.Table(table);

        sheet.Section("Enablers and challenges by value to the organisation");
        var byValue = view.ConditionsByValue.TryGetValue(out var compared) ? compared : null;
        sheet.Note(byValue is null
            ? $"Not compared: {view.ConditionsByValue.Text(_ => "")}."
            : $"What the respondents who see the most value to the organisation ({byValue.HighRespondents:N0}, their two organisation quadrant scores " +
              $"averaging {byValue.HighFrom:0.00} or more) and those who see the least ({byValue.LowRespondents:N0}, below {byValue.LowBelow:0.00}) name as enablers " +
              "(each side at least a third of all respondents, cut at a quarter point) " +
              $"and challenges, in the communities whose free text is shown: the {ConditionsByValue.MostNamed} most named of each kind (by {ConditionsByValue.MinimumNamed} people or more).", 12);
        var contrasts = new TableBlock("ConditionsByValue",
        [
            new("Kind"), new("Item", Format.Wrap, 40), new("High value", Format.Count), new("Share of high", Format.Share),
            new("Low value", Format.Count), new("Share of low", Format.Share), new("Difference in share", Format.ShareChange),
        ]);
        foreach (var item in byValue?.Items ?? [])
        {
            var (high, low) = ((double)item.High / byValue!.HighRespondents, (double)item.Low / byValue.LowRespondents);
            contrasts.Add(item.Kind, item.Item, item.High, high, item.Low, low, high - low);
        }
        sheet.Table(contrasts);
    }

    public static void Community(ReportBook book, string subtitle, CommunityView view) => Drivers(book, subtitle, view.Community, view.Drivers, view.Privacy);

    private static string Correlation(string what, double? r, int points) => r is { } value
        ? $"{what}: correlation {value:+0.00;-0.00;0.00} over {points} communities."
        : $"{what}: no correlation ({points} {(points == 1 ? "community has" : "communities have")} a figure; three are needed).";

    private static ReportSheet Drivers(ReportBook book, string subtitle, string whose, Figure<DriverAnalysis> drivers, PrivacyOptions privacy)
    {
        var sheet = book.AddSheet(Name, $"What goes with value: {whose}", subtitle,
            "Which indicators move most with each quadrant score and with overall value (correlations with 95% intervals), and importance beside performance.");
        var analysis = drivers.TryGetValue(out var a) ? a : null;
        sheet.Note(analysis is null
            ? $"No driver analysis: {drivers.Text(_ => "")}. It is made from {privacy.MinDriverGroupSize} responses."
            : $"From {analysis.Respondents:N0} responses. Each indicator is correlated (Pearson) with a value score made without it: its own quadrant's score " +
              $"from the quadrant's other indicators, and overall value (the mean of a respondent's quadrant scores) likewise. Intervals: {analysis.Method}. " +
              "A correlation says which indicators go with value here, not what causes it.", 12);

        sheet.Section("Importance and performance");
        sheet.Note("Importance is an indicator's correlation with overall value; performance its mean. Split at the middle (median) of each: " +
            "important and below par is where to act.", 12);
        var chartRow = sheet.Row;
        if (analysis is { Quadrant.Count: > 0 }) sheet.Skip(20);
        var ordered = analysis?.Quadrant.OrderBy(p => Array.IndexOf(Zones, p.Zone)).ThenByDescending(p => p.Importance).ToList() ?? [];
        var quadrant = new TableBlock("ImportancePerformance",
        [
            new("Indicator") { MaxWidth = 34 }, new(ValueTables.Quadrant) { MaxWidth = 30 }, new("Importance", Format.Correlation), new("Performance", Format.Mean), new("Zone") { MaxWidth = 34 },
        ]);
        foreach (var p in ordered) quadrant.Add(GroupTables.Capitalised(p.Indicator.Name), p.Indicator.Quadrant.Title, p.Importance, p.Performance, p.Zone);
        quadrant.Scores("Performance");
        var placed = sheet.Table(quadrant);
        if (ordered.Count > 0)
        {
            var series = Zones.Select(zone => (zone, from: ordered.FindIndex(p => p.Zone == zone), count: ordered.Count(p => p.Zone == zone)))
                .Where(z => z.count > 0)
                .Select(z => placed.Points(z.zone, "Importance", "Performance", z.from, z.count)).ToList();
            sheet.Chart("Importance (across: correlation with overall value) × performance (up: mean)", ChartKind.Scatter, series, 9, 19, atRow: chartRow,
                // Axes around the points (to a tenth, a half point), so that the zones can be told apart.
                min: Math.Max(1, Math.Floor(ordered.Min(p => p.Performance) * 2) / 2), max: Math.Min(5, Math.Ceiling(ordered.Max(p => p.Performance) * 2) / 2),
                xMin: Math.Floor(ordered.Min(p => p.Importance) * 10) / 10, xMax: Math.Ceiling(ordered.Max(p => p.Importance) * 10) / 10);
        }

        sheet.Section("Drivers of each value score");
        var table = new TableBlock("Drivers",
        [
            new("Value score") { MaxWidth = 34 }, new("Rank", Format.Count), new("Indicator") { MaxWidth = 34 }, new(ValueTables.Quadrant) { MaxWidth = 30 },
            new("Correlation", Format.Correlation), new("Low", Format.Correlation), new("High", Format.Correlation), new("n", Format.Count),
        ]);
        foreach (var d in (analysis?.Drivers ?? []).OrderBy(d => DriverAnalysis.Targets.ToList().IndexOf(d.Target)).ThenBy(d => d.Rank ?? int.MaxValue))
            table.Add(d.Target, d.Rank, GroupTables.Capitalised(d.Indicator.Name), d.Indicator.Quadrant.Title, d.Correlation, d.Low, d.High, d.N);
        sheet.Table(table, main: true);
        return sheet;
    }
}
