using System.CommandLine;
using CopOffice.Service.Manifest;

namespace CopOffice.Cli.Commands;

/// <summary><c>copoffice manifest --base-url https://... [--out FILE]</c></summary>
public static class ManifestCommand
{
    public static Command Create()
    {
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "The public HTTPS address the CopOffice service (and so the task pane) is reached at, e.g. https://copoffice.contoso.com/. One manifest per environment.",
            Required = true,
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the manifest to this file instead of the standard output." };
        var command = new Command("manifest", "Write the Excel add-in's XML manifest for one environment (sideload it, or upload it in the Microsoft 365 admin center).")
        {
            baseUrl,
            output,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(baseUrl), parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string baseUrl, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        if (!AddInManifest.TryParseBaseUrl(baseUrl, out var url, out var error))
        {
            stderr.WriteLine($"copoffice manifest: --base-url: {error}");
            return ExitCodes.BadInput;
        }
        var xml = AddInManifest.Write(url);
        if (output is null)
        {
            stdout.Write(xml);
            return ExitCodes.Success;
        }
        if (output.Directory is { Exists: false } folder) folder.Create();
        File.WriteAllText(output.FullName, xml);
        stdout.WriteLine($"Wrote the add-in manifest for {url} to {output.FullName} (add-in id {AddInManifest.IdFor(url)}, version {AddInManifest.Version}).");
        return ExitCodes.Success;
    }
}
