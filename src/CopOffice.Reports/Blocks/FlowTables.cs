using CopOffice.Aggregation;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>The value flow: aspirations by the period they were told in, and the stories followed up to realised value.</summary>
internal static class FlowTables
{
    public const string Told = "Told in";
    public const string Aspirations = "Aspirations";
    public const string Applied = "Applied later";
    public const string Realised = "Realised later";
    public const string Leaking = "Dropped or stuck";

    public static TableBlock Cohorts(string name, ValueFlow flow)
    {
        var table = new TableBlock(name,
        [
            new(Told), new(Aspirations, Format.Count), new(Applied, Format.Count), new(Realised, Format.Count), new("Dropped", Format.Count),
            new("Not yet after 2+ periods", Format.Count), new(Leaking, Format.Count), new("Not followed up", Format.Count),
            new("Share realised", Format.Share), new("Periods to realise", Format.Mean), new(Labels.Note) { MaxWidth = 34 },
        ]);
        foreach (var cohort in flow.Cohorts)
        {
            if (cohort.Counts is Shown<FlowCounts> { Value: var c })
                table.Add(Row(cohort.Told.ToString(), c, null));
            else
                table.Add(RowLook.Withheld, [cohort.Told.ToString(), .. Enumerable.Repeat<object?>(null, 9), cohort.Counts.Text(_ => "")]);
        }
        if (flow.Cohorts.Count > 1 && flow.Total is { } total)
            table.Add(RowLook.Leading, Row("All periods", total, null));
        return table;
    }

    private static object?[] Row(string told, FlowCounts c, string? note) =>
    [
        told, c.Aspirations, c.AppliedLater, c.RealisedLater, c.Dropped, c.NotYetAfterTwo, c.Leaking, c.NotFollowedUp,
        c.Aspirations == 0 ? null : (double)c.RealisedLater / c.Aspirations, c.MeanPeriodsToRealised, note,
    ];

    /// <summary>A member's own aspirations, one row per follow-up (or one for a story not followed up yet).</summary>
    public static TableBlock Own(string name, IReadOnlyList<OwnAspiration> aspirations)
    {
        var table = new TableBlock(name,
        [
            new(Told), new("Community") { MaxWidth = 24 }, new("What you told", Format.Wrap, 60), new("Status") { MaxWidth = 26 },
            new("Followed up in"), new("Outcome"), new("The difference it made", Format.Wrap, 50), new("Figure", Format.Wrap, 30),
        ]);
        foreach (var aspiration in aspirations)
        {
            object?[] story = [aspiration.Told.ToString(), aspiration.Community, string.Join("\n", aspiration.Answers.Select(a => a.Text)), aspiration.Status];
            if (aspiration.FollowUps.Count == 0) table.Add([.. story, null, null, null, null]);
            foreach (var (followUp, i) in aspiration.FollowUps.Select((f, i) => (f, i)))
                table.Add([.. i == 0 ? story : [null, null, null, null], followUp.Period.ToString(), followUp.Outcome, followUp.Difference, followUp.Claim]);
        }
        return table;
    }

    public static TableBlock RealisedStories(string name, IReadOnlyList<RealisedStory> stories, bool withCommunity)
    {
        List<ReportColumn> columns = [new(StoryTables.StoryId), new(Told), new("Realised in")];
        if (withCommunity) columns.Add(new("Community") { MaxWidth = 24 });
        columns.AddRange([new("Member") { MaxWidth = 24 }, new("What they told", Format.Wrap, 60), new("The difference it made", Format.Wrap, 60), new("Figure", Format.Wrap, 30)]);
        var table = new TableBlock(name, columns);
        foreach (var realised in stories)
        {
            var story = realised.Story;
            List<object?> cells = [story.Id, story.Period.ToString(), realised.RealisedIn.ToString()];
            if (withCommunity) cells.Add(story.Community);
            cells.AddRange([StoryTables.Member(story), string.Join("\n", story.Answers.Select(a => a.Text)), realised.Difference, realised.Claim]);
            table.Add([.. cells]);
        }
        return table;
    }
}
