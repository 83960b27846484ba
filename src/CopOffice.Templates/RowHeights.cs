namespace CopOffice.Templates;

/// <summary>
/// Row heights computed from text length: neither Excel nor LibreOffice reliably fits wrapped rows
/// on open, and ClosedXML cannot measure text without GDI+ on Linux.
/// </summary>
internal static class RowHeights
{
    // A unit of column width is one "0" in Calibri 11; prose averages a little narrower, so one
    // character per unit leaves a margin for wider fallback fonts.
    private const double CharsPerWidthUnit = 1.0;

    public static int Lines(string? text, double columnWidth)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        var perLine = Math.Max(1, (int)(columnWidth * CharsPerWidthUnit) - 2);
        return text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(part.Length / (double)perLine)));
    }

    public static double For(params (string? Text, double Width)[] cells) =>
        TemplatePalette.BaseRowHeight * cells.Select(c => Lines(c.Text, c.Width)).DefaultIfEmpty(1).Max() + 3;
}
