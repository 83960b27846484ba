using ClosedXML.Excel;

namespace CopOffice.Templates;

/// <summary>Colours and text styles shared by the templates, close to Office's own theme.</summary>
internal static class TemplatePalette
{
    public static readonly XLColor Heading = XLColor.FromHtml("#1F4E79");
    public static readonly XLColor SectionFill = XLColor.FromHtml("#DDEBF7");
    public static readonly XLColor InputFill = XLColor.FromHtml("#FFF9E6");
    public static readonly XLColor InputBorder = XLColor.FromHtml("#BF9000");
    public static readonly XLColor Muted = XLColor.FromHtml("#595959");
    public static readonly XLColor Required = XLColor.FromHtml("#C00000");
    public static readonly XLColor Rule = XLColor.FromHtml("#9BC2E6");

    public const string Font = "Calibri";
    public const double BaseRowHeight = 15;

    /// <summary>The look of a cell a person types into: unlocked, pale yellow, framed.</summary>
    public static void StyleInput(IXLRange range)
    {
        range.Style.Protection.Locked = false;
        range.Style.Fill.BackgroundColor = InputFill;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = InputBorder;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Alignment.WrapText = true;
    }

    public static void StyleSectionTitle(IXLRange range)
    {
        range.Merge();
        range.Style.Fill.BackgroundColor = Heading;
        range.Style.Font.FontColor = XLColor.White;
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = 12;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.Indent = 1;
    }

    public static void StyleNote(IXLRange range)
    {
        range.Style.Font.Italic = true;
        range.Style.Font.FontColor = Muted;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
