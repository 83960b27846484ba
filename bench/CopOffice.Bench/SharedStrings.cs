using System.IO.Compression;
using System.Xml;

namespace CopOffice.Bench;

/// <summary>
/// The Forms export as Excel saves a workbook: every string in one shared-string table and the cells
/// holding its index, instead of the inline strings the streaming writer writes. ExcelDataReader loads
/// that table whole when it opens the file, so for such a workbook even the bare pass holds every
/// distinct string (each response's stories) in memory: the floor the intake's memory is compared with.
/// </summary>
internal static class SharedStrings
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(string inlineWorkbook, string sharedWorkbook)
    {
        using var input = ZipFile.OpenRead(inlineWorkbook);
        using var output = ZipFile.Open(sharedWorkbook, ZipArchiveMode.Create);
        var table = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in input.Entries)
        {
            using var from = entry.Open();
            using var to = output.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
            switch (entry.FullName)
            {
                case "[Content_Types].xml":
                    Edit(from, to, "</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
                    break;
                case "xl/_rels/workbook.xml.rels":
                    Edit(from, to, "</Relationships>", "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\" Id=\"rSharedStrings\"/></Relationships>");
                    break;
                case var name when name.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal):
                    Share(from, to, table, index);
                    break;
                default:
                    from.CopyTo(to);
                    break;
            }
        }
        using var strings = XmlWriter.Create(output.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open());
        strings.WriteStartElement("sst", Main);
        strings.WriteAttributeString("count", table.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        strings.WriteAttributeString("uniqueCount", table.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var text in table)
        {
            strings.WriteStartElement("si", Main);
            strings.WriteStartElement("t", Main);
            strings.WriteAttributeString("xml", "space", null, "preserve");
            strings.WriteString(text);
            strings.WriteEndElement();
            strings.WriteEndElement();
        }
        strings.WriteEndElement();
    }

    private static void Edit(Stream from, Stream to, string before, string replacement)
    {
        using var reader = new StreamReader(from);
        using var writer = new StreamWriter(to);
        writer.Write(reader.ReadToEnd().Replace(before, replacement, StringComparison.Ordinal));
    }

    /// <summary>Copies a worksheet node by node, each inline-string cell becoming a shared-string cell.</summary>
    private static void Share(Stream from, Stream to, List<string> table, Dictionary<string, int> index)
    {
        using var reader = XmlReader.Create(from);
        using var writer = XmlWriter.Create(to);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "c" && reader.GetAttribute("t") == "inlineStr":
                    var (reference, style) = (reader.GetAttribute("r"), reader.GetAttribute("s"));
                    var text = "";
                    using (var cell = reader.ReadSubtree())
                        while (cell.Read())
                            if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "t") text += cell.ReadElementContentAsString();
                    if (!index.TryGetValue(text, out var at))
                    {
                        index[text] = at = table.Count;
                        table.Add(text);
                    }
                    writer.WriteStartElement(reader.Prefix, "c", reader.NamespaceURI);
                    if (reference is not null) writer.WriteAttributeString("r", reference);
                    if (style is not null) writer.WriteAttributeString("s", style);
                    writer.WriteAttributeString("t", "s");
                    writer.WriteElementString(reader.Prefix, "v", reader.NamespaceURI, at.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                    break;
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    writer.WriteAttributes(reader, defattr: false);
                    if (empty) writer.WriteEndElement();
                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    writer.WriteString(reader.Value);
                    break;
            }
        }
    }
}
