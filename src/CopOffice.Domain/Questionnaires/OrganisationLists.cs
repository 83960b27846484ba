namespace CopOffice.Questionnaires;

/// <summary>An organisation's communities and units, which turn those template fields into dropdowns.</summary>
public sealed record OrganisationLists(IReadOnlyList<string> Communities, IReadOnlyList<string> Units)
{
    public static OrganisationLists None { get; } = new([], []);

    public IReadOnlyList<string> For(ListSource source) => source switch
    {
        ListSource.Communities => Communities,
        ListSource.Units => Units,
        _ => [],
    };
}
