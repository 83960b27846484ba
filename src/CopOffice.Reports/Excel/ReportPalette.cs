using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>The reports' colours: Office's blues, and the red–yellow–green of Excel's own colour scale for scores.</summary>
internal static class ReportPalette
{
    public static readonly XLColor Heading = XLColor.FromHtml("#1F4E79");
    public static readonly XLColor HeaderFill = XLColor.FromHtml("#1F4E79");
    public static readonly XLColor Band = XLColor.FromHtml("#DDEBF7");
    public static readonly XLColor Muted = XLColor.FromHtml("#595959");
    public static readonly XLColor WithheldFill = XLColor.FromHtml("#EDEDED");
    public static readonly XLColor Rule = XLColor.FromHtml("#BFBFBF");
    public static readonly XLColor GroupRule = XLColor.FromHtml("#7F7F7F");
    public static readonly XLColor Bar = XLColor.FromHtml("#5B9BD5");
    public static readonly XLColor Shade = XLColor.FromHtml("#9DC3E6");
    public static readonly XLColor Gap = XLColor.FromHtml("#F8CBAD");
    public static readonly XLColor Faded = XLColor.FromHtml("#A6A6A6");

    public const string Low = "#F8696B";
    public const string Middle = "#FFEB84";
    public const string High = "#63BE7B";

    public static readonly XLColor LowColour = XLColor.FromHtml(Low);
    public static readonly XLColor MiddleColour = XLColor.FromHtml(Middle);
    public static readonly XLColor HighColour = XLColor.FromHtml(High);

    /// <summary>
    /// Scores on the 1–5 scale are coloured on fixed points, the same in every table and every report:
    /// 3 (the middle of the scale) is yellow, 2 and below red, 4.5 and above green. Fixed, so a colour means
    /// the same thing in every group and period; tighter than 1–5, because real means sit between 2 and 4.5.
    /// </summary>
    public const double ScoreLow = 2, ScoreMiddle = 3, ScoreHigh = 4.5;

    /// <summary>
    /// The colour the scores' scale gives a score, softened towards white so black text stays readable:
    /// the 2×2 grid then speaks the same colours as the heat map.
    /// </summary>
    public static XLColor ForScore(double score, double low = ScoreLow, double middle = ScoreMiddle, double high = ScoreHigh)
    {
        var (from, to, t) = score <= middle
            ? (Low, Middle, Math.Clamp((score - low) / (middle - low), 0, 1))
            : (Middle, High, Math.Clamp((score - middle) / (high - middle), 0, 1));
        int Channel(int shift) => (int)Math.Round(Mix(Hex(from, shift), Hex(to, shift), t) * 0.55 + 255 * 0.45);
        return XLColor.FromArgb(Channel(16), Channel(8), Channel(0));
    }

    private static int Hex(string colour, int shift) => (Convert.ToInt32(colour[1..], 16) >> shift) & 0xFF;

    private static double Mix(int a, int b, double t) => a + (b - a) * t;
}
