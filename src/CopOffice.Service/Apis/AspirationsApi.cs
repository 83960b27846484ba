using System.Security.Claims;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;
using CopOffice.Service.Summaries;

namespace CopOffice.Service.Apis;

/// <summary>
/// GET /api/me/aspirations: the signed-in member's own stories that promised value not yet realised, per community,
/// each with its key and words, for the task pane to ask what came of them. Only the caller's own: the email sign-in
/// proved, never one asked for.
/// </summary>
public static class AspirationsApi
{
    public static IEndpointRouteBuilder MapAspirationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/aspirations", Mine).WithName("MyAspirations").RequireAuthorization(Policies.Submit);
        return app;
    }

    private static async Task<IResult> Mine(ClaimsPrincipal user, ValuePictureCache cache, CancellationToken cancellationToken)
    {
        if (Caller.Of(user).Email is not { } email)
            return Problems.Of(StatusCodes.Status403Forbidden, "No email in the sign-in", "Your sign-in carries no email address, so CopOffice cannot tell which stories are yours.");
        var picture = await cache.GetAsync(cancellationToken);
        if (picture.LatestPeriod is null) return TypedResults.Ok(new AspirationsDto(null, []));
        var mine = picture.NextSurveys().Where(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase)).ToList();
        return TypedResults.Ok(new AspirationsDto(mine.FirstOrDefault()?.Period.ToString() ?? picture.LatestPeriod.Value.Next.ToString(),
            [.. mine.SelectMany(s => s.Open.Select(o => new AspirationDto(o.Key, o.Told.ToString(), s.Community, [.. o.Answers.Select(a => a.Text)])))]));
    }
}

/// <summary>The caller's open stories, and the period their next survey is for.</summary>
public sealed record AspirationsDto(string? NextPeriod, IReadOnlyList<AspirationDto> Open);

/// <summary>One open story: its key (what a follow-up names), when and where it was told, and its words.</summary>
public sealed record AspirationDto(string Key, string Told, string Community, IReadOnlyList<string> Words);
