using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Templates;

namespace CopOffice.Service.Tests;

/// <summary>Real workbooks for the tests: CopOffice templates filled by defined name (TemplateFiller, ClosedXML), and broken files.</summary>
public static class Workbooks
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TemplateFiller Filler = new();
    private static readonly Lock Gate = new();

    /// <summary>A complete value survey: every required answer given, every indicator rated 4.</summary>
    public static Dictionary<string, object?> ValidSurvey(string email = "ana.lima@contoso.com", string community = "Data Science", string period = "2026-Q4")
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = "Ana Lima",
            [AnswerNames.Email] = email,
            [AnswerNames.Community] = community,
            [AnswerNames.Unit] = "Finance",
            [AnswerNames.MemberType] = "Core member",
            [AnswerNames.Period] = period,
            [AnswerNames.Consent] = "named",
            [AnswerNames.Story("activities")] = "The monthly model-review clinic.",
        };
        foreach (var indicator in ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = 4;
        return answers;
    }

    /// <summary>
    /// A flawed survey: no community (an error), confidence rated 7 (an error), and the long-term
    /// member indicators left blank (a warning).
    /// </summary>
    public static Dictionary<string, object?> FlawedSurvey()
    {
        var answers = ValidSurvey();
        answers[AnswerNames.Community] = null;
        answers[AnswerNames.Indicator("confidence")] = 7;
        foreach (var indicator in ValueFramework.IndicatorsIn(Quadrant.MembersLongTerm)) answers[AnswerNames.Indicator(indicator.Id)] = null;
        return answers;
    }

    public static byte[] Fill(TemplateKind kind, IReadOnlyDictionary<string, object?> answers)
    {
        using var output = new MemoryStream();
        lock (Gate) Filler.Fill(kind, answers, output);
        return output.ToArray();
    }

    public static byte[] Survey(Dictionary<string, object?> answers) => Fill(TemplateKind.ValueSurvey, answers);

    /// <summary>Where each answer of a template stands, as Excel's range.address gives it (Survey!C7).</summary>
    public static IReadOnlyDictionary<string, string> Addresses(TemplateKind kind)
    {
        using var sink = new MemoryStream();
        return TemplateWriter.Write(Questionnaire.For(kind), sink).ToDictionary(c => c.Question.Name, c => $"{c.Sheet}!{c.Address}");
    }

    /// <summary>What the intake finds in <see cref="FlawedSurvey"/>: severity, message, sheet, cell and name, placed as the template places them.</summary>
    public static IReadOnlyList<(string Severity, string Message, string Sheet, string Cell, string Name)> FlawedSurveyFindings()
    {
        var at = Addresses(TemplateKind.ValueSurvey);
        (string, string, string, string, string) Finding(string severity, string message, string name) =>
            (severity, message, at[name].Split('!')[0], at[name].Split('!')[1], name);
        return
        [
            Finding("error", "The community is missing: say which community of practice this is about.", AnswerNames.Community),
            Finding("error", "Confidence: 7 is outside the scale of 1 to 5.", AnswerNames.Indicator("confidence")),
            Finding("warning", $"5 of {Framework.ValueFramework.Indicators.Count} ratings left blank (Personal development, Reputation, Professional identity, Network, Marketability); they count as not answered.",
                AnswerNames.Indicator("personal_development")),
        ];
    }

    /// <summary>A zip package that is no workbook: the right first bytes, the wrong content.</summary>
    public static byte[] ZipThatIsNoWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("not a workbook");
        }
        return buffer.ToArray();
    }
}
