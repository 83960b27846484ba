using System.Globalization;
using System.Text.RegularExpressions;

namespace CopOffice.Aggregation;

/// <summary>
/// Reads quantitative claims out of story text: a number with a unit of time, effort, money or a
/// percentage ("saved 12 hours", "€3,000", "3.000 EUR", "2 days", "40%", "half a day", "0.5 FTE",
/// "2 hours a week"). Numbers without a unit ("3 projects", "2026") are not claims. See <see cref="Rules"/>.
/// </summary>
public static partial class ClaimReader
{
    public const string Percent = "%";

    /// <summary>How numbers and units are read, for the report's method sheet.</summary>
    public const string Rules =
        "Claims are read from the story answers about applied, realized and reframing value (how practice changed, what difference it made, " +
        "the contribution to the organisation's goals, new strategies): a number followed by a unit of time (minutes, hours, days, weeks, months), " +
        "effort (FTE, person-days …), money (€, $, £, ¥, ₹, an ISO code such as EUR or CHF, euro, dollar, pound, franc) or a percentage, or money " +
        "written currency first (€3,000; EUR 3,000). \"k\", \"thousand\", \"m\", \"million\", \"bn\" multiply. A separator followed by exactly three " +
        "digits groups thousands (3,000 = 3.000 = 3 000 = three thousand) unless the number starts with 0; otherwise it marks decimals (1,5 = 1.5). " +
        "One to twelve and the tens to sixty may be written as words; \"half a day\" is 0.5 days. \"per week\", \"a year\", \"/month\", \"weekly\" or " +
        "\"p.a.\" after the unit makes a rate, totalled separately (hours per week). Words such as \"about\" or \"more than\" are kept in the claim " +
        "as stated; the number counts as written. A range (10–12 hours) is listed but not added up, nor are percentages. A figure repeated in " +
        "several answers of one story counts once. Currencies are never converted, nor hours into days.";

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
    };

    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["€"] = "EUR", ["$"] = "USD", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR",
        ["euro"] = "EUR", ["euros"] = "EUR", ["dollar"] = "USD", ["dollars"] = "USD", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["franc"] = "CHF", ["francs"] = "CHF",
    };

    /// <summary>Every claim in a text, in the order written.</summary>
    public static IReadOnlyList<Claim> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var claims = new List<Claim>();
        // The pattern tried only near the digits and number words every claim holds (see Window), position by
        // position: the same matches as a scan of the whole text, leftmost first and never overlapping, at a
        // fraction of the cost (a scan tries the pattern at every word, ~100 ns a character).
        var next = 0;
        foreach (var core in Cores(text))
        {
            for (var at = Math.Max(next, Window(text, core)); at <= core; at++)
            {
                if (!MayStart(text, at)) continue;
                var m = Pattern().Match(text, at);
                next = at + 1;
                if (!m.Success) continue;
                next = m.Index + m.Length;
                var unit = UnitOf(m);
                if (unit is null || IsTimeReference(text, m)) break;
                var rate = RateOf(m);
                if (rate is not null) unit += " per " + rate;
                claims.Add(new Claim(m.Value.Trim(), AmountOf(m), unit));
                break;
            }
        }
        return claims;
    }

    /// <summary>What the pattern asks first, asked cheaply: a claim starts at no space and not inside a number or word.</summary>
    private static bool MayStart(string text, int at) =>
        !char.IsWhiteSpace(text[at]) && (at == 0 || !(char.IsLetter(text[at - 1]) || char.IsNumber(text[at - 1]) || text[at - 1] is '.' or ','));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CoreWords =
        new HashSet<string>([.. Words.Split('|'), "half"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where a claim may lie: every digit, and every number word or "half" standing as a word of its own.
    /// Each alternative of the pattern holds one of them (a number, a number word, "half"), in order.
    /// </summary>
    private static IEnumerable<int> Cores(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i])) yield return i;
            else if (char.IsLetter(text[i]))
            {
                var end = i;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                if (end - i <= 7 && CoreWords.Contains(text.AsSpan(i, end - i))) yield return i;
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// The earliest a claim holding <paramref name="core"/> can start: before its number come at most a
    /// qualifier of two words ("more than", "approx.", "~") and a currency ("EUR", "€"), so the start lies
    /// in the core's run of non-space characters or the three runs before it.
    /// </summary>
    private static int Window(string text, int core)
    {
        var at = core;
        for (var run = 0; ; run++)
        {
            while (at > 0 && !char.IsWhiteSpace(text[at - 1])) at--;
            if (run == 3 || at == 0) return at;
            while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
        }
    }

    /// <summary>"two weeks ago", "every 2 weeks", "the last 3 months", "after 2 days": when something happened, not what it was worth.</summary>
    private static bool IsTimeReference(string text, Match m)
    {
        if (m.Groups["pct"].Success || m.Groups["cur"].Success || m.Groups["pcur"].Success || m.Groups["fte"].Success) return false;
        if (AgoAfter().IsMatch(text, m.Index + m.Length)) return true;
        var before = text[..m.Index].TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        return before[start..].ToLowerInvariant() is "every" or "last" or "past" or "next" or "first" or "since" or "after" or "ago" or "within";
    }

    [GeneratedRegex(@"\G\s+ago(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AgoAfter();

    private static string? UnitOf(Match m)
    {
        if (m.Groups["half"].Success) return Plural(m.Groups["halfunit"].Value);
        if (m.Groups["pcur"].Success) return Currency(m.Groups["pcur"].Value);
        if (m.Groups["pct"].Success) return Percent;
        if (m.Groups["fte"].Success) return "FTE";
        if (m.Groups["minutes"].Success) return "minutes";
        if (m.Groups["hours"].Success) return "hours";
        if (m.Groups["days"].Success) return "days";
        if (m.Groups["weeks"].Success) return "weeks";
        if (m.Groups["months"].Success) return "months";
        if (m.Groups["cur"].Success) return Currency(m.Groups["cur"].Value);
        return null;
    }

    private static string Plural(string word) => word.ToLowerInvariant() + "s";

    private static string Currency(string text) =>
        CurrencyWords.TryGetValue(text.Trim(), out var code) ? code : text.Trim().ToUpperInvariant();

    private static string? RateOf(Match m)
    {
        var per = m.Groups["per"].Success ? m.Groups["per"].Value : m.Groups["every"].Success ? m.Groups["every"].Value : null;
        if (m.Groups["pa"].Success) return "year";
        if (per is null) return null;
        return per.ToLowerInvariant() switch
        {
            "day" or "daily" => "day",
            "week" or "wk" or "weekly" => "week",
            "month" or "mo" or "monthly" => "month",
            "quarter" or "quarterly" => "quarter",
            _ => "year",
        };
    }

    private static decimal? AmountOf(Match m)
    {
        if (m.Groups["half"].Success) return 0.5m;
        if (m.Groups["high"].Success) return null;
        var number = Number(m.Groups["n"].Value);
        if (number is null) return null;
        var multiplier = m.Groups["mult"].Value.ToLowerInvariant() switch
        {
            "" => 1m,
            "k" or "thousand" => 1_000m,
            "m" or "mn" or "mln" or "million" => 1_000_000m,
            "bn" or "billion" => 1_000_000_000m,
            var other => throw new InvalidOperationException($"The claim pattern let through the multiplier '{other}'."),
        };
        // Dividing by 1.000… drops trailing zeros, so 1.2m reads 1200000, not 1200000.0.
        return number * multiplier / 1.0000000000000000000000000000m;
    }

    /// <summary>A number as written: digits with thousands and decimal separators (see <see cref="Rules"/>), or a number word.</summary>
    internal static decimal? Number(string text)
    {
        if (NumberWords.TryGetValue(text, out var word)) return word;
        var digits = text.Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "");
        var comma = digits.LastIndexOf(',');
        var dot = digits.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            var decimalMark = comma > dot ? ',' : '.';
            var grouping = decimalMark == ',' ? "." : ",";
            digits = digits.Replace(grouping, "").Replace(decimalMark, '.');
        }
        else if (comma >= 0 || dot >= 0)
        {
            var mark = comma >= 0 ? ',' : '.';
            var parts = digits.Split(mark);
            var grouped = parts.Length > 2 || (parts[1].Length == 3 && parts[0] != "0");
            digits = grouped ? string.Concat(parts) : parts[0] + "." + parts[1];
        }
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // Digits with "," "." or a narrow/no-break space grouping thousands; money may also group with a plain space (3 000 €).
    private const string Digits = @"\d{1,3}(?:[,.\u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
    private const string MoneyDigits = @"\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
    // "one" is left out: "one day" is how stories begin far more often than a claim.
    private const string Words = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty";
    private const string Symbols = @"€|\$|£|¥|₹";
    private const string Codes = "EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|CNY|CAD|AUD|NZD|INR|ZAR|BRL";
    private const string Multiplier = @"(?<mult>thousand|million|billion|mln|mn|bn|k|m)(?!\p{L})";
    private const string CurrencySuffix = $@"(?<cur>{Symbols}|(?:{Codes}|euros|euro|dollars|dollar|pounds|pound|francs|franc)(?!\p{{L}}))";
    private const string Range = @"\s?(?:-|–|—|to)\s?";

    [GeneratedRegex(
        // only where it is tried (see Read)
        @"\G" +
        // not the tail of a longer number or word ("v2.5", "3 000" read from its "000")
        @"(?<![\p{L}\p{N}.,])(?<!\d[ \u00A0\u202F])" +
        @"(?:(?:about|around|approximately|roughly|nearly|almost|over|more\s+than|less\s+than|at\s+least|up\s+to|some|circa)\s+|(?:approx\.|ca\.|~|≈|>|<)\s*)?" +
        "(?:" +
            // half a day · half an hour · half-day
            @"(?<half>half(?:\s+an?\s+|[- ]))(?<halfunit>day|hour|week|month)(?!\p{L})" +
        "|" +
            // €3,000 · EUR 3,000 · €3k · €3,000–5,000 · € 3 000
            $@"(?<pcur>{Symbols}|(?:{Codes})(?=\s?\d))\s?(?<n>{MoneyDigits})\+?(?:{Range}(?:{Symbols})?\s?(?<high>{MoneyDigits}))?(?:\s?{Multiplier})?" +
        "|" +
            // 3 000 € · 12 000 EUR
            $@"(?<n>{MoneyDigits})\+?(?:{Range}(?<high>{MoneyDigits}))?(?:\s?{Multiplier})?\s?{CurrencySuffix}" +
        "|" +
            // 12 hours · 40% · two days · 10-12 hours · 0.5 FTE · 2 working days
            $@"(?<n>{Digits}|(?:{Words})(?!\p{{L}}))\+?(?:{Range}(?<high>{Digits}|(?:{Words})(?!\p{{L}})))?(?:\s?{Multiplier})?\s?" +
            "(?:" +
                @"(?<pct>%|percent|per\s?cent|pct)" +
                @"|(?<fte>FTEs?)" +
                @"|(?<minutes>minutes|minute|mins|min)" +
                @"|(?<hours>(?:(?:person|man|staff|working|work)[- ]?)?(?:hours|hour|hrs|hr|h))" +
                @"|(?<days>(?:(?:person|man|staff|working|work)[- ]?)?(?:days|day)|workdays|workday)" +
                @"|(?<weeks>(?:(?:person|man|working|work)[- ]?)?(?:weeks|week|wks|wk))" +
                @"|(?<months>(?:(?:person|man)[- ]?)?(?:months|month))" +
            @")(?!\p{L})" +
        ")" +
        // a rate: per week · a year · /month · weekly · p.a.
        @"(?:\s?(?:per|a|an|each|every|/)\s?(?<per>day|week|wk|month|mo|quarter|year|yr|annum)(?!\p{L})|\s(?<every>daily|weekly|monthly|quarterly|yearly|annually)(?!\p{L})|\s?(?<pa>p\.\s?a\.|p\.a(?!\p{L})))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
