using System.Text;
using ExcelDataReader;

namespace CopOffice.Intake.Spreadsheets;

/// <summary>Opens .xlsx, .xlsm, .xls and .csv files with ExcelDataReader's streaming reader.</summary>
public static class SpreadsheetFile
{
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm", ".xls", ".csv"];

    static SpreadsheetFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSpreadsheet(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A reader over <paramref name="stream"/>; <paramref name="name"/> decides csv or workbook by its extension.</summary>
    public static IExcelDataReader OpenReader(Stream stream, string name) =>
        string.Equals(Path.GetExtension(name), ".csv", StringComparison.OrdinalIgnoreCase)
            ? ExcelReaderFactory.CreateCsvReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.UTF8 })
            : ExcelReaderFactory.CreateReader(stream);

    /// <summary>
    /// A reader over <paramref name="stream"/> in the format the file's bytes showed (see <c>FileProbe</c>);
    /// the stream stays open when the reader is disposed: it belongs to the caller.
    /// </summary>
    public static IExcelDataReader OpenReader(Stream stream, SpreadsheetFormat format)
    {
        var configuration = new ExcelReaderConfiguration { FallbackEncoding = Encoding.UTF8, LeaveOpen = true };
        return format switch
        {
            SpreadsheetFormat.OpenXml => ExcelReaderFactory.CreateOpenXmlReader(stream, configuration),
            SpreadsheetFormat.Binary => ExcelReaderFactory.CreateBinaryReader(stream, configuration),
            SpreadsheetFormat.Csv => ExcelReaderFactory.CreateCsvReader(stream, configuration),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>The text of a cell as a person would read it: trimmed, numbers without trailing zeros, null when empty.</summary>
    public static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString("0.###############", System.Globalization.CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd") : dt.ToString("yyyy-MM-dd HH:mm:ss"),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim(),
    };
}
