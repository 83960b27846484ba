using CopOffice.Intake.Lists;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Hosting;

/// <summary>
/// The intake rules the service checks against: the organisation's list of communities and units when one
/// is configured (the list the templates' dropdowns came from), read once at start-up so a bad list stops
/// the service with the reader's message instead of failing each request.
/// </summary>
public sealed class OrganisationRules(IOptions<ServiceOptions> options)
{
    private readonly Lazy<IntakeRules> _rules = new(() => Load(options.Value.Communities));

    public IntakeRules Rules => _rules.Value;

    private static IntakeRules Load(string? communities) => string.IsNullOrWhiteSpace(communities)
        ? IntakeRules.Default
        : IntakeRules.Default with { Lists = CommunityListReader.Read(communities) };

    public OrganisationLists Lists => Rules.Lists;
}
