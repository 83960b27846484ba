using System.Net;
using CopOffice.Service;
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

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "copoffice-service-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? TestServices { get; init; }

    public ServiceFactory(bool dev = true)
    {
        Directory.CreateDirectory(DataFolder);
        Settings["CopOffice:Store:Folder"] = DataFolder;
        Settings["CopOffice:Dev"] = dev ? "true" : "false";
        Settings["CopOffice:PublicBaseUrl"] = "https://copoffice.contoso.com/";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, RemoteAddress>();
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
    }

    /// <summary>The test server leaves the remote address empty; a real connection from this computer has 127.0.0.1.</summary>
    private sealed class RemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
                else context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
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
