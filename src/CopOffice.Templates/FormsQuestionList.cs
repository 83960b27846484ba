using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>
/// A Microsoft Forms survey written out for two readers: JSON for the intake, which maps a Forms
/// response workbook's columns back onto answer names, and Markdown for the administrator who
/// builds the form by hand (Forms has no import).
/// </summary>
public static class FormsQuestionList
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string JsonFileName(TemplateKind kind, string? community = null) => Path.ChangeExtension(TemplateWriter.FileName(kind, community), ".json");
    public static string MarkdownFileName(TemplateKind kind, string? community = null) => Path.ChangeExtension(TemplateWriter.FileName(kind, community), ".md");

    public static string ToJson(FormsSurvey survey) => JsonSerializer.Serialize(new
    {
        kind = survey.Kind.Id(),
        survey.Version,
        survey.Title,
        survey.Description,
        ratingLabels = RatingScale.All.ToDictionary(s => s.Id, s => s.Labels.Select((label, i) => new { label, value = i + 1 })),
        notApplicable = RatingScale.NotApplicableLabel,
        questions = survey.Questions.Select((q, i) => new
        {
            number = i + 1,
            q.Title,
            q.Type,
            q.Required,
            q.Subtitle,
            q.Name,
            choices = q.Choices.Count > 0 ? q.Choices : null,
            statements = q.Type == FormsQuestionType.Likert ? q.Items.Select(s => new { text = s.Text, name = s.Name }) : null,
            options = q.Type == FormsQuestionType.MultipleChoice ? q.Items.Select(s => new { text = s.Text, name = s.Name }) : null,
        }),
    }, Json) + "\n";

    public static string ToMarkdown(FormsSurvey survey)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {survey.Title}: the Microsoft Forms version").AppendLine();
        md.AppendLine($"Create a new form in Microsoft Forms titled **{survey.Title}**, with the description:").AppendLine();
        md.AppendLine($"> {survey.Description}").AppendLine();
        md.AppendLine("Add the questions below in this order, with exactly these texts and choices: CopOffice reads a Forms response workbook by its column headers, which are the question texts (and, for a Likert question, each statement's text). Turn on *Required* where the table says so.");
        md.AppendLine("Order and numbering may differ; a question text may not.").AppendLine();
        md.AppendLine($"Generated from the value framework by `copoffice templates` ({survey.Kind.Id()}, version {survey.Version}); do not edit by hand.").AppendLine();
        foreach (var (q, i) in survey.Questions.Select((q, i) => (q, i)))
        {
            md.AppendLine($"## {i + 1}. {q.Title}").AppendLine();
            md.AppendLine($"- Type: **{TypeName(q.Type)}**{(q.Required ? ", required" : "")}");
            if (q.Subtitle is not null) md.AppendLine($"- Subtitle: {q.Subtitle}");
            if (q.Name is not null) md.AppendLine($"- Fills: `{q.Name}`");
            if (q.Choices.Count > 0)
                md.AppendLine($"- {q.Type switch { FormsQuestionType.Likert => "Options (columns)", FormsQuestionType.MultipleChoice => "Choices (allow multiple answers)", _ => "Choices" }}: {string.Join(" · ", q.Choices)}");
            if (q.Items.Count > 0)
            {
                md.AppendLine(q.Type == FormsQuestionType.Likert ? "- Statements (rows):" : "- Options (choose all that apply):");
                foreach (var item in q.Items) md.AppendLine($"  - {item.Text} → `{item.Name}`");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    private static string TypeName(FormsQuestionType type) => type switch
    {
        FormsQuestionType.Text => "Text",
        FormsQuestionType.LongText => "Text, long answer",
        FormsQuestionType.Choice => "Choice, one answer",
        FormsQuestionType.MultipleChoice => "Choice, multiple answers",
        FormsQuestionType.Likert => "Likert",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
