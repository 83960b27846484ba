using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>What responses are checked against besides the questionnaire itself.</summary>
public sealed record IntakeRules
{
    public static IntakeRules Default { get; } = new();

    public Roster Roster { get; init; } = Roster.Empty;

    /// <summary>An organisation's list of communities and units (the one the templates' dropdowns came from).</summary>
    public OrganisationLists Lists { get; init; } = OrganisationLists.None;

    /// <summary>The known communities, in the organisation's spelling; empty when nothing says which exist.</summary>
    public IReadOnlyList<string> KnownCommunities =>
        [.. Lists.Communities.Concat(Roster.Communities).Distinct(StringComparer.OrdinalIgnoreCase)];
}
