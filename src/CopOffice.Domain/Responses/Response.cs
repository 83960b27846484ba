using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// One accepted response, validated and normalised: ratings as numbers, choices in their canonical
/// spelling, community and unit as the organisation spells them. The unit of aggregation.
/// </summary>
public sealed record Response(TemplateKind Kind, Source Source, string Community, Period Period)
{
    public int Version { get; init; } = 1;
    public string? Unit { get; init; }
    public string? MemberName { get; init; }
    /// <summary>Lower-cased, so one member is one member across files and periods.</summary>
    public string? MemberEmail { get; init; }
    /// <summary>
    /// The email is the one the respondent signed in with (a Microsoft Forms form that requires sign-in, or the
    /// CopOffice service that recorded them as the submitter), not only typed: their personal workbook may be
    /// shared with that address.
    /// </summary>
    public bool EmailSignedIn { get; init; }
    /// <summary>Who handed the workbook in, signed in to the CopOffice service, where it recorded that.</summary>
    public string? SubmittedBy { get; init; }
    /// <summary>
    /// The one type the member is counted under in figures by member type (<see cref="Framework.ReportingMemberType"/>),
    /// from the types they chose or, where they chose none, the roster's.
    /// </summary>
    public string? MemberType { get; init; }
    /// <summary>Every type the member chose ("circle any that applies"), in the framework's order.</summary>
    public IReadOnlyList<string> MemberTypes { get; init; } = [];
    public string Consent { get; init; } = Questionnaires.Consent.No;
    public string? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Ratings by answer name (indicator.*, factor.*, readiness.*); unanswered ones are absent.</summary>
    public IReadOnlyDictionary<string, Rating> Ratings { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, Rating>.Empty;
    /// <summary>Free text and choices by answer name (story.*, vision.*, roles.*.*, stage.current …).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
    /// <summary>Ids of the leadership roles the member holds (value survey).</summary>
    public IReadOnlyList<string> RolesHeld { get; init; } = [];

    /// <summary>When this response counts as made: completion time, else the file's time.</summary>
    public DateTimeOffset? Time => CompletedAt ?? Source.FileTime;

    /// <summary>Who the response is about: the member for a survey, the community for a coordinator's workbook.</summary>
    public string Respondent => Kind == TemplateKind.ValueSurvey ? MemberEmail ?? MemberName?.ToLowerInvariant() ?? "" : "";

    /// <summary>Responses with the same key are the same submission made again: the latest wins.</summary>
    public string DuplicateKey => $"{Kind.Id()}|{Respondent}|{Community.ToLowerInvariant()}|{Period}";

    public string? Text(string name) => Texts.TryGetValue(name, out var text) ? text : null;
}
