using System.Globalization;

namespace CopOffice.Intake.Forms;

/// <summary>
/// Reads a Forms time cell: a date-time cell, an OA serial, or text. Forms writes US-style text
/// ("11/23/26 14:05:10"); ISO text and day-first text (only when it cannot be US-style) are also read.
/// A time without a zone is taken as UTC: Forms does not say which zone its times are in, and the
/// time only orders repeated submissions of one member, where hours rarely matter.
/// </summary>
internal static class FormsTime
{
    private static readonly string[] Formats =
    [
        "M/d/yy H:mm:ss", "M/d/yy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm",
        "M/d/yy h:mm:ss tt", "M/d/yy h:mm tt", "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt",
        "M/d/yy", "M/d/yyyy",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd",
        "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d/M/yy H:mm:ss", "d/M/yy H:mm", "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm",
    ];

    /// <summary>False when the cell holds something that is not a time; a blank cell is a null time.</summary>
    public static bool TryRead(object? value, out DateTimeOffset? time)
    {
        time = null;
        switch (value)
        {
            case null or DBNull:
                return true;
            case DateTime dateTime:
                time = Utc(dateTime);
                return true;
            case double serial when serial is > 0 and < 2958466:
                time = Utc(DateTime.FromOADate(serial));
                return true;
            case string text when string.IsNullOrWhiteSpace(text):
                return true;
            case string text:
                var trimmed = text.Trim();
                if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
                {
                    time = Utc(parsed);
                    return true;
                }
                // ISO 8601 with a zone ("2026-11-23T14:05:10Z", "…+01:00"): the zone is honoured.
                if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withZone))
                {
                    time = withZone.ToUniversalTime();
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
