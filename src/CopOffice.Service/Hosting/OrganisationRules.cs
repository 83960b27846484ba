using CopOffice.Intake.Lists;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Hosting;

/// <summary>
/// The intake rules the service checks against: the organisation's list of communities and units and its roster when
/// configured (the list the templates' dropdowns came from), read once at start-up so a bad list stops
/// the service with the reader's message instead of failing each request.
/// </summary>
public sealed class OrganisationRules(IOptions<ServiceOptions> options)
{
    private readonly Lazy<IntakeRules> _rules = new(() => Load(options.Value.Communities, options.Value.Roster));

    public IntakeRules Rules => _rules.Value;

    private static IntakeRules Load(string? communities, string? roster) => IntakeRules.Default with
    {
        Lists = string.IsNullOrWhiteSpace(communities) ? OrganisationLists.None : CommunityListReader.Read(communities),
        Roster = string.IsNullOrWhiteSpace(roster) ? Roster.Empty : RosterReader.Read(roster),
    };

    public OrganisationLists Lists => Rules.Lists;
}
