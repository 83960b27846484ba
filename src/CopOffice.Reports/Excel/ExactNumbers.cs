using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Reports.Excel;

/// <summary>
/// ClosedXML 0.95 keeps a number as text of 15 significant digits, so 2.6260869565217395 is saved as
/// 2.62608695652174. The reports promise the aggregation's exact figures (Power Query reads them, and a
/// sum of rounded means drifts): the numbers that 15 digits cannot hold are written again, round-trip,
/// into the saved package.
/// </summary>
internal sealed class ExactNumbers
{
    private readonly Dictionary<string, Dictionary<string, double>> _sheets = new(StringComparer.Ordinal);

    public static bool Lossy(double value) =>
        double.IsFinite(value) && double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) != value;

    /// <summary>Notes a number the cell must hold exactly, when ClosedXML would round it.</summary>
    public void Note(string sheet, string cell, double value)
    {
        if (!Lossy(value)) return;
        if (!_sheets.TryGetValue(sheet, out var cells)) _sheets[sheet] = cells = new(StringComparer.Ordinal);
        cells[cell] = value;
    }

    /// <summary>Writes the noted numbers into a document opened for editing.</summary>
    public void Apply(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The workbook has no workbook part.");
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            if (!_sheets.TryGetValue(sheet.Name!.Value!, out var cells)) continue;
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var left = cells.Count;
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                if (cell.CellReference?.Value is not { } reference || !cells.TryGetValue(reference, out var value)) continue;
                cell.CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture));
                if (--left == 0) break;
            }
            if (left > 0) throw new InvalidOperationException($"Sheet '{sheet.Name}': {left} numbers to make exact were not found in the saved workbook.");
            worksheet.Save();
        }
    }
}
