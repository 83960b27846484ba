using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

public sealed partial class ValuePicture
{
    /// <summary>The sponsors' view of one period.</summary>
    /// <exception cref="KeyNotFoundException">No accepted response covers the period.</exception>
    public OrganisationView Organisation(Period period)
    {
        Require(period);
        var communities = _names.Communities.Ordered(CommunityIdsUpTo(period)).ToList();
        var units = _names.Units.Ordered(DisclosuresUpTo(period).SelectMany(r => r.Units.Select(c => c.Unit)).Concat(_roster.Units)).ToList();
        var types = _names.Types.Ordered(DisclosuresUpTo(period).SelectMany(r => r.MemberTypes.Select(c => c.Type)).Concat(_roster.Types)).ToList();

        var organisation = Profile(period, GroupKind.Organisation);
        var history = DisclosuresUpTo(period)
            .SelectMany(r => communities.Select(c => Profile(r.Period, GroupKind.Community, c)).Prepend(Profile(r.Period, GroupKind.Organisation)))
            .ToList();
        var rates = _roster.IsEmpty ? [] : communities.Select(c => Rate(period, GroupKind.Community, c))
            .Concat(units.Where(u => u != GroupNameTable.NotGiven).Select(u => Rate(period, GroupKind.Unit, u: u)))
            .Prepend(Rate(period, GroupKind.Organisation)).ToList();

        var shared = SharedStories(period);
        var stories = shared.Select(s => s.Story).ToList();
        var health = communities.Select(c => HealthOf(c, period)).OfType<CommunityHealth>().ToList();
        var flow = FlowOf(period, null);
        var readiness = communities.Select(c => ReadinessOf(c, period)).OfType<CommunityReadiness>().ToList();

        var conditions = communities.Select(c => (Community: c, Conditions: ConditionsOf(c, period))).ToList();
        var counts = new ConditionCounts();
        foreach (var (_, (_, community)) in conditions.Where(x => x.Conditions.Figure.IsShown)) counts.Add(community);

        var view = new OrganisationView
        {
            Period = period,
            ComparedWith = Previous(period),
            Privacy = Privacy,
            Method = _method,
            Organisation = organisation,
            Communities = [.. communities.Select(c => Profile(period, GroupKind.Community, c))],
            Units = [.. units.Select(u => Profile(period, GroupKind.Unit, u: u))],
            MemberTypes = [.. types.Select(t => Profile(period, GroupKind.MemberType, t: t))],
            History = history,
            ResponseRates = rates,
            ValueCreation = Matrix(organisation, stories),
            Stories = stories,
            ClaimTotals = Totals(shared, withOrganisation: true, flow.Realised.Where(r => r.RealisedIn == period)),
            Roles = [.. communities.Select(c => RolesOf(c, period))],
            Health = health,
            Readiness = readiness,
            Visions = [.. communities.Select(c => VisionOf(c, period)).OfType<CommunityVision>()],
            FactorsAcrossCommunities = AcrossCommunities(health),
            ConditionsByCommunity = [.. conditions.Select(x => new CommunityConditions(_names.Communities.Display(x.Community), x.Conditions.Figure))],
            Conditions = counts.ToConditions(),
            Peers = PeersIn(period),
            Drivers = DriversOf(period),
            AcrossCommunities = AcrossCommunitiesOf(period, communities),
            ConditionsByValue = ConditionsByValueOf(period, communities),
        };
        var elements = communities.Select(c => _names.Communities.Display(c))
            .Select(name => (Name: name, Health: health.FirstOrDefault(h => h.Community == name), Readiness: readiness.FirstOrDefault(r => r.Community == name)))
            .Where(x => x.Health is not null || x.Readiness is not null)
            .Select(x => ElementsOf(x.Name, x.Health, x.Readiness));
        return view with { Programme = ProgrammeReview.Of(view), Elements = [.. elements], Flow = flow, Actions = [.. communities.Select(c => CountsOf(c, period)).OfType<ActionCounts>()] };
    }

