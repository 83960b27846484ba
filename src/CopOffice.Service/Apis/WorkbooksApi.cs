using System.Security.Claims;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;
using CopOffice.Service.Submissions;
using CopOffice.Service.Uploads;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Apis;

/// <summary>A workbook's SharePoint address, as Office.context.document.url gives it.</summary>
public sealed record ByUrlRequest(string? Url);

/// <summary>
/// POST /api/workbooks/validate (a workbook in, the intake's findings out), POST /api/submissions (validate,
/// then store; a receipt back), GET /api/submissions/mine and POST /api/submissions/by-url.
/// </summary>
public static class WorkbooksApi
{
    public static IEndpointRouteBuilder MapWorkbooksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/workbooks/validate", Validate).WithName("ValidateWorkbook").RequireAuthorization(Policies.Signed).RequireRateLimiting(UploadRateLimit.Policy);
        app.MapPost("/api/submissions", Submit).WithName("Submit").RequireAuthorization(Policies.Submit).RequireRateLimiting(UploadRateLimit.Policy);
        app.MapGet("/api/submissions/mine", Mine).WithName("MySubmissions").RequireAuthorization(Policies.Submit);
        app.MapPost("/api/submissions/by-url", ByUrl).WithName("SubmitByUrl").RequireAuthorization(Policies.Submit).RequireRateLimiting(UploadRateLimit.Policy);
        return app;
    }

    private static async Task<IResult> Validate(HttpRequest request, SubmissionDesk desk, IOptionsSnapshot<ServiceOptions> options, CancellationToken cancellationToken)
    {
        var (upload, problem) = await WorkbookUpload.ReadAsync(request, options.Value.Uploads, cancellationToken);
        if (problem is not null) return problem;
        var (result, notOne) = desk.Judge(upload!);
        return notOne ?? TypedResults.Ok(CheckReport.Of(result!));
    }

    private static async Task<IResult> Submit(HttpRequest request, ClaimsPrincipal user, SubmissionDesk desk, IOptionsSnapshot<ServiceOptions> options, CancellationToken cancellationToken)
    {
        var (upload, problem) = await WorkbookUpload.ReadAsync(request, options.Value.Uploads, cancellationToken);
        if (problem is not null) return problem;
        return await desk.SubmitAsync(upload!, Caller.Of(user), cancellationToken);
    }

    private static async Task<IResult> Mine(ClaimsPrincipal user, SubmissionDesk desk, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        if (caller.Email is null)
            return Problems.Of(StatusCodes.Status400BadRequest, "No email in your sign-in",
                "Your submissions are found by your email, and your sign-in carries none" + (caller.IsDevelopment ? " (development mode signs nobody in)." : ". Ask your CopOffice administrator to add the email claim to the app registration."));
        return TypedResults.Ok(await desk.MineAsync(caller.Email, cancellationToken));
    }

    /// <summary>Where Excel cannot hand the file over: the service fetches the SharePoint workbook itself, then submits it.</summary>
    private static async Task<IResult> ByUrl(ByUrlRequest request, ClaimsPrincipal user, SharePointFetch fetch, SubmissionDesk desk, CancellationToken cancellationToken)
    {
        var (upload, problem) = await fetch.FetchAsync(request.Url, cancellationToken);
        if (problem is not null) return problem;
        return await desk.SubmitAsync(upload!, Caller.Of(user), cancellationToken);
    }
}
