using System.Net;
using CopOffice.Service;
using CopOffice.Service.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CopOffice.Service.Tests;

/// <summary>
/// The service in-process (production environment, so errors look as clients see them), with its store in
/// a temporary folder. Requests through the test server come from 127.0.0.1 unless the test header
/// X-Test-Remote-Address names another address.
/// </summary>
public class ServiceFactory : WebApplicationFactory<Program>
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";
    public const string LocalAddressHeader = "X-Test-Local-Address";

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "copoffice-service-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Development mode, as `copoffice serve --dev` sets it: the Development environment, and the task pane's header on every request.</summary>
    public bool Dev { get; }

    /// <summary>The hosting environment; Development in development mode, else Production.</summary>
    public string? EnvironmentName { get; init; }

    public ServiceFactory(bool dev = true)
    {
        Dev = dev;
        Directory.CreateDirectory(DataFolder);
        Settings["CopOffice:Store:Folder"] = DataFolder;
        Settings["CopOffice:PublicBaseUrl"] = "https://copoffice.contoso.com/";
    }

    /// <summary>An organisation's list of communities beside the data folder (not in the store), for CopOffice:Communities.</summary>
    public string WriteCommunities(params string[] communities)
    {
        var path = DataFolder + ".communities.csv";
        File.WriteAllLines(path, ["Community", .. communities]);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName ?? (Dev ? "Development" : "Production"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, RemoteAddress>();
            if (Dev) services.AddSingleton(DevelopmentMode.Enabled);
            TestServices?.Invoke(services);
        });
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (Dev) client.DefaultRequestHeaders.Add(DevelopmentMode.Header, "test");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
        if (disposing) File.Delete(DataFolder + ".communities.csv");
    }

    /// <summary>
    /// The test server leaves the remote address empty; a real connection from this computer has 127.0.0.1.
    /// The local address stays unknown unless a test names one.
    /// </summary>
    private sealed class RemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
                else context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                if (context.Request.Headers.TryGetValue(LocalAddressHeader, out var local)) context.Connection.LocalIpAddress = IPAddress.Parse(local!);
                await rest();
            });
            next(app);
        };
    }
}

/// <summary>The service in development mode, shared by a test class.</summary>
public sealed class DevServiceFactory : ServiceFactory
{
    public DevServiceFactory() : base(dev: true) { }
}

/// <summary>A temporary folder removed after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "copoffice-test-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
