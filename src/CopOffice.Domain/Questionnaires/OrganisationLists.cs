namespace CopOffice.Questionnaires;

/// <summary>An organisation's communities and units, which turn those template fields into dropdowns.</summary>
public sealed record OrganisationLists(IReadOnlyList<string> Communities, IReadOnlyList<string> Units)
{
    public static OrganisationLists None { get; } = new([], []);

    /// <summary>
    /// The coordinators' addresses by community, as the list names them (its optional Coordinator column):
    /// their community's report is shared with them. Keys compare without regard to case.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Coordinators { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The coordinators of <paramref name="community"/>, lower-cased; none when the list names none.</summary>
    public IReadOnlyList<string> CoordinatorsOf(string community) =>
        Coordinators.FirstOrDefault(c => c.Key.Equals(community, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    public IReadOnlyList<string> For(ListSource source) => source switch
    {
        ListSource.Communities => Communities,
        ListSource.Units => Units,
        _ => [],
    };
}
