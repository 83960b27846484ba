namespace CopOffice.Reports.Excel;

/// <summary>How a column's cells read: the number format and the width rules that go with it.</summary>
internal enum Format
{
    /// <summary>A short text on one line (names, ids, periods).</summary>
    Text,
    /// <summary>A long text, wrapped in a column of fixed width (stories, comments, findings).</summary>
    Wrap,
    /// <summary>A whole number with thousands separators.</summary>
    Count,
    /// <summary>A mean on the 1–5 scale, one decimal.</summary>
    Mean,
    /// <summary>A share from 0 to 1, as a percentage.</summary>
    Share,
    /// <summary>A change in a mean, signed.</summary>
    Change,
    /// <summary>A change in a share, signed, in percentage points.</summary>
    ShareChange,
    /// <summary>An amount as people stated it: whole numbers without decimals, others with up to two.</summary>
    Amount,
    /// <summary>1 shows as ●, 0 as ○, blank stays blank: a coverage grid that is still numbers for Power Query.</summary>
    Mark,
    /// <summary>A single rating 1–5.</summary>
    Rating,
    /// <summary>Half a 95% interval of a mean, shown as ±0.12.</summary>
    Margin,
    /// <summary>A correlation from −1 to 1, signed, two decimals.</summary>
    Correlation,
}

internal static class Formats
{
    public static string Code(Format format) => format switch
    {
        Format.Count => "#,##0",
        Format.Mean => "0.0",
        Format.Share => "0%",
        Format.Change => "+0.0;-0.0;0.0",
        Format.ShareChange => "+0%;-0%;0%",
        Format.Amount => "#,##0",
        Format.Mark => "\"●\";;\"○\"",
        Format.Rating => "0",
        Format.Margin => "\"±\"0.00",
        Format.Correlation => "+0.00;-0.00;0.00",
        _ => "@",
    };

    /// <summary>The amount format of one value: decimals only where the value has them.</summary>
    public static string AmountCode(decimal value) => value == decimal.Truncate(value) ? "#,##0" : "#,##0.0#";

    public static bool IsNumeric(Format format) => format is not (Format.Text or Format.Wrap);

    /// <summary>How wide a formatted value is, in characters, for the column width.</summary>
    public static int DisplayLength(Format format, object value) => format switch
    {
        Format.Mean or Format.Rating => 4,
        Format.Margin or Format.Correlation => 5,
        Format.Share or Format.ShareChange => 5,
        Format.Change => 5,
        Format.Mark => 2,
        Format.Count or Format.Amount => value switch
        {
            int i => i.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture).Length,
            decimal d => d.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture).Length,
            double d => d.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture).Length,
            _ => value.ToString()?.Length ?? 0,
        },
        _ => value.ToString()?.Length ?? 0,
    };
}
