using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ExcelDataReader;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace CopOffice.Reports.Tests;

/// <summary>A table as the workbook defines it: its sheet, its range (1-based, header row first) and its columns.</summary>
internal sealed record TableInfo(string Name, string Sheet, int FirstRow, int FirstColumn, int LastRow, int LastColumn, IReadOnlyList<string> Columns);

internal sealed record SeriesInfo(string Name, string Categories, string Values, IReadOnlyList<double?> CachedValues);

internal sealed record ChartInfo(string Sheet, string Title, IReadOnlyList<SeriesInfo> Series);

/// <summary>
/// A report as a reader sees it: cells read with ExcelDataReader (never ClosedXML, the writer), and
/// tables, charts and formulas read with DocumentFormat.OpenXml, read-only.
/// </summary>
internal sealed class WrittenWorkbook
{
    // ExcelDataReader's configuration asks for code page 1252 even for .xlsx.
    static WrittenWorkbook() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private WrittenWorkbook(byte[] bytes)
    {
        Bytes = bytes;
        Sheets = ReadCells(bytes);
        (Tables, Charts, Formulas, Properties) = ReadParts(bytes);
    }

    public byte[] Bytes { get; }

    /// <summary>Every sheet's cells, row by row from row 1, column by column from column A.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Sheets { get; }

    public IReadOnlyList<TableInfo> Tables { get; }

    public IReadOnlyList<ChartInfo> Charts { get; }

    /// <summary>Cells holding a formula, as "Sheet!A1".</summary>
    public IReadOnlyList<string> Formulas { get; }

    public (string? Title, string? Subject, string? Creator, DateTime? Created, DateTime? Modified) Properties { get; }

    /// <summary>Writes through a stream that cannot seek, as a web response or upload would be.</summary>
    public static WrittenWorkbook Write(Action<Stream> write)
    {
        using var memory = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(memory)) write(forwardOnly);
        return new WrittenWorkbook(memory.ToArray());
    }

    public object? Cell(string sheet, int row, int column)
    {
        var rows = Sheets[sheet];
        if (row - 1 >= rows.Count) return null;
        var cells = rows[row - 1];
        return column - 1 < cells.Length ? cells[column - 1] : null;
    }

    public TableInfo Table(string name) => Tables.SingleOrDefault(t => t.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"No table {name}; tables: {string.Join(", ", Tables.Select(t => t.Name))}");

    /// <summary>The data rows of a table, each as column name → value.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string table)
    {
        var t = Table(name: table);
        for (var c = 0; c < t.Columns.Count; c++)
            Assert.Equal(t.Columns[c], Cell(t.Sheet, t.FirstRow, t.FirstColumn + c)); // the header cells name the columns
        return
        [
            .. Enumerable.Range(t.FirstRow + 1, t.LastRow - t.FirstRow)
                .Select(r => (IReadOnlyDictionary<string, object?>)t.Columns.Select((name, c) => (name, value: Cell(t.Sheet, r, t.FirstColumn + c)))
                    .ToDictionary(x => x.name, x => x.value))
                .Where(row => row.Values.Any(v => v is not null)), // a table with no rows holds one blank row
        ];
    }

    public IEnumerable<(string Sheet, int Row, int Column, object Value)> AllCells() =>
        Sheets.SelectMany(s => s.Value.SelectMany((cells, r) => cells.Select((v, c) => (s.Key, r + 1, c + 1, v))))
            .Where(x => x.v is not null).Select(x => (x.Key, x.Item2, x.Item3, x.v!));

    private static Dictionary<string, IReadOnlyList<object?[]>> ReadCells(byte[] bytes)
    {
        var sheets = new Dictionary<string, IReadOnlyList<object?[]>>();
        using var stream = new MemoryStream(bytes);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var c = 0; c < row.Length; c++) row[c] = reader.GetValue(c);
                rows.Add(row);
            }
            sheets[reader.Name] = rows;
        } while (reader.NextResult());
        return sheets;
    }

    private static (List<TableInfo>, List<ChartInfo>, List<string>, (string?, string?, string?, DateTime?, DateTime?)) ReadParts(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        List<TableInfo> tables = [];
        List<ChartInfo> charts = [];
        List<string> formulas = [];
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<OpenXml.Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            foreach (var tablePart in part.TableDefinitionParts)
            {
                var table = tablePart.Table!;
                var (first, last) = Range(table.Reference!.Value!);
                tables.Add(new TableInfo(table.Name!.Value!, sheet.Name!.Value!, first.Row, first.Column, last.Row, last.Column,
                    [.. table.TableColumns!.Elements<OpenXml.TableColumn>().Select(c => c.Name!.Value!)]));
            }
            foreach (var cell in part.Worksheet.Descendants<OpenXml.Cell>().Where(c => c.CellFormula is not null))
                formulas.Add($"{sheet.Name}!{cell.CellReference}");
            if (part.DrawingsPart is { } drawings)
                foreach (var chartPart in drawings.ChartParts)
                {
                    var space = chartPart.ChartSpace;
                    var title = string.Concat(space.Descendants<C.Title>().SelectMany(t => t.Descendants<DocumentFormat.OpenXml.Drawing.Text>()).Select(t => t.Text));
                    List<SeriesInfo> series = [];
                    foreach (var s in space.Descendants().Where(e => e is C.BarChartSeries or C.LineChartSeries))
                    {
                        var name = s.GetFirstChild<C.SeriesText>()?.InnerText ?? "";
                        var categories = s.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text;
                        var values = s.GetFirstChild<C.Values>()!;
                        var points = values.Descendants<C.PointCount>().Single().Val!.Value;
                        var cached = new double?[points];
                        foreach (var p in values.Descendants<C.NumericPoint>())
                            cached[p.Index!.Value] = double.Parse(p.NumericValue!.Text, CultureInfo.InvariantCulture);
                        series.Add(new SeriesInfo(name, categories, values.Descendants<C.Formula>().Single().Text, cached));
                    }
                    charts.Add(new ChartInfo(sheet.Name!.Value!, title, series));
                }
        }
        var properties = document.PackageProperties;
        return (tables, charts, formulas, (properties.Title, properties.Subject, properties.Creator, properties.Created, properties.Modified));
    }

    /// <summary>"B5:D9" → ((5, 2), (9, 4)).</summary>
    public static ((int Row, int Column) First, (int Row, int Column) Last) Range(string reference)
    {
        var parts = reference.Replace("$", "", StringComparison.Ordinal).Split(':');
        return (Address(parts[0]), Address(parts[^1]));
    }

    public static (int Row, int Column) Address(string a1)
    {
        var column = 0;
        var i = 0;
        for (; i < a1.Length && char.IsLetter(a1[i]); i++) column = column * 26 + (char.ToUpperInvariant(a1[i]) - 'A' + 1);
        return (int.Parse(a1[i..], CultureInfo.InvariantCulture), column);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
