using System.Globalization;

namespace CopOffice.Intake.Templates;

/// <summary>A cell by 1-based row and column, written as Excel writes it: "C12".</summary>
internal readonly record struct CellAddress(int Row, int Column)
{
    // Excel's grid: 1,048,576 rows by 16,384 columns (XFD).
    public const int MaxRow = 1_048_576, MaxColumn = 16_384;

    public override string ToString() => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    /// <summary>Reads "C12", "$C$12" or "c12"; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellAddress address)
    {
        address = default;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var column = 0;
        var start = i;
        for (; i < text.Length && char.IsAsciiLetter(text[i]) && i - start < 3; i++) column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
        if (i == start) return false;
        if (i < text.Length && text[i] == '$') i++;
        if (i == text.Length || !int.TryParse(text[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row)) return false;
        if (row is < 1 or > MaxRow || column > MaxColumn) return false;
        address = new CellAddress(row, column);
        return true;
    }
}
