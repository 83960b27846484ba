using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Samples;
using CopOffice.Templates;

namespace CopOffice.Bench;

/// <summary>
/// The inputs the benchmarks read: a 100,000-row Forms export (with inline strings as the streaming
/// writer writes it, and with shared strings as Excel saves it) and 1,000 filled value surveys.
/// </summary>
internal static class BenchInputs
{
    public const string FormsFolder = "forms";
    public const string FormsFile = "forms/forms-100k.xlsx";
    public const string SharedFormsFolder = "forms-shared";
    public const string SharedFormsFile = "forms-shared/forms-100k.xlsx";
    public const string TemplatesFolder = "templates-1000";

    private static readonly string[] TextAnswers = ["story.activities", "story.insights", "story.practice", "story.performance", "organisation.enablers", "organisation.challenges"];

    public static void Generate(string folder, int rows, int templates)
    {
        Directory.CreateDirectory(folder);
        var forms = Path.Combine(folder, FormsFile);
        Directory.CreateDirectory(Path.GetDirectoryName(forms)!);
        if (!File.Exists(forms))
        {
            using var stream = File.Create(forms);
            FormsExportWriter.Write(stream, FormsSurveys.For(Questionnaire.ValueSurvey), Enumerable.Range(1, rows).Select(Row));
            Console.WriteLine($"wrote {forms}: {rows:N0} rows, {new FileInfo(forms).Length / 1e6:F1} MB");
        }
        var shared = Path.Combine(folder, SharedFormsFile);
        if (!File.Exists(shared))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
            SharedStrings.Write(forms, shared);
            Console.WriteLine($"wrote {shared}: the same export with shared strings, as Excel saves it");
        }
        var templateFolder = Path.Combine(folder, TemplatesFolder);
        if (!Directory.Exists(templateFolder) || Directory.GetFiles(templateFolder).Length < templates)
        {
            Directory.CreateDirectory(templateFolder);
            var filler = new TemplateFiller();
            for (var i = 1; i <= templates; i++)
            {
                using var stream = File.Create(Path.Combine(templateFolder, $"member-{i:D4}.xlsx"));
                filler.Fill(TemplateKind.ValueSurvey, Row(i).Answers, stream);
            }
            Console.WriteLine($"wrote {templates:N0} filled value surveys to {templateFolder}");
        }
    }

    private static FormsRow Row(int i)
    {
        var random = new Random(i);
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = $"Member {i}",
            [AnswerNames.Email] = $"member{i}@contoso.example",
            [AnswerNames.Community] = $"Community {i % 12 + 1}",
            [AnswerNames.Unit] = $"Unit {i % 7 + 1}",
            [AnswerNames.Period] = $"2026-Q{i % 4 + 1}",
            [AnswerNames.Consent] = "anonymous",
        };
        foreach (var indicator in ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = random.Next(1, 6);
        foreach (var name in TextAnswers) answers[name] = $"Answer {i} to {name}: the community helped us compare notes and saved about {random.Next(2, 40)} hours.";
        var completion = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddMinutes(i * 3);
        return new FormsRow(i, completion.AddMinutes(-7), completion, $"member{i}@contoso.example", $"Member {i}", answers);
    }
}
