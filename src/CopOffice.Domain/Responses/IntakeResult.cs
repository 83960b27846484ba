using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// What became of one input before duplicates are resolved: a response when nothing was an error,
/// and every finding. An input that could not be read at all has no kind and no response.
/// </summary>
public sealed record IntakeResult(Source Source, TemplateKind? Kind, Response? Response, IReadOnlyList<Finding> Findings)
{
    public static IntakeResult Unreadable(Source source, string reason, Location? location = null) =>
        new(source, null, null, [Finding.Error(reason, location ?? source.Location)]);
}
