using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>A cell value as a reader found it (string, double, DateTime, bool or null) and where.</summary>
public sealed record RawAnswer(object? Value, Location Location);

/// <summary>
/// Answers that hand out a value without its <see cref="RawAnswer.Location"/>: a reader of a 100,000-row
/// Forms export makes locations only when a finding asks for one, and <see cref="ResponseValidator"/>
/// reads values through this when <see cref="RawResponse.Answers"/> offers it. The values are the same
/// as through the dictionary.
/// </summary>
public interface IAnswerValues
{
    /// <summary>The value of the answer <paramref name="name"/>, as <c>Answers[name].Value</c>; false when there is no such answer.</summary>
    bool TryGetAnswerValue(string name, out object? value);
}

/// <summary>
/// One response as read, before validation: the answers by defined name, exactly as they stood in
/// the workbook or the Forms row. Readers produce these; <see cref="ResponseValidator"/> decides.
/// </summary>
public sealed record RawResponse(TemplateKind Kind, int Version, Source Source, IReadOnlyDictionary<string, RawAnswer> Answers)
{
    /// <summary>When the person finished: a Forms completion time; null for a workbook (its file time counts).</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Identity the source itself knows: the Forms Email and Name columns of a signed-in respondent.</summary>
    public string? SourceEmail { get; init; }
    public string? SourceName { get; init; }

    /// <summary>Who handed the workbook in, signed in to the CopOffice service, as it recorded (<see cref="Questionnaires.SubmitterProperty"/>).</summary>
    public string? SubmittedBy { get; init; }

    /// <summary>
    /// The community the template or form was made for, when it asks that community's own indicators; null when
    /// it was made for anyone. With <see cref="Version"/>, it says what the person was asked.
    /// </summary>
    public string? MadeFor { get; init; }

    /// <summary>What the reader noticed while reading (a value typed over a dropdown, an extra column …).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
