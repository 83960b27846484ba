using CopOffice.Service.Apis;
using CopOffice.Service.Auth;
using CopOffice.Service.Reports;
using CopOffice.Service.Submissions;
using CopOffice.Service.Summaries;
using CopOffice.Service.Uploads;
using CopOffice.Store;
using CopOffice.Store.SharePoint;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Hosting;

/// <summary>Builds the CopOffice service: used by its own Program and by <c>copoffice serve</c>.</summary>
public static class ServiceApp
{
    public const string CorsPolicy = "copoffice-addin";

    /// <param name="development">
    /// Development mode (<c>copoffice serve --dev</c>); it runs in the Development environment, which is chosen
    /// here unless the environment names one (then <see cref="DevelopmentMode.Check"/> refuses any other).
    /// </param>
    public static WebApplication Build(string[] args, bool development = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = development && !EnvironmentNamed(args) ? Environments.Development : null,
        });
        builder.Services.AddSingleton(new DevelopmentMode(development));
        builder.Services.AddCopOfficeService(builder.Configuration);
        var app = builder.Build();
        app.UseCopOfficeService();
        return app;
    }

    public static IServiceCollection AddCopOfficeService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceOptions>().Bind(configuration.GetSection(ServiceOptions.Section));
        services.TryAddSingleton(DevelopmentMode.Disabled);
        services.AddSingleton<OrganisationRules>();
        services.AddHostedService<StartupNotice>();
        services.AddSingleton<IDocumentStore>(sp => OpenStore(sp.GetRequiredService<IOptions<ServiceOptions>>().Value, configuration));
        services.AddSingleton(SharePointFetch.Graph(configuration));
        services.AddScoped<SharePointFetch>();
        services.AddSingleton<ReportTrigger>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<SubmissionDesk>();
        services.AddSingleton<ValuePictureCache>();
        services.AddSingleton<IReportPipeline, PipelineReports>();
        services.AddSingleton<ReportRegeneration>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportRegeneration>());

        services.AddCopOfficeProblems();
        services.AddCopOfficeAuthentication();
        services.AddUploadRateLimit();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ServiceOptions>>((cors, o) => cors.AddPolicy(CorsPolicy, policy =>
        {
            // Only the add-in's own origin; with none configured, no cross-origin caller at all.
            if (o.Value.AddInOrigin is { } origin) policy.WithOrigins(origin).WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type", DevelopmentMode.Header);
        }));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServiceOptions>>((kestrel, o) =>
            // Room for a workbook at the upload limit plus its multipart wrapping; the endpoints check the exact limit.
            kestrel.Limits.MaxRequestBodySize = o.Value.Uploads.MaxBytes + 64 * 1024);
        services.AddHealthChecks();
        return services;
    }

    public static WebApplication UseCopOfficeService(this WebApplication app)
    {
        app.UseCopOfficeProblems();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.MapGet("/", () => Results.Redirect("/taskpane.html")).ExcludeFromDescription();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(ServiceApp).Assembly, "CopOffice.Service.wwwroot"),
            // Always revalidate: a redeployed task pane must not run against a stale script.
            OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapAddInApi();
        app.MapFrameworkApi();
        app.MapAnswersApi();
        app.MapMeApi();
        app.MapWorkbooksApi();
        app.MapSummariesApi();
        app.MapAspirationsApi();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }

    /// <summary>Whether the environment is named by the process environment or the command line.</summary>
    private static bool EnvironmentNamed(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
        || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));

    /// <summary>Development mode refuses to run once the server listens anywhere but this computer.</summary>
    public static void CheckListening(WebApplication app) =>
        app.Services.GetRequiredService<DevelopmentMode>().CheckListening(app.Urls);

    /// <summary>The SharePoint library folder of CopOffice:Store:Location (signed in as Graph:* says), else the local folder.</summary>
    private static IDocumentStore OpenStore(ServiceOptions options, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(options.Store.Location))
        {
            Directory.CreateDirectory(options.Store.Folder);
            return new LocalFolderStore(options.Store.Folder);
        }
        try
        {
            return StoreLocation.Open(options.Store.Location, configuration);
        }
        catch (StoreException e)
        {
            throw new ServiceConfigurationException($"CopOffice:Store:Location: {e.Message}", e);
        }
    }
}
