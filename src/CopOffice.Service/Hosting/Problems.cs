using System.Diagnostics;
using CopOffice.Service.Auth;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CopOffice.Service.Hosting;

/// <summary>
/// Every error a client sees is an RFC 7807 problem-details document whose detail says what to do;
/// never a stack trace. Error statuses without a body (authentication, routing) get their words here.
/// </summary>
public static class Problems
{
    public static IResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    public static IServiceCollection AddCopOfficeProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<UnexpectedErrors>();
        return services;
    }

    public static WebApplication UseCopOfficeProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var (title, detail) = Explain(http);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode, Title = title, Detail = detail },
            });
        });
        return app;
    }

    private static (string Title, string Detail) Explain(HttpContext http) => http.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized when http.Items[DevelopmentAuthentication.RefusedKey] is string reason =>
            ("Development mode is for this computer only", reason),
        StatusCodes.Status401Unauthorized =>
            ("Sign-in needed", "Sign in to CopOffice: the request carried no valid Microsoft Entra ID token for this service (open the add-in again to sign in)."),
        StatusCodes.Status403Forbidden =>
            ("Not allowed", $"Your account lacks the CopOffice role this needs ({string.Join(", ", Roles.All)}). Ask your CopOffice administrator to assign it to you."),
        StatusCodes.Status404NotFound => ("Not found", $"There is nothing at {http.Request.Path}."),
        StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{http.Request.Method} is not allowed on {http.Request.Path}."),
        StatusCodes.Status413PayloadTooLarge => ("Too large", "The request is larger than this service accepts."),
        StatusCodes.Status415UnsupportedMediaType => ("Unsupported content type", "Send the workbook itself, as the body of the request."),
        _ => ("Request failed", $"The request failed with status {http.Response.StatusCode}."),
    };

    /// <summary>
    /// A request Kestrel refused (a body over its limit, a malformed request) is the client's error and says so;
    /// anything else is a bug or an outage: logged with its stack trace, reported to the client by trace id only.
    /// </summary>
    private sealed class UnexpectedErrors(IProblemDetailsService problems, ILogger<UnexpectedErrors> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            ProblemDetails problem;
            if (exception is BadHttpRequestException bad)
            {
                problem = new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request is larger than this service accepts. A filled CopOffice template is well under 1 MB: send the workbook alone."
                    : $"The request could not be read: {bad.Message}" };
            }
            else
            {
                logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "Server error",
                    Detail = "Something went wrong on the CopOffice server. The error is logged; tell your CopOffice administrator the trace id below.",
                };
            }
            http.Response.StatusCode = problem.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = null });
        }
    }
}
