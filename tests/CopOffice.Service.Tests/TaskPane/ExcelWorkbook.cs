using System.Text.Json;
using CopOffice.Questionnaires;

namespace CopOffice.Service.Tests.TaskPane;

/// <summary>
/// The workbook the Excel stand-in shows the task pane: every defined name of a template with its sheet,
/// cell and value, as a CopOffice template has them; and the file itself rebuilt from the current values.
/// </summary>
public sealed class ExcelWorkbook
{
    public required TemplateKind Kind { get; init; }
    public required Dictionary<string, object?> Answers { get; init; }
    public string Url { get; init; } = "https://contoso.sharepoint.com/sites/cop/Shared%20Documents/ana-survey.xlsx";
    public bool IsTemplate { get; init; } = true;
    public bool SupportsFile { get; init; } = true;

    /// <summary>A member's personal template, with the follow-up block; a blank template (the default) has none.</summary>
    public bool Personal { get; init; }

    /// <summary>The ExcelApi requirement set the host has: the manifest's 1.4 (Excel 2016) unless a test asks for more.</summary>
    public string ExcelApi { get; init; } = "1.4";

    /// <summary>Office's theme as Office.context.officeTheme gives it; null where the host gives none.</summary>
    public object? Theme { get; init; }

    /// <summary>Writing values into a sheet fails, as Excel does when it cannot complete a batch.</summary>
    public bool FailWrites { get; init; }

    public string ToJson()
    {
        var names = new Dictionary<string, object?>();
        if (IsTemplate)
        {
            var personalOnly = Questionnaire.For(Kind).Sections.Where(s => s.TemplateOnly).SelectMany(s => s.Questions).Select(q => q.Name).ToHashSet();
            foreach (var (name, at) in Workbooks.Addresses(Kind))
            {
                if (!Personal && personalOnly.Contains(name)) continue;
                var bang = at.IndexOf('!');
                names[name] = new { sheet = at[..bang], cell = at[(bang + 1)..], value = Answers.GetValueOrDefault(name) ?? "" };
            }
            names[AnswerNames.MetaKind] = new { sheet = TemplateMetadata.SheetName, cell = "B2", value = Kind.Id() };
            names[AnswerNames.MetaVersion] = new { sheet = TemplateMetadata.SheetName, cell = "B3", value = 1 };
        }
        else
        {
            names["Budget"] = new { sheet = "Sheet1", cell = "B2", value = 1200 };
        }
        return JsonSerializer.Serialize(new { url = Url, supportsFile = SupportsFile, excelApi = ExcelApi, theme = Theme, failWrites = FailWrites, names });
    }

    /// <summary>The .xlsx Excel would hand over for the values the page holds now (name → value, as JSON).</summary>
    public byte[] FileFor(string valuesJson)
    {
        var answers = new Dictionary<string, object?>();
        foreach (var property in JsonDocument.Parse(valuesJson).RootElement.EnumerateObject())
        {
            if (property.Name.StartsWith("meta.", StringComparison.Ordinal)) continue;
            answers[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Number when property.Value.TryGetInt32(out var i) => i,
                JsonValueKind.Number => property.Value.GetDouble(),
                JsonValueKind.String when property.Value.GetString() is { Length: > 0 } s => s,
                _ => null,
            };
        }
        return Workbooks.Fill(Kind, answers);
    }
}
