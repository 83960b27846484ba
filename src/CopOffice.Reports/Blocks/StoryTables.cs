using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>The value-creation matrix (after Wenger, Trayner &amp; de Laat 2011), the stories and their claims.</summary>
internal static class StoryTables
{
    public const string StoryId = "Story id";

    /// <summary>
    /// The stories a workbook quotes: all of them up to <paramref name="max"/>; beyond that, taken in turn
    /// from each community (in the view's order) so that no community crowds out the others. Kept in the view's order.
    /// </summary>
    public static IReadOnlyList<Story> Pick(IReadOnlyList<Story> stories, int max)
    {
        if (stories.Count <= max) return stories;
        var byCommunity = stories.Select((s, i) => (s, i)).GroupBy(x => x.s.Community, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var picked = new List<(Story Story, int Index)>(max);
        for (var round = 0; picked.Count < max; round++)
            foreach (var community in byCommunity)
                if (round < community.Count && picked.Count < max) picked.Add(community[round]);
        return [.. picked.OrderBy(x => x.Index).Select(x => x.Story)];
    }

    /// <summary>Value cycles as columns: what each cycle is, the indicators giving evidence of it, their pooled ratings and the stories reaching it.</summary>
    public static TableBlock Matrix(string name, ValueCreationMatrix matrix)
    {
        List<ReportColumn> columns = [new("Aspect") { Width = 26 }, .. ValueCycles.All.Select(c => new ReportColumn(c.Title(), Format.Wrap, 22))];
        var table = new TableBlock(name, columns);
        object?[] Row(string aspect, Func<CycleColumn, object?> cell) => [aspect, .. matrix.Columns.Select(cell)];
        object? Evidence(CycleColumn c, Func<CycleEvidence, object?> value) => c.Evidence.TryGetValue(out var e) ? value(e) : null;
        table.Add(Row("What it is", c => c.Cycle.Description()));
        table.Add(Row("Indicators giving evidence", c => string.Join("; ", c.Indicators.Select(i => i.Name))));
        table.Add(Row("Ratings", c => Evidence(c, e => new Formatted(e.Ratings, Format.Count))));
        table.Add(Row("Mean rating", c => Evidence(c, e => e.Mean is { } m ? new Formatted(m, Format.Mean) : null)));
        table.Add(Row("Top-2-box share", c => Evidence(c, e => e.TopTwoBoxShare is { } s ? new Formatted(s, Format.Share) : null)));
        table.Add(Row("Stories reaching the cycle", c => Evidence(c, e => new Formatted(e.StoriesReaching, Format.Count))));
        table.Add(Row("Shared stories reaching the cycle", c => new Formatted(c.StoryIds.Count, Format.Count)));
        var withheld = matrix.Columns.Any(c => !c.Evidence.IsShown);
        table.Add(withheld ? RowLook.Withheld : RowLook.Normal, Row(Labels.Note, c => c.Evidence.IsShown ? null : c.Evidence.Text(_ => "")));
        return table;
    }

    /// <summary>
    /// Cycles × cycles: how many shared stories reach both (on the diagonal, how many reach the cycle). Columns
    /// line up with the matrix above, so a chain of value reads left to right.
    /// </summary>
    public static TableBlock Links(string name, ValueCreationMatrix matrix)
    {
        var table = new TableBlock(name, [new("Stories reaching") { Width = 26 }, .. ValueCycles.All.Select(c => new ReportColumn(c.Title(), Format.Count))]);
        foreach (var from in ValueCycles.All)
            table.Add([
                $"{from.Title()} and …",
                .. ValueCycles.All.Select(to => to < from ? null
                    : to == from ? (object?)matrix.Columns.First(c => c.Cycle == from).StoryIds.Count
                    : matrix.Links.FirstOrDefault(l => l.From == from && l.To == to)?.StoryIds.Count ?? 0),
            ]);
        table.Shade([.. Enumerable.Range(1, ValueCycles.All.Count)]);
        return table;
    }

    /// <summary>Stories as rows and value cycles as columns (● where a story reaches a cycle): the chains of value each story tells.</summary>
    public static TableBlock Cycles(string name, IReadOnlyList<Story> stories, bool withCommunity)
    {
        List<ReportColumn> columns = [new(StoryId), .. ValueCycles.All.Select(c => new ReportColumn(c.Title(), Format.Mark)), new("Cycles reached", Format.Count)];
        if (withCommunity) columns.Add(new("Community") { MaxWidth = 30 });
        columns.Add(new("Member") { MaxWidth = 30 });
        var table = new TableBlock(name, columns);
        foreach (var story in stories)
        {
            List<object?> cells = [story.Id, .. ValueCycles.All.Select(c => story.Cycles.Contains(c) ? (object?)1 : null), story.Cycles.Count];
            if (withCommunity) cells.Add(story.Community);
            cells.Add(Member(story));
            table.Add([.. cells]);
        }
        return table;
    }

    internal static string Member(Story story) => story.Consent == StoryConsent.Named ? story.MemberName ?? "" : "anonymous";

    /// <summary>One row per answer of each story, story by story: readable as a list, and long-form for Power Query.</summary>
    public static TableBlock Answers(string name, IReadOnlyList<Story> stories, bool personal = false)
    {
        List<ReportColumn> columns = [new(StoryId)];
        if (personal) columns.Add(new("Shared as"));
        columns.AddRange([new("Period"), new("Community") { MaxWidth = 24 }]);
        if (!personal) columns.AddRange([new("Member") { MaxWidth = 24 }, new("Unit") { MaxWidth = 20 }, new("Member type") { MaxWidth = 18 }]);
        columns.AddRange([new("Question", Format.Wrap, 34), new("Value cycle"), new("Answer", Format.Wrap, 70)]);
        var table = new TableBlock(name, columns);
        foreach (var story in stories)
        {
            foreach (var answer in story.Answers)
            {
                List<object?> cells = [story.Id];
                if (personal) cells.Add(Labels.Consent(story.Consent));
                cells.AddRange([story.Period.ToString(), story.Community]);
                if (!personal) cells.AddRange([Member(story), story.Unit, story.MemberType]);
                cells.AddRange([answer.Question.Text, answer.Question.Cycle.Title(), answer.Text]);
                table.Add([.. cells]);
            }
        }
        table.Fade(table.Column("Question"));
        table.RuleWhenChanges(StoryId);
        return table;
    }

    public static TableBlock Totals(string name, IReadOnlyList<ClaimTotal> totals)
    {
        var table = new TableBlock(name, [new("Scope") { MaxWidth = 30 }, new("Unit"), new("Total", Format.Amount), new("Claims", Format.Count), new("Stories", Format.Count)]);
        string? scope = null;
        foreach (var total in totals)
        {
            var current = total.Community ?? "All communities";
            table.Add(scope is not null && scope != current ? RowLook.OpensGroup : total.Community is null ? RowLook.Leading : RowLook.Normal,
                current, total.Unit, total.Total, total.Claims, total.Stories);
            scope = current;
        }
        return table;
    }

    /// <summary>Each claim of the stories, then each new claim of the period's follow-ups of earlier stories.</summary>
    public static TableBlock Claims(string name, IReadOnlyList<Story> stories, IReadOnlyList<RealisedStory> followedUp)
    {
        // Community, unit and amount line up with the totals above.
        var table = new TableBlock(name,
        [
            new("Community") { MaxWidth = 30 }, new("Unit"), new("Amount", Format.Amount), new(StoryId), new("Counted in total"), new("Stated", Format.Wrap, 40),
            new("Made in") { MaxWidth = 24 },
        ]);
        foreach (var story in stories)
            foreach (var claim in story.Claims)
                table.Add(story.Community, claim.Unit, claim.Amount, story.Id, Counted(claim), claim.Stated, "the story");
        foreach (var realised in followedUp)
            foreach (var claim in realised.NewClaims)
                table.Add(realised.Story.Community, claim.Unit, claim.Amount, realised.Story.Id, Counted(claim), claim.Stated, $"its follow-up of {realised.RealisedIn}");
        return table;
    }

    private static string Counted(Claim claim) => claim.CountsInTotal ? "yes" : claim.Amount is null ? "no (a range)" : "no (a percentage)";
}
