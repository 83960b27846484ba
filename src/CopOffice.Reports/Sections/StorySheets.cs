using CopOffice.Aggregation;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>The value-creation matrix, the stories and their claims: the sheets shared by the organisation and community reports.</summary>
internal static class StorySheets
{
    /// <summary>A workbook quotes at most this many stories: beyond a few thousand nobody reads them, and the workbook would grow with every response.</summary>
    public const int MaxStories = 500;

    public static void ValueCreation(ReportBook book, string subtitle, ValueCreationMatrix matrix, IReadOnlyList<Story> quoted, int shared, bool withCommunity)
    {
        var sheet = book.AddSheet("Value creation", $"Value-creation matrix: {matrix.Group.Name}", subtitle,
            "Value cycles as columns (after Wenger, Trayner & de Laat 2011): the indicators' evidence of each cycle, and the shared stories that reach and link the cycles.");
        sheet.Note("Value flows from activities (immediate value) to insights (potential), changes in practice (applied), performance (realized) and new " +
            "definitions of success (reframing). Each column pools the ratings of the indicators that give evidence of that cycle, and counts the stories that reach it.", 6);
        sheet.Table(StoryTables.Matrix("ValueCreation", matrix), main: false);
        sheet.Section("Stories that link cycles");
        sheet.Note("How many shared stories reach both the row's cycle and the column's: the chains of value the stories tell. " +
            "On the diagonal, how many reach that cycle at all.", 6);
        sheet.Table(StoryTables.Links("CycleLinks", matrix));
        sheet.Section("Each shared story across the cycles");
        if (quoted.Count < shared) sheet.Note(Capped(quoted.Count, shared), 6);
        sheet.Table(StoryTables.Cycles("StoryCycles", quoted, withCommunity));
    }

    public static void Stories(ReportBook book, string subtitle, IReadOnlyList<Story> quoted, int shared, string whose)
    {
        var sheet = book.AddSheet("Stories", $"Value-creation stories: {whose}", subtitle,
            "The stories members agreed to share, answer by answer: named stories with the member's name, unit and member type; anonymous ones with the community only.");
        sheet.Note(shared == 0
            ? "No stories were shared with consent in this period."
            : $"{shared:N0} {(shared == 1 ? "story was" : "stories were")} shared with consent. Each story's answers follow one another, one row per question." +
              (quoted.Count < shared ? " " + Capped(quoted.Count, shared) : ""), 8);
        sheet.Table(StoryTables.Answers("Stories", quoted), main: true);
    }

    /// <param name="followedUp">Earlier stories followed up to realised value in this period: their new claims count here.</param>
    public static void Claims(ReportBook book, string subtitle, IReadOnlyList<ClaimTotal> totals, IReadOnlyList<Story> quoted, int shared, IReadOnlyList<RealisedStory> followedUp)
    {
        var sheet = book.AddSheet("Claims", "Quantitative claims", subtitle,
            "What the shared stories claim in numbers (hours, days, money …), added up per unit where a number and unit could be read; each claim as stated.");
        sheet.Note("Claims are kept as people stated them. Totals add up only the shared stories' claims with one amount (ranges and percentages are listed, not added), " +
            "and the figures members gave this period when they followed an earlier story up to realised value, where the story had not already claimed the same. " +
            "They are what members say, not audited figures.", 6);
        sheet.Table(StoryTables.Totals("ClaimTotals", totals));
        sheet.Section("Each claim");
        if (quoted.Count < shared) sheet.Note(Capped(quoted.Count, shared) + " The totals above count every shared story.", 6);
        sheet.Table(StoryTables.Claims("Claims", quoted, followedUp));
    }

    private static string Capped(int quoted, int shared) =>
        $"This workbook quotes {quoted:N0} of the {shared:N0} shared stories, taken in turn from each community; each community's report has its own.";
}
