using System.Text.RegularExpressions;
using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Intake.Lists;

/// <summary>
/// Reads an organisation's roster (csv or workbook, first sheet): a header row, then one member per
/// row and community. Columns are found by header, in any order: "Email" and "Community" are
/// required; "Member" (or "Name"), "Organisational unit" (or "Unit", "Department", "Division") and
/// "Member type" (or "Type") are optional.
/// </summary>
/// <remarks>
/// Emails are kept lower-cased, as responses keep them. A member without a name is named by their
/// email. A member type that is one of <see cref="ValueFramework.MemberTypes"/> (by name or id, any
/// case: "core member", "core_member") takes the framework's spelling; any other type is kept as
/// written, since an organisation may well have types of its own. Several types separated by semicolons
/// count the member under one of them, as a survey answer does (<see cref="ReportingMemberType"/>). A row that repeats an email and
/// community already listed is the same membership listed twice: the first is kept. Blank rows are skipped.
/// </remarks>
public static partial class RosterReader
{
    public static Roster Read(string path) => ListFile.Read(path, Read);

    private const string ExpectedHeader =
        "expected a header row with \"Email\" and \"Community\" columns (and optionally \"Member\", \"Organisational unit\", \"Member type\").";

    private static Roster Read(IEnumerable<(int Row, string?[] Cells)> rows, string file)
    {
        Columns? columns = null;
        var entries = new List<RosterEntry>();
        var seen = new HashSet<(string Email, string Community)>();
        foreach (var (row, cells) in rows)
        {
            if (columns is null)
            {
                columns = Columns.Find(cells) ?? throw new InputFileException(file, $"row {row}", ExpectedHeader);
                continue;
            }

            var where = $"row {row}";
            var email = Cell(cells, columns.Email) ?? throw new InputFileException(file, where, "the member has no email.");
            if (!AnswerParser.IsEmail(email))
                throw new InputFileException(file, where, $"\"{email}\" is not a well-formed email address (name@example.com).");
            var community = Cell(cells, columns.Community) ?? throw new InputFileException(file, where, $"{email} has no community.");
            email = email.ToLowerInvariant();
            if (!seen.Add((email, AnswerParser.Normalise(community)))) continue;
            entries.Add(new RosterEntry(Cell(cells, columns.Member) ?? email, email, Cell(cells, columns.Unit), community, MemberType(Cell(cells, columns.Type))));
        }
        if (columns is null) throw new InputFileException(file, null, "the file is empty: " + ExpectedHeader);
        if (entries.Count == 0) throw new InputFileException(file, null, "the roster lists no members below its header row.");
        return new Roster(entries);
    }

    private static string? Cell(string?[] cells, int column) => ListFile.Cell(cells, column);

    private static string? MemberType(string? written) =>
        written is null ? null : ReportingMemberType.Of(written.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Named));

    private static string Named(string written)
    {
        var key = AnswerParser.Normalise(written.Replace('_', ' '));
        return ValueFramework.MemberTypes.FirstOrDefault(t => AnswerParser.Normalise(t.Name) == key || AnswerParser.Normalise(t.Id.Replace('_', ' ')) == key)?.Name
            ?? written;
    }

    private sealed record Columns(int Email, int Community, int Member, int Unit, int Type)
    {
        /// <summary>The roster's columns in a header row, or null when it has no email or no community column.</summary>
        public static Columns? Find(string?[] header)
        {
            var taken = new bool[header.Length];
            int Take(Regex pattern)
            {
                var index = Array.FindIndex(header, c => c is not null && pattern.IsMatch(c));
                while (index >= 0 && taken[index])
                    index = Array.FindIndex(header, index + 1, c => c is not null && pattern.IsMatch(c));
                if (index >= 0) taken[index] = true;
                return index;
            }
            // Most specific first: "Member type" before "Member", "Email" before "Name" ("Email name").
            var email = Take(EmailHeader());
            var community = Take(CommunityHeader());
            var type = Take(TypeHeader());
            var unit = Take(UnitHeader());
            var member = Take(MemberHeader());
            return email < 0 || community < 0 ? null : new Columns(email, community, member, unit, type);
        }
    }

    [GeneratedRegex(@"e-?mail", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailHeader();

    [GeneratedRegex(@"communit|\bcop\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommunityHeader();

    [GeneratedRegex(@"\btype\b|\brole\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypeHeader();

    // "Community" itself contains "unit": match whole words.
    [GeneratedRegex(@"\b(unit|department|division|organi[sz]ation(al)?|org unit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitHeader();

    [GeneratedRegex(@"\b(member|name|full name|person)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberHeader();
}
