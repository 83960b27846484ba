using CopOffice.Questionnaires;

namespace CopOffice.Intake.Lists;

/// <summary>
/// Reads an organisation's list of communities and units (csv or workbook, first sheet): a header row
/// with a "Community" column and optionally an "Organisational unit" (or "Unit") column and a "Coordinator"
/// column (one or more email addresses, separated by ";" or ","), one row each after it.
/// </summary>
public static partial class CommunityListReader
{
    public static OrganisationLists Read(string path) => ListFile.Read(path, Read);

    private static OrganisationLists Read(IEnumerable<(int Row, string?[] Cells)> rows, string name)
    {
        int communityColumn = -1, unitColumn = -1, coordinatorColumn = -1;
        var communities = new List<string>();
        var units = new List<string>();
        var coordinators = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, cells) in rows)
        {
            if (communityColumn < 0)
            {
                communityColumn = Array.FindIndex(cells, c => c is not null && c.Contains("communit", StringComparison.OrdinalIgnoreCase));
                var header = communityColumn;
                unitColumn = Enumerable.Range(0, cells.Length).FirstOrDefault(i => i != header && cells[i] is { } h && UnitHeader().IsMatch(h), -1);
                coordinatorColumn = Enumerable.Range(0, cells.Length).FirstOrDefault(i => i != header && cells[i] is { } h && CoordinatorHeader().IsMatch(h), -1);
                if (communityColumn < 0)
                    throw new InputFileException(name, $"row {row}", "expected a header row with a \"Community\" column (and optionally \"Organisational unit\").");
                continue;
            }
            var community = ListFile.Cell(cells, communityColumn);
            var unit = ListFile.Cell(cells, unitColumn);
            if (community is null && unit is null)
                throw new InputFileException(name, $"row {row}", "the row has neither a community nor a unit.");
            Add(communities, community, name, row);
            Add(units, unit, name, row);
            if (ListFile.Cell(cells, coordinatorColumn) is { } addresses)
            {
                if (community is null) throw new InputFileException(name, $"row {row}", "the row names coordinators but no community.");
                foreach (var address in addresses.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!Responses.AnswerParser.IsEmail(address))
                        throw new InputFileException(name, $"row {row}", $"\"{address}\" in the Coordinator column is not an email address (name@example.com).");
                    if (!coordinators.TryGetValue(community, out var own)) coordinators[community] = own = [];
                    if (!own.Contains(address, StringComparer.OrdinalIgnoreCase)) own.Add(address.ToLowerInvariant());
                }
            }
        }
        if (communityColumn < 0) throw new InputFileException(name, null, "the file is empty: expected a header row with a \"Community\" column.");
        if (communities.Count == 0) throw new InputFileException(name, null, "the file lists no communities below its header row.");
        return new OrganisationLists(communities, units)
        {
            Coordinators = coordinators.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.OrdinalIgnoreCase),
        };
    }

    private static void Add(List<string> list, string? value, string file, int row)
    {
        if (value is null || list.Contains(value, StringComparer.OrdinalIgnoreCase)) return;
        if (value.Length > 255) throw new InputFileException(file, $"row {row}", "a name is longer than 255 characters.");
        list.Add(value);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcoordinators?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CoordinatorHeader();

    // "Community" itself contains "unit": match whole words.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(unit|department|division|organi[sz]ational)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UnitHeader();
}
