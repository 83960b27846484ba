using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>"Enablers and challenges": what helps and what stands in the way, and the reflections on strategic value; across communities and per community for sponsors, one community's for its coordinators.</summary>
internal static class ConditionsSheet
{
    public static void Organisation(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Enablers and challenges", "Enablers and challenges", subtitle,
            "\"In your organization …\": what helps communities create value and what stands in the way, counted across communities and per community; and what members wrote of each box of the value matrix.");
        sheet.Note($"Counted across the communities whose free text is shown (at least {view.Privacy.FreeTextMinGroupSize} respondents). " +
            "Repeats are the same item written the same way, ignoring case and punctuation.", 4);
        if (ConditionTables.Cut(view.Conditions.Enablers, view.Conditions.Challenges) is { } cut) sheet.Note(cut, 2);
        Lists(sheet, view.Conditions);
        sheet.Section("Per community");
        sheet.Table(ConditionTables.ByCommunity("ConditionsByCommunity", view.ConditionsByCommunity));
    }

    public static void Community(ReportBook book, CommunityView view, string subtitle)
    {
        var sheet = book.AddSheet("Enablers and challenges", $"Enablers and challenges: {view.Community}", subtitle,
            "\"In your organization …\": what helps the community create value and what stands in the way, most named first; then what members wrote of each box of the value matrix.");
        var shown = view.Conditions.TryGetValue(out var conditions);
        sheet.Note(shown
            ? "Repeats are the same item written the same way, ignoring case and punctuation."
            : $"Not shown: {view.Conditions.Text(_ => "")}. Free text is shown from {view.Privacy.FreeTextMinGroupSize} respondents.", 4, muted: shown);
        if (conditions is not null && Math.Max(conditions.Enablers.Count, conditions.Challenges.Count) > ConditionTables.MaxItems)
            sheet.Note($"Each list shows its {ConditionTables.MaxItems} most named items; the rest were each named by fewer respondents.", 2);
        Lists(sheet, conditions);
    }

    /// <summary>Enablers, challenges and the reflections, most named first; empty tables when the texts are withheld (the note says why).</summary>
    private static void Lists(ReportSheet sheet, Conditions? conditions)
    {
        sheet.Table(ConditionTables.Items("Enablers", "Enabler", conditions?.Enablers ?? []));
        sheet.Table(ConditionTables.Items("Challenges", "Challenge", conditions?.Challenges ?? []));
        sheet.Section("Reflection on strategic value");
        sheet.Table(ConditionTables.Reflections("Reflections", conditions));
    }
}
