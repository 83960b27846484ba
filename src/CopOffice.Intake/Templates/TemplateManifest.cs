using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;

namespace CopOffice.Intake.Templates;

/// <summary>Where the template writer put one answer, as its Metadata sheet lists it.</summary>
internal sealed record ManifestEntry(string Name, string Sheet, CellAddress Address);

/// <summary>
/// The manifest on a template's Metadata sheet (<see cref="TemplateMetadata"/>): how answers are found
/// in an .xls, which has no defined names ExcelDataReader can show, or when a name is missing.
/// It records the layout as written, so a defined name, which Excel keeps up to date, wins over it.
/// </summary>
internal static class TemplateManifest
{
    /// <summary>How many rows of the Metadata sheet are read: the longest manifest has under 200.</summary>
    public const int MaxRows = 2000;

    public static IReadOnlyDictionary<string, ManifestEntry> Read(CellValues values)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.OrdinalIgnoreCase);
        const string sheet = TemplateMetadata.SheetName;
        var header = TemplateMetadata.ManifestColumns;
        for (var c = 0; c < header.Count; c++)
            if (!string.Equals(Text(values, TemplateMetadata.ManifestHeaderRow, c + 1), header[c], StringComparison.OrdinalIgnoreCase))
                return entries;
        for (var row = TemplateMetadata.ManifestHeaderRow + 1; row <= MaxRows; row++)
        {
            var name = Text(values, row, 1);
            if (name is null) break;
            if (Text(values, row, 2) is { } answerSheet && CellAddress.TryParse(Text(values, row, 3), out var address))
                entries.TryAdd(name, new ManifestEntry(name, answerSheet, address));
        }
        return entries;

        static string? Text(CellValues values, int row, int column) => SpreadsheetFile.Text(values.Get(sheet, new CellAddress(row, column)));
    }
}
