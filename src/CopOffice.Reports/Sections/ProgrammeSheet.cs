using CopOffice.Aggregation;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>
/// The organisation's programme (seed 001, "Where to start?"): the six steps an organisation takes to cultivate
/// communities across it, each action with the evidence of this period, and the programme lead's status and notes.
/// </summary>
internal static class ProgrammeSheet
{
    public const string Status = "Status", Notes = "Notes";

    public static void Write(ReportBook book, string subtitle, IReadOnlyList<ProgrammeItem> items, IReadOnlyList<ProgrammeStatus> kept)
    {
        var sheet = book.AddSheet("Programme", "The programme: cultivating communities across the organisation", subtitle,
            "The six steps of \"Where to start?\" (educate, set strategic context, support, get going, encourage, integrate), each action with what this period's responses show, and the programme lead's status and notes.");
        sheet.Note("These are the organisation's steps, not a community's phases. Status and Notes are the programme lead's: keep them in a programme file " +
            "(a .xlsx or .csv with this table's Action, Status and Notes columns; saving this sheet's table as one will do) and give it to the next run " +
            "with --programme FILE; CopOffice copies them here.", 8, muted: false);
        var byAction = kept.ToDictionary(k => ProgrammeStatus.KeyOf(k.Action), StringComparer.Ordinal);
        var table = new TableBlock("Programme",
        [
            new("Step", Format.Wrap, 18),
            new("Action", Format.Wrap, 48),
            new("What the responses show", Format.Wrap, 60),
            new(Status, Format.Wrap, 14),
            new(Notes, Format.Wrap, 40),
        ]);
        foreach (var item in items)
        {
            var own = byAction.GetValueOrDefault(ProgrammeStatus.KeyOf(item.Action));
            table.Add(char.ToUpperInvariant(item.Step.Name[0]) + item.Step.Name[1..], item.Action, item.Evidence, own?.Status, own?.Notes);
        }
        table.RuleWhenChanges("Step");
        var placed = sheet.Table(table, main: true);
        sheet.Choices(placed, Status, ProgrammeStatus.Choices);
    }
}
