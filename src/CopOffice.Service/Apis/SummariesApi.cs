using System.Security.Claims;
using CopOffice.Responses;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;
using CopOffice.Service.Submissions;
using CopOffice.Service.Summaries;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Apis;

/// <summary>
/// GET /api/communities/{id}/summary (coordinators of that community, sponsors) and GET /api/organisation/summary
/// (sponsors): the aggregates of everything submitted, only for groups that meet the minimum group size.
/// </summary>
public static class SummariesApi
{
    public static IEndpointRouteBuilder MapSummariesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/communities/{id}/summary", Community).WithName("CommunitySummary").RequireAuthorization(Policies.Summaries);
        app.MapGet("/api/organisation/summary", Organisation).WithName("OrganisationSummary").RequireAuthorization(Policies.Summaries);
        return app;
    }

    private static async Task<IResult> Community(string id, string? period, ClaimsPrincipal user, ValuePictureCache cache, IOptionsSnapshot<ServiceOptions> options, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        // Permission first, by the id asked for: a 404 must not tell a coordinator which other communities exist.
        if (!CoordinatorScope.Covers(caller, options.Value, id))
            return NotYours(id);
        var picture = await cache.GetAsync(cancellationToken);
        var community = picture.Communities.FirstOrDefault(c => CoordinatorScope.Same(c, id));
        if (community is null)
            return Problems.Of(StatusCodes.Status404NotFound, "No figures for this community",
                $"No accepted responses name the community \"{id}\" yet, so there is nothing to summarise. Check the community's name in the workbook (about.community).");
        if (!CoordinatorScope.Covers(caller, options.Value, community))
            return NotYours(community);
        if (PeriodOf(period, picture.Periods, picture.LatestPeriod) is not { } chosen)
            return NoPeriod(period);
        var view = picture.Community(community, chosen);
        return TypedResults.Ok(ValueSummary.Of($"CopOffice summary: {view.Community}, {chosen}", view.Profile, view.Organisation, chosen.ToString(), view.ComparedWith?.ToString(), view.Privacy));
    }

    private static async Task<IResult> Organisation(string? period, ClaimsPrincipal user, ValuePictureCache cache, CancellationToken cancellationToken)
    {
        if (!CoordinatorScope.SeesAll(Caller.Of(user)))
            return Problems.Of(StatusCodes.Status403Forbidden, "For sponsors", "The organisation's summary is for sponsors; coordinators see their own communities' summaries.");
        var picture = await cache.GetAsync(cancellationToken);
        if (PeriodOf(period, picture.Periods, picture.LatestPeriod) is not { } chosen)
            return NoPeriod(period);
        var view = picture.Organisation(chosen);
        return TypedResults.Ok(ValueSummary.Of($"CopOffice summary: the organisation, {chosen}", view.Organisation, view.Organisation, chosen.ToString(), view.ComparedWith?.ToString(), view.Privacy));
    }

    private static IResult NotYours(string community) => Problems.Of(StatusCodes.Status403Forbidden, "Not your community",
        $"You see the summaries of the communities you coordinate, and you are not listed as coordinator of {community}. Ask your CopOffice administrator to add you (CopOffice:Coordinators).");

    private static Period? PeriodOf(string? text, IReadOnlyList<Period> known, Period? latest)
    {
        if (string.IsNullOrWhiteSpace(text)) return latest;
        return Period.TryParse(text, out var period) && known.Contains(period) ? period : null;
    }

    private static IResult NoPeriod(string? period) => Problems.Of(StatusCodes.Status404NotFound, "No figures for this period",
        string.IsNullOrWhiteSpace(period) ? "Nothing has been submitted yet, so there is nothing to summarise." : $"Nothing accepted covers the period \"{period}\" (write it as 2026-Q4).");
}
