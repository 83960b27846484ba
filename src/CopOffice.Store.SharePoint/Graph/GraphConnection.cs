using System.Net;
using Azure.Core;
using CopOffice.Store.SharePoint.Configuration;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CopOffice.Store.SharePoint.Graph;

/// <summary>
/// One signed-in GraphServiceClient with its handlers set deliberately:
/// <list type="bullet">
/// <item>the bearer token goes only to the configured Graph host (the auth provider's allowed hosts), so
/// pre-authenticated download and upload URLs on SharePoint hosts never receive it;</item>
/// <item>redirects are followed by Kiota's RedirectHandler, which drops the Authorization header when the
/// host changes (the platform's own redirects are off);</item>
/// <item>429, 503 and 504 are retried by the SDK's RetryHandler, honouring Retry-After;</item>
/// <item>the user agent is decorated as SharePoint's throttling guidance asks: ISV|CopOffice|CopOffice/&lt;version&gt;;</item>
/// <item>every call has a deadline (<see cref="GraphSettings.Timeout"/>), its retries and its body included.</item>
/// </list>
/// </summary>
public sealed class GraphConnection : IDisposable
{
    /// <summary>SharePoint's throttling guidance: "ISV|Company|App" as the product, the version after the slash.</summary>
    public const string UserAgentProduct = "ISV|CopOffice|CopOffice";

    private readonly HttpClient _httpClient;

    public GraphConnection(GraphSettings settings, TokenCredential credential, HttpMessageHandler? transport = null)
    {
        Settings = settings;
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        Replace(handlers, new RetryHandler(new RetryHandlerOption { MaxRetry = settings.MaxRetries, Delay = settings.RetryDelaySeconds }));
        Replace(handlers, new RedirectHandler(new RedirectHandlerOption { MaxRedirect = 5, AllowRedirectOnSchemeChange = false }));
        Replace(handlers, new UserAgentHandler(new UserAgentHandlerOption { ProductName = UserAgentProduct, ProductVersion = Version }));
        // Inside the retry handler, so that each try passes the gate and a throttled answer pauses every request.
        Throttle = new ThrottleGate(MaxRequestsInFlight);
        handlers.Insert(handlers.ToList().FindIndex(h => h is RetryHandler) + 1, Throttle);
        transport ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // the RedirectHandler follows redirects, and strips the token across hosts
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(30, settings.Timeout.TotalSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _httpClient = GraphClientFactory.Create(handlers, finalHandler: transport);
        _httpClient.Timeout = settings.Timeout;
        var authentication = new AzureIdentityAuthenticationProvider(credential, allowedHosts: [settings.Host], observabilityOptions: null,
            isCaeEnabled: settings.Credential != CredentialKind.Token, scopes: [settings.Scope]);
        Client = new GraphServiceClient(_httpClient, authentication, settings.BaseUrl.AbsoluteUri);
    }

    /// <summary>Signs in as <paramref name="settings"/> say; <paramref name="prompts"/> receives the device code message.</summary>
    public static GraphConnection Open(GraphSettings settings, TextWriter? prompts = null) =>
        new(settings, GraphCredentials.Create(settings, prompts));

    public GraphSettings Settings { get; }

    public GraphServiceClient Client { get; }

    /// <summary>The most requests in flight at once on one connection, before throttling lowers it.</summary>
    public const int MaxRequestsInFlight = 64;

    /// <summary>The connection's throttling: how many requests may be in flight now, and until when all wait.</summary>
    internal ThrottleGate Throttle { get; }

    /// <summary>
    /// The HTTP pipeline under <see cref="Client"/> (retries, throttling, user agent, redirects) without sign-in:
    /// the Graph client adds the token per request, so what this sends carries none. For pre-authenticated URLs.
    /// </summary>
    internal HttpClient Http => _httpClient;

    /// <summary>CopOffice's version as it appears in the user agent: 0.1.0.</summary>
    public static string Version { get; } = typeof(GraphConnection).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    public static string UserAgent => $"{UserAgentProduct}/{Version}";

    /// <summary>
    /// Runs one Graph call with its deadline. A call that outlives it ends in a <see cref="TimeoutException"/>;
    /// the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    internal async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Settings.Timeout);
        try
        {
            return await call(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Microsoft Graph did not answer within {Settings.Timeout.TotalSeconds:0} s ({GraphSettings.Section}:TimeoutSeconds).", e);
        }
    }

    internal Task CallAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        CallAsync(async token => { await call(token).ConfigureAwait(false); return true; }, cancellationToken);

    public void Dispose()
    {
        Client.Dispose();
        _httpClient.Dispose();
    }

    private static void Replace<T>(IList<DelegatingHandler> handlers, T configured) where T : DelegatingHandler
    {
        var index = handlers.ToList().FindIndex(h => h is T);
        if (index < 0) throw new InvalidOperationException($"The Graph SDK's default handlers no longer include {typeof(T).Name}: review GraphConnection.");
        handlers[index].Dispose();
        handlers[index] = configured;
    }
}
