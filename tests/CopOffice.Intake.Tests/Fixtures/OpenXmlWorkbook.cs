using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Intake.Tests.Fixtures;

/// <summary>
/// Writes a workbook part by part with DocumentFormat.OpenXml, cell by cell in the shapes Excel itself
/// saves and ClosedXML does not: shared or inline strings, formulas with cached values (numeric, text,
/// error), numbers in date formats, hidden rows, defined names as Excel writes them ("Survey!$C$5").
/// </summary>
internal sealed class OpenXmlWorkbook
{
    private const uint DateStyle = 1;

    private readonly List<(string Name, SheetStateValues State)> _sheets = [];
    private readonly Dictionary<string, SortedDictionary<int, SortedDictionary<int, Func<SharedStrings, Cell>>>> _cells = [];
    private readonly Dictionary<string, HashSet<int>> _hiddenRows = [];
    private readonly List<(string Name, string RefersTo, uint? LocalSheet)> _names = [];

    public OpenXmlWorkbook Sheet(string name, SheetStateValues? state = null)
    {
        _sheets.Add((name, state ?? SheetStateValues.Visible));
        _cells[name] = [];
        _hiddenRows[name] = [];
        return this;
    }

    public IReadOnlyList<string> SheetNames => [.. _sheets.Select(s => s.Name)];

    /// <summary>Text in the shared string table, as Excel stores every string it writes.</summary>
    public OpenXmlWorkbook Shared(string sheet, string cell, string text) =>
        Put(sheet, cell, strings => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.Index(text)) });

    /// <summary>Text inline in the cell, as other producers (and Excel for some pastes) write it.</summary>
    public OpenXmlWorkbook Inline(string sheet, string cell, string text) =>
        Put(sheet, cell, _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });

    /// <summary>A number; with <paramref name="dateFormat"/> in a date number format (the cell shows a date).</summary>
    public OpenXmlWorkbook Number(string sheet, string cell, double value, bool dateFormat = false) =>
        Put(sheet, cell, _ => new Cell { CellValue = new CellValue(value), StyleIndex = dateFormat ? DateStyle : null });

    public OpenXmlWorkbook Formula(string sheet, string cell, string formula, double cached) =>
        Put(sheet, cell, _ => new Cell { CellFormula = new CellFormula(formula), CellValue = new CellValue(cached) });

    public OpenXmlWorkbook FormulaText(string sheet, string cell, string formula, string cached) =>
        Put(sheet, cell, _ => new Cell { DataType = CellValues.String, CellFormula = new CellFormula(formula), CellValue = new CellValue(cached) });

    public OpenXmlWorkbook FormulaError(string sheet, string cell, string formula, string error) =>
        Put(sheet, cell, _ => new Cell { DataType = CellValues.Error, CellFormula = new CellFormula(formula), CellValue = new CellValue(error) });

    public OpenXmlWorkbook Boolean(string sheet, string cell, bool value) =>
        Put(sheet, cell, _ => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public OpenXmlWorkbook HideRow(string sheet, int row)
    {
        _hiddenRows[sheet].Add(row);
        return this;
    }

    public OpenXmlWorkbook Name(string name, string refersTo, uint? localSheet = null)
    {
        _names.Add((name, refersTo, localSheet));
        return this;
    }

    public OpenXmlWorkbook RemoveCell(string sheet, string cell)
    {
        var (row, column) = Address(cell);
        if (_cells[sheet].TryGetValue(row, out var cells)) cells.Remove(column);
        return this;
    }

    private OpenXmlWorkbook Put(string sheet, string cell, Func<SharedStrings, Cell> make)
    {
        var (row, column) = Address(cell);
        if (!_cells[sheet].TryGetValue(row, out var cells)) _cells[sheet][row] = cells = [];
        cells[column] = strings =>
        {
            var c = make(strings);
            c.CellReference = cell;
            return c;
        };
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var strings = new SharedStrings();
            uint id = 1;
            foreach (var (name, state) in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var rows = _cells[name];
                foreach (var row in rows.Keys.Union(_hiddenRows[name]).Order())
                {
                    var xmlRow = new Row { RowIndex = (uint)row, Hidden = _hiddenRows[name].Contains(row) ? true : null };
                    if (rows.TryGetValue(row, out var cells))
                        foreach (var make in cells.Values) xmlRow.Append(make(strings));
                    data.Append(xmlRow);
                }
                var worksheet = new Worksheet();
                if (Dimension(rows) is { } dimension) worksheet.Append(new SheetDimension { Reference = dimension });
                worksheet.Append(data);
                part.Worksheet = worksheet;
                sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part), State = state == SheetStateValues.Visible ? null : state });
            }
            if (_names.Count > 0)
                workbookPart.Workbook.Append(new DefinedNames(_names.Select(n => new DefinedName(n.RefersTo) { Name = n.Name, LocalSheetId = n.LocalSheet })));

            var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
            stringsPart.SharedStringTable = new SharedStringTable(strings.All.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            { Count = (uint)strings.All.Count, UniqueCount = (uint)strings.All.Count };
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        }
        return stream.ToArray();
    }

    private static string? Dimension(SortedDictionary<int, SortedDictionary<int, Func<SharedStrings, Cell>>> rows)
    {
        var filled = rows.Where(r => r.Value.Count > 0).ToList();
        if (filled.Count == 0) return null;
        var first = filled.Min(r => r.Value.Keys.Min());
        var last = filled.Max(r => r.Value.Keys.Max());
        return $"{Column(first)}{filled[0].Key}:{Column(last)}{filled[^1].Key}";
    }

    private static (int Row, int Column) Address(string cell)
    {
        var letters = new string([.. cell.TakeWhile(char.IsLetter)]);
        var column = letters.Aggregate(0, (n, c) => n * 26 + (char.ToUpperInvariant(c) - 'A' + 1));
        return (int.Parse(cell[letters.Length..], System.Globalization.CultureInfo.InvariantCulture), column);
    }

    private static string Column(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    internal sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = [];
        public List<string> All { get; } = [];

        public string Index(string text)
        {
            if (!_index.TryGetValue(text, out var i))
            {
                _index[text] = i = All.Count;
                All.Add(text);
            }
            return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
