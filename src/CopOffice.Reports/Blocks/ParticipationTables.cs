using CopOffice.Aggregation;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>Response rates against the roster: always how many the roster lists; how many answered only where the group's figures are shown.</summary>
internal static class ParticipationTables
{
    public const string Rate = "Response rate";

    public static TableBlock Rates(string name, IReadOnlyList<ResponseRate> rates)
    {
        var table = new TableBlock(name,
        [
            new("Group type"), new("Group") { MaxWidth = 34 }, new("On roster", Format.Count), new("Respondents on roster", Format.Count),
            new(Rate, Format.Share), new(Labels.Note) { MaxWidth = 40 },
        ]);
        GroupKind? kind = null;
        foreach (var rate in rates)
        {
            var look = kind is null ? RowLook.Leading : kind != rate.Group.Kind ? RowLook.OpensGroup : RowLook.Normal;
            kind = rate.Group.Kind;
            if (rate.Participation.TryGetValue(out var p))
                table.Add(look, Labels.GroupKind(rate.Group.Kind), Labels.GroupName(rate.Group), rate.RosterMembers, p.Respondents, p.Rate, null);
            else
                table.Add(look | RowLook.Withheld, Labels.GroupKind(rate.Group.Kind), Labels.GroupName(rate.Group), rate.RosterMembers, null, null, rate.Participation.Text(_ => ""));
        }
        table.Bars(0, 1, Rate);
        return table;
    }
}
