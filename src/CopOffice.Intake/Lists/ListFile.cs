using CopOffice.Intake.Spreadsheets;
using ExcelDataReader;

namespace CopOffice.Intake.Lists;

/// <summary>
/// What every organisation list (roster, communities and units) shares: a csv or workbook whose first
/// sheet holds a header row and one entry per row. Opens it, gives its non-blank rows with their
/// numbers, and turns what damaged or foreign bytes make ExcelDataReader throw into an
/// <see cref="InputFileException"/> naming the file; anything else is a bug and goes on.
/// </summary>
internal static class ListFile
{
    public static T Read<T>(string path, Func<IEnumerable<(int Row, string?[] Cells)>, string, T> read)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new InputFileException(name, null, "the file does not exist.");
        if (!SpreadsheetFile.IsSpreadsheet(path))
            throw new InputFileException(name, null, $"expected a .csv, .xlsx, .xlsm or .xls file, not '{Path.GetExtension(path)}'.");
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = SpreadsheetFile.OpenReader(stream, path);
            return read(Rows(reader), name);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException
            or System.Xml.XmlException or NotSupportedException or System.Text.DecoderFallbackException)
        {
            throw new InputFileException(name, null, $"the file could not be read as a spreadsheet ({e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>The rows holding anything, numbered as a spreadsheet numbers them.</summary>
    private static IEnumerable<(int Row, string?[] Cells)> Rows(IExcelDataReader reader)
    {
        var row = 0;
        while (reader.Read())
        {
            row++;
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = SpreadsheetFile.Text(reader.GetValue(i));
            if (!Array.TrueForAll(cells, c => c is null)) yield return (row, cells);
        }
    }

    public static string? Cell(string?[] cells, int column) => column >= 0 && column < cells.Length ? cells[column] : null;
}
