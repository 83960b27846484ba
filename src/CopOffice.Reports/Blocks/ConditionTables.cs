using CopOffice.Aggregation;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>Enablers and challenges ("In your organization …"), most named first.</summary>
internal static class ConditionTables
{
    public const string Respondents = "Respondents naming it";

    /// <summary>
    /// The most items a table lists, most named first: free text is mostly unique, and a workbook a
    /// person reads (written cell by cell) must not grow with the number of responses.
    /// </summary>
    public const int MaxItems = 200;

    /// <summary>The most enablers, and the most challenges, listed per community.</summary>
    public const int MaxItemsPerCommunity = 50;

    /// <summary>A note for a sheet whose lists were cut to <see cref="MaxItems"/>, or null when nothing was cut.</summary>
    public static string? Cut(params IReadOnlyList<RepeatedText>[] lists) =>
        lists.Any(l => l.Count > MaxItems)
            ? $"Each list shows its {MaxItems} most named items ({MaxItemsPerCommunity} per community and kind below); the rest were each named by fewer respondents."
            : lists.Any(l => l.Count > MaxItemsPerCommunity) ? $"Per community, the {MaxItemsPerCommunity} most named enablers and challenges are listed." : null;

    public static TableBlock Items(string name, string header, IReadOnlyList<RepeatedText> items)
    {
        var table = new TableBlock(name, [new(header, Format.Wrap, 70), new(Respondents, Format.Count)]);
        foreach (var item in items.Take(MaxItems)) table.Add(item.Text, item.Count);
        table.Bars(0, Math.Max(1, items.Select(i => i.Count).DefaultIfEmpty(1).Max()), Respondents);
        return table;
    }

    /// <summary>
    /// Seed 002's reflection on strategic value: what respondents wrote for each box of the matrix, in the matrix's
    /// reading order, most named first within each; empty when the texts are withheld (the sheet's note says why).
    /// </summary>
    public static TableBlock Reflections(string name, Conditions? conditions)
    {
        var table = new TableBlock(name, [new("Reflection", Format.Wrap, 70), new(Respondents, Format.Count), new(ValueTables.Quadrant) { MaxWidth = 36 }]);
        if (conditions is null) return table;
        var look = RowLook.Normal;
        foreach (var quadrant in Framework.Quadrant.All)
        {
            foreach (var item in conditions.Reflections[quadrant].Take(MaxItemsPerCommunity))
            {
                table.Add(look, item.Text, item.Count, quadrant.Title);
                look = RowLook.Normal;
            }
            if (table.Rows.Count > 0) look = RowLook.OpensGroup;
        }
        return table;
    }

    /// <summary>Each community's enablers and challenges; a community whose texts are withheld has one row saying why.</summary>
    public static TableBlock ByCommunity(string name, IReadOnlyList<CommunityConditions> communities)
    {
        var table = new TableBlock(name,
            [new("Text", Format.Wrap, 70), new(Respondents, Format.Count), new("Kind"), new("Community") { MaxWidth = 30 }, new(Labels.Note) { MaxWidth = 40 }]);
        string? previous = null;
        foreach (var community in communities)
        {
            var look = previous is not null ? RowLook.OpensGroup : RowLook.Normal;
            previous = community.Community;
            if (!community.Conditions.TryGetValue(out var conditions))
            {
                table.Add(look | RowLook.Withheld, null, null, null, community.Community, community.Conditions.Text(_ => ""));
                continue;
            }
            if (conditions.Enablers.Count + conditions.Challenges.Count == 0)
            {
                table.Add(look, null, null, null, community.Community, "no enablers or challenges written");
                continue;
            }
            foreach (var (kind, items) in new[] { ("enabler", conditions.Enablers), ("challenge", conditions.Challenges) })
                foreach (var item in items.Take(MaxItemsPerCommunity))
                {
                    table.Add(look, item.Text, item.Count, kind, community.Community, null);
                    look = RowLook.Normal;
                }
        }
        return table;
    }
}
