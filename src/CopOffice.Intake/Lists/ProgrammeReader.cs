using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Intake.Lists;

/// <summary>
/// Reads the programme lead's programme file (csv or workbook, first sheet): a header row with an "Action" and a
/// "Status" column and optionally "Notes" (the organisation report's Programme table has all three), one action
/// of "Where to start?" per row. A blank status is "not recorded".
/// </summary>
public static class ProgrammeReader
{
    public static IReadOnlyList<ProgrammeStatus> Read(string path) => ListFile.Read(path, Read);

    private static IReadOnlyList<ProgrammeStatus> Read(IEnumerable<(int Row, string?[] Cells)> rows, string name)
    {
        var actions = ValueFramework.CultivationStages.SelectMany(s => s.Actions).ToDictionary(ProgrammeStatus.KeyOf, a => a, StringComparer.Ordinal);
        int actionColumn = -1, statusColumn = -1, notesColumn = -1;
        var kept = new Dictionary<string, ProgrammeStatus>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows)
        {
            if (actionColumn < 0)
            {
                actionColumn = Header(cells, "action");
                statusColumn = Header(cells, "status");
                notesColumn = Header(cells, "notes");
                if (actionColumn < 0 || statusColumn < 0)
                    throw new InputFileException(name, $"row {row}", "expected a header row with \"Action\" and \"Status\" columns (and optionally \"Notes\"), as the organisation report's Programme sheet has.");
                continue;
            }
            if (ListFile.Cell(cells, actionColumn) is not { } written) continue;
            if (!actions.TryGetValue(ProgrammeStatus.KeyOf(written), out var action))
                throw new InputFileException(name, $"row {row}", $"\"{written}\" is not one of the programme's actions: copy the Action column from the organisation report's Programme sheet.");
            var status = ListFile.Cell(cells, statusColumn);
            if (status is not null && !ProgrammeStatus.Choices.Contains(status.Trim().ToLowerInvariant()))
                throw new InputFileException(name, $"row {row}", $"\"{status}\" is not a status: write one of {string.Join(", ", ProgrammeStatus.Choices)}, or leave it blank.");
            kept[ProgrammeStatus.KeyOf(action)] = new ProgrammeStatus(action, status?.Trim().ToLowerInvariant(), ListFile.Cell(cells, notesColumn));
        }
        if (actionColumn < 0) throw new InputFileException(name, null, "the file is empty: expected a header row with \"Action\" and \"Status\" columns.");
        return [.. kept.Values];
    }

    private static int Header(string?[] cells, string name) =>
        Array.FindIndex(cells, c => c is not null && c.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
}
