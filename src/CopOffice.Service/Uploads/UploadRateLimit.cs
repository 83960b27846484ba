using System.Globalization;
using System.Threading.RateLimiting;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Uploads;

/// <summary>
/// Workbook uploads (validate, submit, by-url) are parsed on the server: each caller gets
/// <see cref="UploadSettings.PerMinute"/> of them a minute, so that one member cannot keep the service's
/// cores busy for everyone else. Callers are told by sign-in (by address in development mode).
/// </summary>
public static class UploadRateLimit
{
    public const string Policy = "uploads";

    public static IServiceCollection AddUploadRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.Of(StatusCodes.Status429TooManyRequests, "Too many workbooks at once",
                    $"This service takes {context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<ServiceOptions>>().CurrentValue.Uploads.PerMinute} workbooks a minute from one person. Wait {Math.Ceiling(retry.TotalSeconds):0} seconds and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptionsMonitor<ServiceOptions>>().CurrentValue.Uploads.PerMinute;
                var caller = Caller.Of(context.User).Email ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, perMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
