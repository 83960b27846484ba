using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CopOffice.Service.Tests.TaskPane;

/// <summary>
/// The service on a real port (Kestrel on 127.0.0.1, development mode) and Debian's Chromium driven by
/// Playwright. Playwright's own browser download cannot work here, so the system browser is used; the
/// real office.js comes from the npm package @microsoft/office-js, installed on first use.
/// </summary>
public sealed class TaskPaneFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    public DevServiceFactory Service { get; } = new();
    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string OfficeJsFolder { get; private set; } = null!;
    public string StandIn { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TaskPane", "excel-standin.js"));
    public string Artifacts { get; } = Path.Combine(Repository.Root, "tests", "CopOffice.Service.Tests", "artifacts");

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        await SystemChromium.EnsureAsync(Chromium);
        OfficeJsFolder = await OfficeJs.EnsureAsync();
        Directory.CreateDirectory(Artifacts);

        Service.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        Service.StartServer();
        var address = Service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Service.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TaskPaneCollection : ICollectionFixture<TaskPaneFixture>
{
    public const string Name = "task pane in Chromium";
}

/// <summary>
/// Debian's Chromium, installed with apt-get on first use when the tests run as root (a fresh CI machine),
/// so that `dotnet test CopOffice.sln` needs nothing installed beforehand; otherwise the failure says what to run.
/// </summary>
internal static class SystemChromium
{
    public static async Task EnsureAsync(string path)
    {
        if (File.Exists(path)) return;
        const string install = "apt-get install -y --no-install-recommends chromium fonts-liberation";
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
            throw new InvalidOperationException($"The task pane tests need Debian's Chromium at {path}, and they can install it only as root on Debian: run `sudo {install}` (or `bash .ci/run`, which installs it).");
        foreach (var arguments in new[] { "apt-get update -qq", install })
        {
            var apt = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" },
            })!;
            var stderr = apt.StandardError.ReadToEndAsync();
            await apt.StandardOutput.ReadToEndAsync();
            if (!apt.WaitForExit(TimeSpan.FromMinutes(10))) apt.Kill(entireProcessTree: true);
            if (apt.ExitCode != 0)
                throw new InvalidOperationException($"`{arguments}` failed ({apt.ExitCode}) while installing Chromium for the task pane tests: {await stderr}");
        }
        if (!File.Exists(path)) throw new InvalidOperationException($"apt-get installed chromium, but {path} is still missing.");
    }
}

/// <summary>The npm folder of the task pane tests, with @microsoft/office-js installed (npm ci on first use).</summary>
internal static class OfficeJs
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static string Modules => Path.Combine(Repository.Root, "tests", "CopOffice.Service.Tests", "TaskPane", "node_modules");

    /// <summary>axe-core's script, injected into the pane to check it for accessibility.</summary>
    public static string AxeScript => Path.Combine(Modules, "axe-core", "axe.min.js");

    /// <summary>Office.js's TypeScript declarations: each member's "[Api set: ExcelApi 1.7]".</summary>
    public static string OfficeTypes => Path.Combine(Modules, "@types", "office-js", "index.d.ts");

    public static async Task<string> EnsureAsync()
    {
        var folder = Path.Combine(Repository.Root, "tests", "CopOffice.Service.Tests", "TaskPane");
        var dist = Path.Combine(folder, "node_modules", "@microsoft", "office-js", "dist");
        await Gate.WaitAsync();
        try
        {
            // office.js, axe-core (accessibility) and @types/office-js (the requirement set of each member), as package-lock.json pins them.
            if (!File.Exists(Path.Combine(dist, "office.js")) || !File.Exists(AxeScript) || !File.Exists(OfficeTypes))
            {
                var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
                {
                    WorkingDirectory = folder,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                }) ?? throw new InvalidOperationException("npm could not be started: install Node.js and npm.");
                var stderr = npm.StandardError.ReadToEndAsync();
                await npm.StandardOutput.ReadToEndAsync();
                if (!npm.WaitForExit(TimeSpan.FromMinutes(5))) npm.Kill(entireProcessTree: true);
                if (npm.ExitCode != 0 || !File.Exists(Path.Combine(dist, "office.js")) || !File.Exists(AxeScript) || !File.Exists(OfficeTypes))
                    throw new InvalidOperationException($"npm ci in {folder} did not install @microsoft/office-js, axe-core and @types/office-js: {await stderr}");
            }
            return dist;
        }
        finally
        {
            Gate.Release();
        }
    }
}
