using CopOffice.Responses;
using CopOffice.Service.Hosting;
using CopOffice.Service.Submissions;

namespace CopOffice.Service.Auth;

/// <summary>
/// Which communities a caller may see the summary of: a sponsor (and development mode) every community;
/// a coordinator those that CopOffice:Coordinators lists under their email.
/// </summary>
public static class CoordinatorScope
{
    public static IReadOnlyList<string> CommunitiesOf(Caller caller, ServiceOptions options) =>
        caller.Email is { } email && options.Coordinators.TryGetValue(email, out var communities) ? communities : [];

    public static bool SeesAll(Caller caller) => caller.IsSponsor || caller.IsDevelopment;

    public static bool Covers(Caller caller, ServiceOptions options, string community) =>
        SeesAll(caller) || (caller.IsCoordinator && CommunitiesOf(caller, options).Any(c => Same(c, community)));

    /// <summary>A community named by its id in a URL (data-science) or by its name (Data Science).</summary>
    public static bool Same(string a, string b) =>
        AnswerParser.Normalise(a) == AnswerParser.Normalise(b) || CommunityId.Of(a) == CommunityId.Of(b);
}
