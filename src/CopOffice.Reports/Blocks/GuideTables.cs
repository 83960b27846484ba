using CopOffice.Aggregation;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>What the guide suggests for a community's weak spots.</summary>
internal static class GuideTables
{
    public static TableBlock Suggestions(string name, IReadOnlyList<Suggestion> suggestions)
    {
        var table = new TableBlock(name,
        [
            new("Weak spot", Format.Wrap, 34),
            new("What shows it", Format.Wrap, 50),
            new("What the guide suggests", Format.Wrap, 70),
        ]);
        foreach (var suggestion in suggestions)
            table.Add(suggestion.WeakSpot, suggestion.Evidence, string.Join("\n", suggestion.Actions.Select(a => "• " + a)));
        return table;
    }
}
