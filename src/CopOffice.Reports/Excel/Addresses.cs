using System.Text.RegularExpressions;

namespace CopOffice.Reports.Excel;

/// <summary>
/// Email addresses taken out of text that coordinators and sponsors read: a role holder typed as an address,
/// a "name" that is an address, an address in a story. Reports name people only as they consented, by name.
/// </summary>
internal static partial class Addresses
{
    public const string Withheld = "(address withheld)";

    public static string Withhold(string text) => text.Contains('@') ? Address().Replace(text, Withheld) : text;

    // Loose on purpose: what looks like an address to a reader is withheld, whatever a mail server would accept.
    [GeneratedRegex(@"[\p{L}\p{N}._%+'!#$&*=?^`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")]
    private static partial Regex Address();
}
