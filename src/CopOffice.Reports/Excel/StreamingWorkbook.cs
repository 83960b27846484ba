using System.Globalization;
using System.Text;
using System.Xml;
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

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// Streams the sheet's XML straight to its part (an XmlWriter, not OpenXmlWriter's element objects:
    /// a third of the time for a sheet of a million cells); returns the number of data rows written.
    /// </summary>
    private static int WriteSheet(WorksheetPart part, StreamingTable table, string tablePartId)
    {
        var count = 0;
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cols", Main);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            xml.WriteStartElement("col", Main);
            xml.WriteAttributeString("min", Number(c + 1));
            xml.WriteAttributeString("max", Number(c + 1));
            xml.WriteAttributeString("width", table.Columns[c].Width.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", Main);

        var columns = Enumerable.Range(0, table.Columns.Count).Select(ColumnName).ToArray();
        WriteRow(xml, columns, 1, [.. table.Columns.Select(c => (object?)c.Header)], HeaderStyle);
        var rowIndex = 2;
        foreach (var row in table.Rows)
        {
            if (row.Length != table.Columns.Count)
                throw new ArgumentException($"Table {table.TableName}: a row has {row.Length} cells for {table.Columns.Count} columns.");
            WriteRow(xml, columns, rowIndex++, row, null);
            count++;
        }
        if (count == 0) WriteRow(xml, columns, rowIndex, new object?[table.Columns.Count], null); // a table needs one data row
        xml.WriteEndElement(); // sheetData
        xml.WriteStartElement("tableParts", Main);
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("tablePart", Main);
        xml.WriteAttributeString("id", Relationships, tablePartId);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement(); // worksheet
        return count;
    }

    private static void WriteRow(XmlWriter xml, string[] columns, int index, object?[] values, uint? style)
    {
        var row = Number(index);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", row);
        for (var c = 0; c < values.Length; c++)
        {
            var value = values[c];
            if (value is null && style is null) continue;
            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", columns[c] + row);
            switch (value)
            {
                case null:
                    Style(style);
                    break;
                case string text:
                    // Inline strings are text, never formulas, whatever they begin with.
                    Style(style ?? (text.Contains('\n') ? WrapStyle : null));
                    xml.WriteAttributeString("t", "inlineStr");
                    xml.WriteStartElement("is", Main);
                    xml.WriteStartElement("t", Main);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(Clean(text));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    break;
                case bool flag:
                    Style(style);
                    xml.WriteAttributeString("t", "b");
                    xml.WriteElementString("v", Main, flag ? "1" : "0");
                    break;
                case DateTimeOffset time:
                    Style(DateStyle);
                    xml.WriteElementString("v", Main, time.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                    break;
                case DateTime time:
                    Style(DateStyle);
                    xml.WriteElementString("v", Main, time.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                    break;
                case IConvertible number when number.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal:
                    Style(style);
                    xml.WriteElementString("v", Main, number.ToDouble(CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.");
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        void Style(uint? index)
        {
            if (index is { } s) xml.WriteAttributeString("s", Number((int)s));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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
