using System.CommandLine;
using CopOffice.Service.Hosting;
using CopOffice.Service.Manifest;
using Microsoft.Extensions.Hosting;

namespace CopOffice.Cli.Commands;

/// <summary><c>copoffice serve [--dev] [--urls URL] [--public-url URL] [--data DIR]</c>: the service and the Excel add-in.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var dev = new Option<bool>("--dev")
        {
            Description = "Development mode: accept unauthenticated requests from this computer only, with every role. Off unless given; only with localhost addresses, no sign-in settings and the Development environment; never for real data.",
        };
        var urls = new Option<string?>("--urls")
        {
            Description = "Addresses to listen on, as ASP.NET Core takes them (e.g. https://localhost:3000;http://localhost:5000).",
        };
        var publicUrl = new Option<string?>("--public-url")
        {
            Description = "The public HTTPS address Excel reaches the service at; the add-in manifest and the allowed CORS origin come from it (CopOffice:PublicBaseUrl).",
        };
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "The folder submissions are stored in (CopOffice:Store:Folder; default ./copoffice-data).",
        };
        var command = new Command("serve", "Run the CopOffice service: the Excel add-in's task pane and manifest, and the API it checks and submits workbooks through. Other settings come from appsettings.json and CopOffice__* environment variables.")
        {
            dev,
            urls,
            publicUrl,
            data,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(dev), parse.GetValue(urls), parse.GetValue(publicUrl), parse.GetValue(data),
            parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool dev, string? urls, string? publicUrl, DirectoryInfo? data, TextWriter stderr, CancellationToken cancellationToken)
    {
        var args = new List<string>();
        if (urls is not null) args.Add($"--urls={urls}");
        if (data is not null) args.Add($"--CopOffice:Store:Folder={data.FullName}");
        if (publicUrl is not null)
        {
            if (!AddInManifest.TryParseBaseUrl(publicUrl, out var url, out var error))
            {
                stderr.WriteLine($"copoffice serve: --public-url: {error}");
                return ExitCodes.BadInput;
            }
            args.Add($"--CopOffice:PublicBaseUrl={url.AbsoluteUri}");
        }

        if (dev)
        {
            stderr.WriteLine(new string('!', 100));
            stderr.WriteLine(StartupNotice.DevelopmentBanner);
            stderr.WriteLine(new string('!', 100));
        }
        try
        {
            await using var app = ServiceApp.Build([.. args], development: dev);
            await app.StartAsync(cancellationToken);
            ServiceApp.CheckListening(app);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (ServiceConfigurationException e)
        {
            stderr.WriteLine($"copoffice serve: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
