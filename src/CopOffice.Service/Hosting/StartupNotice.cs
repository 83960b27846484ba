using CopOffice.Intake;
using CopOffice.Questionnaires;
using CopOffice.Store;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Hosting;

/// <summary>
/// Checks the settings as the service starts (a bad communities list or missing sign-in settings stop it
/// with a message naming the setting) and states development mode loudly.
/// </summary>
public sealed class StartupNotice(
    IOptions<ServiceOptions> options,
    DevelopmentMode dev,
    IHostEnvironment environment,
    IConfiguration configuration,
    OrganisationRules rules,
    IServiceProvider services,
    ILogger<StartupNotice> logger) : IHostedService
{
    public const string DevelopmentBanner =
        "DEVELOPMENT MODE: CopOffice accepts UNAUTHENTICATED requests from this computer (loopback addresses, to localhost) with every role. Never use it for real data or on a shared machine.";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        dev.Check(o, environment, configuration);
        if (dev.On)
        {
            logger.LogWarning("{Banner}", DevelopmentBanner);
        }
        else if (string.IsNullOrWhiteSpace(o.Auth.Authority) || string.IsNullOrWhiteSpace(o.Auth.Audience))
        {
            throw new ServiceConfigurationException(
                "Sign-in is not configured: set CopOffice:Auth:Authority (e.g. https://login.microsoftonline.com/{tenant-id}/v2.0) and CopOffice:Auth:Audience (the API's application id URI), or run `copoffice serve --dev` on this computer only.");
        }
        if (string.IsNullOrWhiteSpace(o.Communities))
        {
            // Without the list, any spelling is a community of its own: "Data Science?" would be a second
            // community beside "Data Science", and a member could open new ones at will.
            if (!dev.On)
                throw new ServiceConfigurationException(
                    "CopOffice:Communities is not set: the service checks each submission's community against the organisation's list of communities (.csv or .xlsx with a \"Community\" column, the one `copoffice templates --communities` took). Set it to that file.");
            logger.LogWarning("No list of communities (CopOffice:Communities): development mode takes every community name as written.");
        }
        OrganisationLists lists;
        try
        {
            lists = rules.Lists;
        }
        catch (InputFileException e)
        {
            throw new ServiceConfigurationException($"CopOffice:Communities or CopOffice:Roster: {e.Message}", e);
        }
        try
        {
            _ = o.Privacy.Options;
        }
        catch (ArgumentException e)
        {
            throw new ServiceConfigurationException($"CopOffice:Privacy:MinGroupSize: {e.Message}", e);
        }
        // Open the store now, so that a store that cannot be used stops the start rather than the first submission.
        var store = services.GetRequiredService<IDocumentStore>();
        logger.LogInformation("Store: {Store}; communities known: {Count}", store.Description, lists.Communities.Count);
        if (o.PublicBaseUrl is null)
            logger.LogWarning("No public address (CopOffice:PublicBaseUrl): /manifest.xml is not served and CORS admits no other origin.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
