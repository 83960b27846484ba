using System.IO.Compression;
using System.Xml;

namespace CopOffice.Intake.Templates;

/// <summary>
/// The sheets and the workbook-scoped defined names of an .xlsx/.xlsm, read from xl/workbook.xml with
/// an XmlReader: ExcelDataReader does not expose defined names, and they are how a template's answers
/// are found when a member has inserted rows or renamed the answer sheet. Also who submitted it, where the
/// CopOffice service recorded that (docProps/custom.xml, <see cref="Questionnaires.SubmitterProperty"/>).
/// </summary>
internal sealed class WorkbookDefinitions
{
    // A custom properties part larger than this is no CopOffice record: it is not read.
    private const long MaxPropertiesBytes = 64 * 1024;

    public static WorkbookDefinitions None { get; } = new([], new Dictionary<string, string>(), null);

    private WorkbookDefinitions(IReadOnlyList<string> sheets, IReadOnlyDictionary<string, string> names, string? submittedBy)
    {
        Sheets = sheets;
        Names = names;
        SubmittedBy = submittedBy;
    }

    /// <summary>The address the service recorded as the submitter's; null when it recorded none.</summary>
    public string? SubmittedBy { get; }

    /// <summary>The sheets in workbook order, hidden ones included.</summary>
    public IReadOnlyList<string> Sheets { get; }

    /// <summary>What each workbook-scoped name refers to ("Survey!$C$12"), by name, ignoring case as Excel does.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    public bool HasSheet(string name) => Sheets.Contains(name, StringComparer.OrdinalIgnoreCase);

    public NameTarget? Target(string name) => Names.TryGetValue(name, out var refersTo) ? NameTarget.Parse(refersTo) : null;

    /// <summary>Reads xl/workbook.xml of <paramref name="package"/> (seekable, from its start); leaves the stream where it found it.</summary>
    public static WorkbookDefinitions Read(Stream package)
    {
        var position = package.Position;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("the package has no xl/workbook.xml");
            using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null });
            var sheets = new List<string>();
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "definedName")
                {
                    var name = xml.GetAttribute("name");
                    // A name with localSheetId belongs to one sheet (print areas, a member's own names); answers are workbook-scoped.
                    var local = xml.GetAttribute("localSheetId");
                    // Reading the content moves to the node after the element: no Read() after it.
                    var refersTo = xml.ReadElementContentAsString();
                    if (name is not null && local is null) names.TryAdd(name, refersTo);
                    continue;
                }
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } sheet)
                    sheets.Add(sheet);
                xml.Read();
            }
            return new WorkbookDefinitions(sheets, names, Submitter(zip));
        }
        finally
        {
            package.Position = position;
        }
    }

    private static string? Submitter(ZipArchive zip)
    {
        if (zip.GetEntry("docProps/custom.xml") is not { Length: <= MaxPropertiesBytes } entry) return null;
        using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null });
        while (xml.ReadToFollowing("property", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"))
        {
            if (xml.GetAttribute("name") != Questionnaires.SubmitterProperty.Name) continue;
            using var value = xml.ReadSubtree();
            while (value.Read())
                if (value.NodeType == XmlNodeType.Text && value.Value.Trim() is { Length: > 0 } text) return text.ToLowerInvariant();
            return null;
        }
        return null;
    }
}
