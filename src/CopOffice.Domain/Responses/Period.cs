using System.Globalization;
using System.Text.RegularExpressions;

namespace CopOffice.Responses;

/// <summary>
/// A reporting period: a calendar quarter. People write periods many ways ("2026-Q4", "Q4 2026",
/// "2026-11", "15/11/2026", a date cell); all of them name a quarter, which is what reports compare.
/// </summary>
public readonly partial record struct Period(int Year, int Quarter) : IComparable<Period>
{
    public override string ToString() => $"{Year}-Q{Quarter}";

    public Period Previous => Quarter == 1 ? new(Year - 1, 4) : new(Year, Quarter - 1);

    public Period Next => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    public int CompareTo(Period other) => (Year, Quarter).CompareTo((other.Year, other.Quarter));

    public static Period Of(DateTime date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public static bool TryParse(object? value, out Period period)
    {
        period = default;
        switch (value)
        {
            case DateTime date:
                return FromDate(date, out period);
            // A number is a date serial; a year typed as a number (2026) would be a day in 1905, so the
            // same years are accepted as in text.
            case double serial when serial is > 1 and < 2958466:
                return FromDate(DateTime.FromOADate(serial), out period);
            case string text:
                return TryParse(text, out period);
            default:
                return false;
        }
    }

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (TryYearQuarter(t, out period, out var valid)) return valid;
        Match m;
        if ((m = YearQuarter().Match(t)).Success) return Make(m.Groups["y"].Value, m.Groups["q"].Value, out period);
        if ((m = QuarterYear().Match(t)).Success) return Make(m.Groups["y"].Value, m.Groups["q"].Value, out period);
        if ((m = YearMonth().Match(t)).Success)
            return MakeFromMonth(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), out period);
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "MMMM yyyy", "MMM yyyy"];
        return DateTime.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date) && FromDate(date, out period);
    }

    /// <summary>
    /// "2026-Q4", "2026Q4", "2026 Q4", "2026/q4" read without a regex: the form nearly every period takes.
    /// False when <paramref name="t"/> is not in that form; then <paramref name="valid"/> is meaningless.
    /// </summary>
    private static bool TryYearQuarter(string t, out Period period, out bool valid)
    {
        period = default;
        valid = false;
        var separated = t.Length == 7;
        if (!separated && t.Length != 6) return false;
        if (!char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[1]) || !char.IsAsciiDigit(t[2]) || !char.IsAsciiDigit(t[3]) || !char.IsAsciiDigit(t[^1]))
            return false;
        if (separated && t[4] is not ('-' or '/' or ' ')) return false;
        if (t[^2] is not ('Q' or 'q')) return false;
        valid = Make((t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0'), t[^1] - '0', out period);
        return true;
    }

    private static bool FromDate(DateTime date, out Period period)
    {
        period = default;
        if (date.Year is < 2000 or > 2100) return false;
        period = Of(date);
        return true;
    }

    private static bool Make(string year, string quarter, out Period period) =>
        Make(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(quarter, CultureInfo.InvariantCulture), out period);

    private static bool Make(int y, int q, out Period period)
    {
        period = new(y, q);
        return y is >= 2000 and <= 2100 && q is >= 1 and <= 4;
    }

    private static bool MakeFromMonth(int year, int month, out Period period)
    {
        period = default;
        if (year is < 2000 or > 2100 || month is < 1 or > 12) return false;
        period = new(year, (month - 1) / 3 + 1);
        return true;
    }

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse then refuses with an exception.
    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/ ]?\s*Q(?<q>[0-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex YearQuarter();

    [GeneratedRegex(@"^Q(?<q>[0-9])\s*[-/ ]?\s*(?<y>[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterYear();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})$")]
    private static partial Regex YearMonth();
}