    /// <summary>The coordinators' view of one community in one period.</summary>
    /// <exception cref="KeyNotFoundException">The community or the period is unknown.</exception>
    public CommunityView Community(string community, Period period)
    {
        Require(period);
        var id = RequireCommunity(community);
        var types = _names.Types.Ordered(DisclosuresUpTo(period).SelectMany(r => r.Atoms.Where(a => a.Community == id).Select(a => a.Type))
            .Concat(_roster.TypesIn(id))).ToList();
        var profile = Profile(period, GroupKind.Community, id);
        var shared = SharedStories(period).Where(s => s.Entry.Community == id).ToList();
        var stories = shared.Select(s => s.Story).ToList();
        var roles = RolesOf(id, period);
        var health = HealthOf(id, period);
        var readiness = ReadinessOf(id, period);
        var flow = FlowOf(period, id);
        return new CommunityView
        {
            Community = _names.Communities.Display(id),
            Period = period,
            ComparedWith = Previous(period),
            Privacy = Privacy,
            Method = _method,
            Profile = profile,
            Organisation = Profile(period, GroupKind.Organisation),
            MemberTypes = [.. types.Select(t => Profile(period, GroupKind.CommunityMemberType, id, t))],
            History = [.. DisclosuresUpTo(period).Select(r => Profile(r.Period, GroupKind.Community, id))],
            Participation = _roster.IsEmpty ? [] :
                [Rate(period, GroupKind.Community, id), .. types.Where(t => t != GroupNameTable.NotGiven).Select(t => Rate(period, GroupKind.CommunityMemberType, id, t))],
            ValueCreation = Matrix(profile, stories),
            Stories = stories,
            ClaimTotals = Totals(shared, withOrganisation: false, flow.Realised.Where(r => r.RealisedIn == period)),
            Roles = roles,
            Health = health,
            Readiness = readiness,
            Vision = VisionOf(id, period),
            Conditions = ConditionsOf(id, period).Figure,
            Suggestions = GuideSuggestions.For(health, readiness, roles),
            Flow = flow,
            Actions = ActionsOf(id, period),
            Peers = PeersIn(period).FirstOrDefault(p => p.Community == _names.Communities.Display(id)),
            Drivers = DriversOf(period, id),
        };
    }

    /// <summary>How <paramref name="email"/> is known: signed in or typed, and from which survey last.</summary>
    /// <exception cref="KeyNotFoundException">No value survey of this member was accepted.</exception>
    public MemberAddress Address(string email)
    {
        if (!_members.TryGetValue(email.Trim(), out var entries))
            throw new KeyNotFoundException($"No accepted value survey comes from {email.Trim()}.");
        var responses = entries.OrderBy(e => e.Period).Select(e => ResponseOf(e.Entry)).ToList();
        return new MemberAddress(email.Trim().ToLowerInvariant(), responses.Any(r => r.EmailSignedIn), responses[^1].Source);
    }

    /// <summary>A member's personal view: their own answers in every period, beside the group figures shared views show.</summary>
    /// <exception cref="KeyNotFoundException">No value survey of this member was accepted.</exception>
    public MemberView Member(string email)
    {
        if (!_members.TryGetValue(email.Trim(), out var entries))
            throw new KeyNotFoundException($"No accepted value survey comes from {email.Trim()}.");
        var ordered = entries
            .OrderBy(e => e.Period)
            .ThenBy(e => e.Entry.Community, Comparer<int>.Create(_names.Communities.Compare))
            .Select(e => (e.Entry, Response: ResponseOf(e.Entry)))
            .ToList();
        var history = ordered.Select(x =>
        {
            var (entry, response) = x;
            var shared = SharedStoryOf(response.Period, entry);
            var own = entry.StoryCycles == 0 ? null : (shared ?? StoryOf(entry, response.Period, ToldStory.Of(response.Texts, response.MemberName), entry.Consent)) with
            {
                MemberName = response.MemberName,
                Unit = entry.Unit == GroupNameTable.NotGiven ? null : _names.Units.Display(entry.Unit),
                MemberType = entry.Type == GroupNameTable.NotGiven ? null : _names.Types.Display(entry.Type),
            };
            return new MemberAnswers
            {
                Period = response.Period,
                Community = _names.Communities.Display(entry.Community),
                Unit = entry.Unit == GroupNameTable.NotGiven ? null : _names.Units.Display(entry.Unit),
                MemberType = entry.Type == GroupNameTable.NotGiven ? null : _names.Types.Display(entry.Type),
                MemberTypes = response.MemberTypes,
                Ratings = [.. ValueFramework.Indicators.Where(i => i.IsAskedIn(response.Community, int.MaxValue))
                    .Select(i => new OwnRating(i, response.Ratings.TryGetValue(AnswerNames.Indicator(i.Id), out var r) ? r : null))],
                Quadrants = OwnScores(response),
                RolesHeld = [.. FrameworkIndex.Roles.Where(r => response.RolesHeld.Contains(r.Id))],
                Story = own,
                Enablers = response.Text(AnswerNames.Enablers),
                Challenges = response.Text(AnswerNames.Challenges),
                CommunityProfile = Profile(response.Period, GroupKind.Community, entry.Community),
                OrganisationProfile = Profile(response.Period, GroupKind.Organisation),
            };
        }).ToList();
        return new MemberView
        {
            Email = email.Trim().ToLowerInvariant(),
            Name = ordered.Select(x => x.Response.MemberName).LastOrDefault(n => n is not null),
            Privacy = Privacy,
            Method = _method,
            History = history,
            Aspirations = AspirationsOf(ordered.Select(x => x.Entry)),
        };
    }
}
