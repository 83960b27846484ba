using System.Text.Json;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;

namespace CopOffice.Service.Apis;

/// <summary>
/// POST /api/answers/validate: the task pane's "Check". The pane reads each answer through its defined name
/// and sends the values; they become a <see cref="RawResponse"/> judged by <see cref="ResponseValidator"/>,
/// the very rules the intake applies to a submitted workbook.
/// </summary>
public static class AnswersApi
{
    /// <summary>More names than any template has (the leadership-roles analysis has fewer than 120).</summary>
    public const int MaxAnswers = 1000;

    /// <summary>Excel's own limit on the text of one cell.</summary>
    public const int MaxTextLength = 32767;

    public static IEndpointRouteBuilder MapAnswersApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/answers/validate", Validate).WithName("ValidateAnswers").RequireAuthorization(Policies.Signed);
        return app;
    }

    public static IResult Validate(AnswersRequest request, OrganisationRules rules)
    {
        if (!TemplateKinds.TryParse(request.Kind, out var kind))
            return Problems.Of(StatusCodes.Status400BadRequest, "Unknown template",
                $"\"{request.Kind}\" is not a CopOffice template kind: expected one of {string.Join(", ", TemplateKinds.All.Select(k => k.Id()))} (the workbook's meta.kind).");
        if (request.Version is not { } version)
            return Problems.Of(StatusCodes.Status400BadRequest, "Template version missing", "Send the template's version (the workbook's meta.version).");
        var answers = request.Answers ?? [];
        if (answers.Count > MaxAnswers)
            return Problems.Of(StatusCodes.Status400BadRequest, "Too many answers", $"{answers.Count} answers were sent; a CopOffice template has at most {MaxAnswers}.");

        var source = new Source(string.IsNullOrWhiteSpace(request.File) ? "workbook" : Path.GetFileName(request.File.Trim()));
        var raw = new Dictionary<string, RawAnswer>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, answer) in answers)
        {
            if (!TryValue(answer.Value, out var value))
                return Problems.Of(StatusCodes.Status400BadRequest, "Unreadable answer",
                    $"The answer to {name} is not a single cell value (text, number, true/false or empty).");
            if (value is string { Length: > MaxTextLength })
                return Problems.Of(StatusCodes.Status400BadRequest, "Answer too long", $"The answer to {name} is longer than an Excel cell can hold.");
            var (sheet, cell) = SplitAddress(answer.Address);
            raw[name] = new RawAnswer(value, source.Location.At(sheet, cell, name));
        }

        var result = ResponseValidator.Validate(new RawResponse(kind, version, source, raw), rules.Rules);
        return TypedResults.Ok(CheckReport.Of(result));
    }

    private static bool TryValue(JsonElement element, out object? value)
    {
        value = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null: return true;
            case JsonValueKind.String: value = element.GetString(); return true;
            case JsonValueKind.Number: value = element.GetDouble(); return true;
            case JsonValueKind.True: value = true; return true;
            case JsonValueKind.False: value = false; return true;
            default: return false;
        }
    }

    /// <summary>"Survey!C6", "'Health check'!$C$6" → (sheet, C6), as Excel's range.address gives them.</summary>
    public static (string? Sheet, string? Cell) SplitAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return (null, null);
        var bang = address.LastIndexOf('!');
        var cell = (bang < 0 ? address : address[(bang + 1)..]).Replace("$", "", StringComparison.Ordinal).Trim();
        if (bang < 0) return (null, cell);
        var sheet = address[..bang].Trim();
        if (sheet.Length >= 2 && sheet[0] == '\'' && sheet[^1] == '\'') sheet = sheet[1..^1].Replace("''", "'", StringComparison.Ordinal);
        return (sheet, cell);
    }
}

/// <summary>The answers of one workbook as the task pane read them, by defined name.</summary>
public sealed record AnswersRequest(string? Kind, int? Version, string? File, Dictionary<string, AnswerValue>? Answers);

/// <summary>One answer cell's value (text, number, true/false or empty) and its address, e.g. Survey!C6.</summary>
public sealed record AnswerValue(JsonElement Value, string? Address);
