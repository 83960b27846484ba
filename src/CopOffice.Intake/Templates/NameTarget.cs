namespace CopOffice.Intake.Templates;

/// <summary>
/// What a defined name refers to, as Excel writes it in xl/workbook.xml: "Survey!$C$12",
/// "'Health check'!$C$5:$C$5" (ClosedXML writes one-cell ranges), "#REF!$C$12" once the member deleted
/// the sheet, "Survey!#REF!" once they deleted the cell's row, "[1]Survey!$C$12" once the sheet was
/// copied out of another workbook.
/// </summary>
internal abstract record NameTarget
{
    /// <summary>One cell (a range's top-left cell) on a sheet of this workbook.</summary>
    public sealed record Cell(string Sheet, CellAddress Address) : NameTarget;

    /// <summary>The sheet the name pointed to was deleted.</summary>
    public sealed record SheetDeleted : NameTarget;

    /// <summary>The cell the name pointed to was deleted (its row or column removed).</summary>
    public sealed record CellDeleted(string Sheet) : NameTarget;

    /// <summary>Another workbook, a formula, a constant: nothing the intake can read an answer from.</summary>
    public sealed record Elsewhere(string RefersTo) : NameTarget;

    public static NameTarget Parse(string refersTo)
    {
        var text = refersTo.Trim().TrimStart('=');
        if (text.StartsWith("#REF!", StringComparison.OrdinalIgnoreCase)) return new SheetDeleted();
        string sheet;
        int bang;
        if (text.StartsWith('\''))
        {
            // 'It''s mine'!$C$5: the sheet name runs to the quote not doubled.
            var close = 1;
            while ((close = text.IndexOf('\'', close)) >= 0 && close + 1 < text.Length && text[close + 1] == '\'') close += 2;
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != '!') return new Elsewhere(refersTo);
            sheet = text[1..close].Replace("''", "'", StringComparison.Ordinal);
            bang = close + 1;
        }
        else
        {
            bang = text.IndexOf('!');
            if (bang <= 0) return new Elsewhere(refersTo);
            sheet = text[..bang];
            // A function or a union of ranges, not a plain reference.
            if (sheet.AsSpan().IndexOfAny("'(), ") >= 0) return new Elsewhere(refersTo);
        }
        var reference = text[(bang + 1)..];
        if (sheet.Length == 0 || sheet.StartsWith('[')) return new Elsewhere(refersTo);
        if (reference.Contains("#REF!", StringComparison.OrdinalIgnoreCase)) return new CellDeleted(sheet);
        var colon = reference.IndexOf(':');
        var first = colon < 0 ? reference : reference[..colon];
        return CellAddress.TryParse(first, out var address) ? new Cell(sheet, address) : new Elsewhere(refersTo);
    }
}
