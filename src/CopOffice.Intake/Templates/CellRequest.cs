using ExcelDataReader;

namespace CopOffice.Intake.Templates;

/// <summary>
/// The cells a reader wants, by sheet, read in one pass of ExcelDataReader's streaming reader: each
/// wanted sheet is read row by row only down to its last wanted row, only wanted cells are kept,
/// and the other sheets are passed over.
/// </summary>
internal sealed class CellRequest
{
    private readonly Dictionary<string, SheetWants> _sheets = new(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => _sheets.Count == 0;

    public void Add(string sheet, CellAddress address) => Wants(sheet).Add(address);

    /// <summary>Every non-blank cell of the block from A1 to (<paramref name="rows"/>, <paramref name="columns"/>).</summary>
    public void AddBlock(string sheet, int rows, int columns) => Wants(sheet).Block(rows, columns);

    public bool Covers(string sheet, CellAddress address) => _sheets.TryGetValue(sheet, out var wants) && wants.Covers(address);

    /// <summary>Reads the wanted cells from the start of <paramref name="reader"/>'s first sheet.</summary>
    public CellValues Read(IExcelDataReader reader)
    {
        var values = new CellValues();
        reader.Reset();
        do
        {
            var name = reader.Name;
            values.Saw(name);
            if (_sheets.TryGetValue(name, out var wants)) wants.Read(reader, values.Sheet(name));
        }
        while (reader.NextResult());
        return values;
    }

    private SheetWants Wants(string sheet)
    {
        if (!_sheets.TryGetValue(sheet, out var wants)) _sheets[sheet] = wants = new SheetWants();
        return wants;
    }

    private sealed class SheetWants
    {
        private readonly Dictionary<int, List<int>> _columnsByRow = [];
        private int _blockRows, _blockColumns, _lastRow;

        public void Add(CellAddress address)
        {
            if (!_columnsByRow.TryGetValue(address.Row, out var columns)) _columnsByRow[address.Row] = columns = [];
            if (!columns.Contains(address.Column)) columns.Add(address.Column);
            _lastRow = Math.Max(_lastRow, address.Row);
        }

        public void Block(int rows, int columns)
        {
            _blockRows = Math.Max(_blockRows, rows);
            _blockColumns = Math.Max(_blockColumns, columns);
            _lastRow = Math.Max(_lastRow, rows);
        }

        public bool Covers(CellAddress address) =>
            (address.Row <= _blockRows && address.Column <= _blockColumns) ||
            (_columnsByRow.TryGetValue(address.Row, out var columns) && columns.Contains(address.Column));

        // ExcelDataReader yields every row from the first, blank ones included, so the n-th Read() is row n.
        public void Read(IExcelDataReader reader, Dictionary<CellAddress, object> cells)
        {
            for (var row = 1; row <= _lastRow && reader.Read(); row++)
            {
                var fields = reader.FieldCount;
                if (row <= _blockRows)
                    for (var column = 1; column <= Math.Min(_blockColumns, fields); column++)
                        Keep(reader, cells, row, column);
                if (_columnsByRow.TryGetValue(row, out var columns))
                    foreach (var column in columns)
                        if (column <= fields) Keep(reader, cells, row, column);
            }
        }

        private static void Keep(IExcelDataReader reader, Dictionary<CellAddress, object> cells, int row, int column)
        {
            var value = reader.GetValue(column - 1);
            if (value is not null and not DBNull) cells[new CellAddress(row, column)] = value;
        }
    }
}

/// <summary>The cells one pass found (blank cells are absent), and every sheet the workbook has.</summary>
internal sealed class CellValues
{
    private readonly Dictionary<string, Dictionary<CellAddress, object>> _sheets = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _seen = [];

    public IReadOnlyList<string> Sheets => _seen;

    public bool HasSheet(string name) => _seen.Contains(name, StringComparer.OrdinalIgnoreCase);

    public object? Get(string sheet, CellAddress address) =>
        _sheets.TryGetValue(sheet, out var cells) && cells.TryGetValue(address, out var value) ? value : null;

    internal void Saw(string name) => _seen.Add(name);

    internal Dictionary<CellAddress, object> Sheet(string name)
    {
        if (!_sheets.TryGetValue(name, out var cells)) _sheets[name] = cells = [];
        return cells;
    }
}
