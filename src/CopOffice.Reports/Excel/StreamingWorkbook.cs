using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Reports.Excel;

/// <summary>
/// Writes workbooks of large tables with OpenXmlWriter, one row at a time: memory stays flat however
/// many rows there are (ClosedXML holds about 1 KB per cell). Strings are inline, so there is no
/// shared-string table to hold either; each sheet is one Excel table, readable by Power Query.
/// </summary>
public static class StreamingWorkbook
{
    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3;

    public static void Write(Stream output, IReadOnlyList<StreamingTable> tables, string title)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        AddStyles(workbookPart);
        var sheets = new Sheets();
        uint sheetId = 1, tableId = 1;
        foreach (var table in tables)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            // The table part first, so the streamed sheet can end with its <tableParts> reference;
            // its definition follows once the row count is known.
            var tablePart = worksheetPart.AddNewPart<TableDefinitionPart>();
            var rows = WriteSheet(worksheetPart, table, worksheetPart.GetIdOfPart(tablePart));
            tablePart.Table = TableDefinition(table, tableId++, Math.Max(rows, 1));
            tablePart.Table.Save();
            sheets.Append(new Sheet { Name = table.Sheet, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(worksheetPart) });
        }
        workbookPart.Workbook = new Workbook(sheets);
        workbookPart.Workbook.Save();
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = "CopOffice";
    }

    /// <summary>Streams the sheet; returns the number of data rows written.</summary>
    private static int WriteSheet(WorksheetPart part, StreamingTable table, string tablePartId)
    {
        var count = 0;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new Columns());
        for (var c = 0; c < table.Columns.Count; c++)
            writer.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = table.Columns[c].Width, CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());

        WriteRow(writer, 1, [.. table.Columns.Select(c => (object?)c.Header)], HeaderStyle);
        var rowIndex = 2u;
        foreach (var row in table.Rows)
        {
            if (row.Length != table.Columns.Count)
                throw new ArgumentException($"Table {table.TableName}: a row has {row.Length} cells for {table.Columns.Count} columns.");
            WriteRow(writer, rowIndex++, row, null);
            count++;
        }
        if (count == 0) WriteRow(writer, rowIndex, new object?[table.Columns.Count], null); // a table needs one data row
        writer.WriteEndElement(); // sheetData
        writer.WriteStartElement(new TableParts { Count = 1 });
        writer.WriteElement(new TablePart { Id = tablePartId });
        writer.WriteEndElement();
        writer.WriteEndElement(); // worksheet
        return count;
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, object?[] values, uint? style)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var c = 0; c < values.Length; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[c])
            {
                case null:
                    if (style is not null) writer.WriteElement(new Cell { CellReference = reference, StyleIndex = style });
                    break;
                case string text:
                    // Inline strings are text, never formulas, whatever they begin with.
                    writer.WriteElement(new Cell(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
                    { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style ?? (text.Contains('\n') ? WrapStyle : null) });
                    break;
                case bool flag:
                    writer.WriteElement(new Cell(new CellValue(flag)) { CellReference = reference, DataType = CellValues.Boolean, StyleIndex = style });
                    break;
                case DateTimeOffset time:
                    writer.WriteElement(new Cell(new CellValue(time.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = DateStyle });
                    break;
                case DateTime time:
                    writer.WriteElement(new Cell(new CellValue(time.ToOADate().ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = DateStyle });
                    break;
                case IConvertible number when number.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal:
                    writer.WriteElement(new Cell(new CellValue(number.ToDouble(CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style });
                    break;
                default:
                    throw new ArgumentException($"Cannot write a {values[c]!.GetType().Name} to a cell.");
            }
        }
        writer.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters; people paste them from other tools.
    private static string Clean(string text) =>
        text.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t') ? new string([.. text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\r' or '\t')]) : text;

    private static Table TableDefinition(StreamingTable table, uint id, int rows)
    {
        var reference = $"A1:{ColumnName(table.Columns.Count - 1)}{rows + 1}";
        var columns = new TableColumns { Count = (uint)table.Columns.Count };
        for (var c = 0; c < table.Columns.Count; c++) columns.Append(new TableColumn { Id = (uint)c + 1, Name = table.Columns[c].Header });
        return new Table(new AutoFilter { Reference = reference }, columns,
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false })
        { Id = id, Name = table.TableName, DisplayName = table.TableName, Reference = reference, TotalsRowShown = false };
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
            { Count = 4 });
        styles.Stylesheet.Save();
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
