using System.Globalization;
using CopOffice.Responses;

namespace CopOffice.Cli.Ledgers;

/// <summary>A finding's location as printed under its entry: the file and row are the entry's own, so they are left out.</summary>
internal static class LedgerLocation
{
    public static string Within(Location location, Source source)
    {
        var parts = new List<string>();
        if (location.File != source.Path) parts.Add(location.File);
        if (location.Sheet is not null) parts.Add(location.Cell is null ? $"sheet '{location.Sheet}'" : $"{location.Sheet}!{location.Cell}");
        else if (location.Cell is not null) parts.Add(location.Cell);
        if (location.Row is { } row && (row != source.Row || location.File != source.Path))
            parts.Add(location.RowId is null ? $"row {row.ToString(CultureInfo.InvariantCulture)}" : $"row {row.ToString(CultureInfo.InvariantCulture)} (response id {location.RowId})");
        if (location.Name is not null) parts.Add(location.Name);
        return string.Join(", ", parts);
    }
}
