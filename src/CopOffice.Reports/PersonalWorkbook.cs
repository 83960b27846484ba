using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;
using CopOffice.Reports.Sections;

namespace CopOffice.Reports;

/// <summary>
/// A member's personal workbook: their value profile in the latest period against their community and
/// the organisation (only figures the shared reports show), their history across periods, their stories
/// and an "About" sheet. Small by design: one member's answers, no group detail beyond the shared figures.
/// </summary>
public static class PersonalWorkbook
{
    public static void Write(MemberView view, ReportContext context, Stream output)
    {
        // One ClosedXML workbook at a time in the process: see ClosedXmlGate.
        lock (ClosedXmlGate.Lock) WriteBook(view, context, output);
    }

    private static void WriteBook(MemberView view, ReportContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (view.History.Count == 0) throw new ArgumentException($"The view of {view.Email} has no value survey to show.", nameof(view));

        var who = view.Name ?? view.Email;
        var latest = view.History[^1].Period;
        var title = $"{who}: the value of your communities of practice";
        var subtitle = $"Personal workbook of {view.Email} · latest survey {latest}";
        var book = new ReportBook(title, "A member's own value profile", context, sharedReport: false);
        var current = view.History.Where(h => h.Period == latest).ToList();

        MyValueSheet(book, view, current, title, subtitle);
        HistorySheet(book, view, subtitle);
        StoriesSheet(book, view, subtitle);
        var conditions = book.AddSheet("Enablers and challenges", "What you wrote about enablers and challenges", subtitle,
            "The enablers and challenges you named in each survey.");
        conditions.Table(MemberTables.Conditions("MyConditions", view.History), main: true);
        AboutSheet.Write(book, title,
        [
            ("Audience", $"{who} only"),
            ("Member", view.Email),
            ("Latest survey", latest.ToString()),
            ("Surveys", view.History.Count),
        ], view.Privacy, view.Method, context);
        book.Save(output);
    }

    private static void MyValueSheet(ReportBook book, MemberView view, IReadOnlyList<MemberAnswers> current, string title, string subtitle)
    {
        var sheet = book.AddSheet("My value", title, subtitle,
            "Your four quadrant scores in the latest survey beside your community's and the organisation's, with a chart, and your rating of each indicator.");
        SummaryParts.FixBoxColumns(sheet);
        sheet.Note("This workbook is for you. It shows your own answers, and your community's and the organisation's figures only where the shared reports show them " +
            $"(groups of at least {view.Privacy.MinGroupSize} respondents). Your score in a quadrant is the mean of your ratings of its five indicators.", 11, muted: false);
        sheet.Skip();
        var top = sheet.Row;
        foreach (var answers in current)
        {
            sheet.Section($"{answers.Community}, {answers.Period}");
            MatrixGrid.Write(sheet, q => Box(answers, q));
        }
        SummaryParts.BelowChart(sheet, top);
        sheet.Section("Your scores in figures");
        var placed = sheet.Table(MemberTables.Quadrants("MyQuadrants", current));
        sheet.Chart($"You, {current[0].Community} and the organisation", ChartKind.Column,
        [
            new("You", placed.Range(ValueTables.Quadrant, 0, 4), placed.Texts(ValueTables.Quadrant, 0, 4), placed.Range(MemberTables.MyScore, 0, 4), placed.Numbers(MemberTables.MyScore, 0, 4)),
            new(current[0].Community, placed.Range(ValueTables.Quadrant, 0, 4), placed.Texts(ValueTables.Quadrant, 0, 4), placed.Range(MemberTables.CommunityMean, 0, 4), placed.Numbers(MemberTables.CommunityMean, 0, 4)),
            new("Organisation", placed.Range(ValueTables.Quadrant, 0, 4), placed.Texts(ValueTables.Quadrant, 0, 4), placed.Range(MemberTables.OrganisationMean, 0, 4), placed.Numbers(MemberTables.OrganisationMean, 0, 4)),
        ], SummaryParts.ChartColumns, SummaryParts.ChartRows, atRow: top, atColumn: SummaryParts.ChartColumn, min: 1, max: 5);
        sheet.Section("Your rating of each indicator");
        sheet.Table(MemberTables.Ratings("MyRatings", current, withGroups: true));
    }

    private static GridBox Box(MemberAnswers answers, Quadrant quadrant)
    {
        var own = answers.Quadrants.First(q => q.Quadrant == quadrant);
        string Group(string label, GroupProfile group) => group.Profile.TryGetValue(out var p) && p.Quadrant(quadrant).Statistics.Mean is { } m
            ? $"{label} {m:0.0}" : $"{label}: not shown";
        var rated = $"your mean of {own.Rated} of {ValueFramework.IndicatorsIn(quadrant).Count()} indicators";
        var groups = $"{Group("community", answers.CommunityProfile)} · {Group("organisation", answers.OrganisationProfile)}";
        return own.Score is { } score ? new GridBox(score, null, [rated, groups]) : new GridBox(null, "you rated none of these indicators", [groups]);
    }

    private static void HistorySheet(ReportBook book, MemberView view, string subtitle)
    {
        var sheet = book.AddSheet("History", "Your value over time", subtitle,
            "Every value survey you answered: your quadrant scores and your community's, the roles you held, and every rating you gave.");
        var chartRow = sheet.Row;
        var charted = view.History.Count > 1;
        if (charted) sheet.Skip(18);
        else sheet.Note("One survey so far: the chart of your scores over time appears from your second survey.", 8);
        var placed = sheet.Table(MemberTables.History("MyHistory", view.History));
        if (charted)
            sheet.Chart("Your quadrant scores over time", ChartKind.Line,
                [.. Quadrant.All.Select(q => placed.Series(q.Title, "Survey", Labels.Column(q)))],
                8, 17, atRow: chartRow, min: 1, max: 5);
        sheet.Section("Every rating you gave");
        sheet.Table(MemberTables.Ratings("MyAnswers", view.History, withGroups: false));
    }

    private static void StoriesSheet(ReportBook book, MemberView view, string subtitle)
    {
        var stories = view.History.Where(h => h.Story is not null).Select(h => h.Story!).ToList();
        var sheet = book.AddSheet("My stories", "Your value-creation stories", subtitle,
            "The stories you told, answer by answer, and how you agreed to share each: named, anonymous, or not shared.");
        sheet.Note(stories.Count == 0
            ? "You have not told a value-creation story yet. The value survey's story questions are where it goes."
            : "\"Shared as\" is what you agreed to: named stories appear with your name in the shared reports, anonymous ones with your community only, " +
              "and stories you did not agree to share appear only here.", 8);
        sheet.Table(StoryTables.Answers("MyStories", stories, personal: true), main: true);
        sheet.Section("What came of your stories");
        sheet.Note(view.Aspirations.Count == 0
            ? "None of your stories promised value still to come (potential or applied, not yet realised), so there is nothing to follow up."
            : "Your stories that promised value still to come, and what you said of them in later surveys. Your personal template for the next period asks about those still open.", 8);
        sheet.Table(FlowTables.Own("MyFollowUps", view.Aspirations));
    }
}
