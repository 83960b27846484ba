using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Intake.Tests.Forms;

/// <summary>
/// Writes test sheets the way Microsoft Forms and Excel write them: an .xlsx with every text in the
/// shared-string table and times as serial numbers in a date format (a string stays text, so a time
/// can also be given as text); a .csv in UTF-8 with a byte-order mark, CRLF, and quoted fields.
/// </summary>
internal static class SheetFiles
{
    /// <summary>Forms' time format in its response workbook.</summary>
    private const string FormsTimeFormat = "m/d/yy h:mm:ss";

    public static byte[] Xlsx(IEnumerable<IReadOnlyList<object?>> rows, string sheetName = "Sheet1")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = FormsTimeFormat }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });

            var strings = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var data = new SheetData();
            var r = 0u;
            foreach (var values in rows)
            {
                r++;
                var row = new Row { RowIndex = r };
                for (var c = 0; c < values.Count; c++)
                {
                    var reference = Column(c) + r.ToString(CultureInfo.InvariantCulture);
                    switch (values[c])
                    {
                        case null:
                            break;
                        case string text:
                            if (!index.TryGetValue(text, out var id))
                            {
                                id = strings.Count;
                                index[text] = id;
                                strings.Add(text);
                            }
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(id.ToString(CultureInfo.InvariantCulture)) });
                            break;
                        case DateTime time:
                            row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(time.ToOADate().ToString("R", CultureInfo.InvariantCulture)) });
                            break;
                        case var number:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(number, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)) });
                            break;
                    }
                }
                data.Append(row);
            }

            var sharedStrings = workbook.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)strings.Count,
                UniqueCount = (uint)strings.Count,
            };
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        }
        return stream.ToArray();
    }

    public static byte[] Csv(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var values in rows)
            text.Append(string.Join(",", values.Select(Field))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A field as Excel saves it to csv: times US style, quoted when it holds a comma, quote or line break.</summary>
    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTime time => time.ToString("M/d/yy H:mm:ss", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <summary>A zero-based column index as Excel names it: 0 → A, 33 → AH.</summary>
    public static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
