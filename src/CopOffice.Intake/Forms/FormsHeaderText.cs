using System.Text;
using System.Text.RegularExpressions;

namespace CopOffice.Intake.Forms;

/// <summary>
/// How a column header is compared with a question text. Forms heads a column with the question
/// text as the administrator typed it, and people retype, renumber and re-case those texts: two
/// headers are the same when their letters and digits are, after a numbering prefix is dropped.
/// </summary>
internal static partial class FormsHeaderText
{
    /// <summary>
    /// Letters and digits only, lower case: "3. Your Email " and "your email" give "youremail";
    /// smart quotes, dashes, punctuation and spacing drop out.
    /// </summary>
    public static string Loose(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The header without a numbering prefix ("3. ", "Q3 ", "(3) ", "3 - "), or null when it has none.</summary>
    public static string? WithoutNumbering(string header)
    {
        var m = Numbering().Match(header);
        return m.Success && m.Length < header.Length ? header[m.Length..] : null;
    }

    /// <summary>
    /// The header without a trailing repeat number ("Comment2", "Comment 2", "Comment (2)"), or null:
    /// Excel tables, and so the Forms response workbook, number a header that repeats another.
    /// </summary>
    public static string? WithoutRepeatNumber(string header)
    {
        var m = RepeatNumber().Match(header);
        return m.Success ? header[..m.Index] : null;
    }

    /// <summary>Quiz columns Forms adds beside the questions: "Points - …", "Feedback - …", "Total points", "Quiz feedback".</summary>
    public static bool IsQuizColumn(string header)
    {
        var trimmed = header.Trim();
        return QuizPrefix().IsMatch(trimmed) || Loose(trimmed) is "totalpoints" or "quizfeedback" or "gradepostedtime";
    }

    // Question text never starts with a number in CopOffice's surveys, so a leading number is numbering.
    [GeneratedRegex(@"^\s*\(?\s*(?:q(?:uestion)?\s*)?\d{1,3}\s*(?:[.):\]\-\u2013\u2014]\s*|\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"(?<=\D)\s*(?:\(\s*\d{1,2}\s*\)|_?\d{1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatNumber();

    [GeneratedRegex(@"^(?:points|feedback)\s*[-\u2010-\u2015:]\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuizPrefix();
}
