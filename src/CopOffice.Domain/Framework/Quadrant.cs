namespace CopOffice.Framework;

public enum Horizon { ShortTerm, LongTerm }

public enum Beneficiary { Members, Organisation }

/// <summary>One cell of Wenger's 2×2 value matrix: short/long term × members/organisation.</summary>
public sealed record Quadrant(string Id, Horizon Horizon, Beneficiary Beneficiary, string Title)
{
    public static readonly Quadrant MembersShortTerm = new("members_short_term", Horizon.ShortTerm, Beneficiary.Members, "Short-term value to members");
    public static readonly Quadrant MembersLongTerm = new("members_long_term", Horizon.LongTerm, Beneficiary.Members, "Long-term value to members");
    public static readonly Quadrant OrganisationShortTerm = new("organisation_short_term", Horizon.ShortTerm, Beneficiary.Organisation, "Short-term value to the organisation");
    public static readonly Quadrant OrganisationLongTerm = new("organisation_long_term", Horizon.LongTerm, Beneficiary.Organisation, "Long-term value to the organisation");

    /// <summary>Reading order of the matrix: members before organisation, short before long term.</summary>
    public static IReadOnlyList<Quadrant> All { get; } = [MembersShortTerm, MembersLongTerm, OrganisationShortTerm, OrganisationLongTerm];

    public static Quadrant Of(Horizon horizon, Beneficiary beneficiary) =>
        All.Single(q => q.Horizon == horizon && q.Beneficiary == beneficiary);
}
