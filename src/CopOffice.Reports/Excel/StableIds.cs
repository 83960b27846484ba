using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace CopOffice.Reports.Excel;

/// <summary>
/// ClosedXML gives each data bar a random GUID (the link between a rule and its Excel 2010 extension).
/// Replaced, sheet by sheet, by GUIDs numbered in order of appearance: the same report is then the same
/// package, part for part, apart from what System.IO.Packaging itself names at random.
/// </summary>
internal static partial class StableIds
{
    public static void Apply(SpreadsheetDocument document)
    {
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            string xml;
            using (var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read), Encoding.UTF8)) xml = reader.ReadToEnd();
            if (!xml.Contains("x14:id", StringComparison.Ordinal)) continue;
            var numbers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var stable = Guid().Replace(xml, m =>
            {
                if (!numbers.TryGetValue(m.Value, out var replacement))
                    numbers[m.Value] = replacement = $"{{00000000-0000-4000-8000-{numbers.Count + 1:000000000000}}}";
                return replacement;
            });
            using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(stable));
            part.FeedData(stream);
        }
    }

    // Only the rules' ids: an extension's uri is a GUID too, and names the kind of extension.
    [GeneratedRegex(@"(?<=<x14:id>|<x14:cfRule[^>]*\bid="")\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}")]
    private static partial Regex Guid();
}
