using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Reports.Excel;

/// <summary>
/// Writes workbooks of large tables one row at a time, straight into a zip that compresses as it goes:
/// memory stays flat however many rows there are (ClosedXML holds about 1 KB per cell). Strings are
/// inline, so there is no shared-string table to hold either; each sheet is one Excel table, readable
/// by Power Query.
/// </summary>
public static class StreamingWorkbook
{
    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3;

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> as a zip whose parts go in one after another as
    /// they are written (ZipArchiveMode.Create). The Open XML SDK's packaging keeps every part in memory,
    /// unpacked, until the package closes: hundreds of megabytes for a sheet of 100,000 rows. Small parts
    /// are the SDK's elements written out; sheets are streamed.
    /// </summary>
    public static void Write(Stream output, IReadOnlyList<StreamingTable> tables, string title)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypes);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            for (var n = 1; n <= tables.Count; n++)
            {
                Override(xml, $"/xl/worksheets/sheet{n}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                Override(xml, $"/xl/tables/table{n}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
            }
            xml.WriteEndElement();
        });
        Part(zip, "_rels/.rels", xml => Relations(xml,
            ("rId1", $"{DocumentRelationships}/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")));
        Part(zip, "docProps/core.xml", xml =>
        {
            xml.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
            xml.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", title);
            xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "CopOffice");
            xml.WriteEndElement();
        });
        Part(zip, "xl/workbook.xml", xml =>
            new Workbook(new Sheets(tables.Select((t, i) => new Sheet { Name = t.Sheet, SheetId = (uint)i + 1, Id = $"rId{i + 1}" }))).WriteTo(xml));
        Part(zip, "xl/_rels/workbook.xml.rels", xml => Relations(xml,
            [.. tables.Select((_, i) => ($"rId{i + 1}", $"{DocumentRelationships}/worksheet", $"worksheets/sheet{i + 1}.xml")),
             ($"rId{tables.Count + 1}", $"{DocumentRelationships}/styles", "styles.xml")]));
        Part(zip, "xl/styles.xml", Styles().WriteTo);
        for (var n = 1; n <= tables.Count; n++)
        {
            var rows = 0;
            Part(zip, $"xl/worksheets/sheet{n}.xml", xml => rows = WriteSheet(xml, tables[n - 1], "rId1"));
            Part(zip, $"xl/worksheets/_rels/sheet{n}.xml.rels", xml => Relations(xml, ("rId1", $"{DocumentRelationships}/table", $"../tables/table{n}.xml")));
            Part(zip, $"xl/tables/table{n}.xml", TableDefinition(tables[n - 1], (uint)n, Math.Max(rows, 1)).WriteTo);
        }
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypes);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypes);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relations(XmlWriter xml, params (string Id, string Type, string Target)[] relations)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relations)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// Streams the sheet's XML (an XmlWriter, not OpenXmlWriter's element objects: a third of the time
    /// for a sheet of a million cells); returns the number of data rows written.
    /// </summary>
    private static int WriteSheet(XmlWriter xml, StreamingTable table, string tablePartId)
    {
        var count = 0;
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, DocumentRelationships);
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
        xml.WriteAttributeString("id", DocumentRelationships, tablePartId);
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

    private static Stylesheet Styles() =>
        new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
            { Count = 4 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
