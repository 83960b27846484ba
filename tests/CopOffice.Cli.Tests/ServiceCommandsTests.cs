using System.Xml.Linq;

namespace CopOffice.Cli.Tests;

public sealed class ServiceCommandsTests
{
    [Fact]
    public async Task Manifest_writes_the_add_in_manifest_for_the_given_environment()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "manifests", "production.xml");
        var result = await Cli.RunAsync("manifest", "--base-url", "https://copoffice.contoso.com", "--out", path);

        Assert.Equal(0, result.ExitCode);
        var manifest = XDocument.Load(path);
        XNamespace office = "http://schemas.microsoft.com/office/appforoffice/1.1";
        Assert.Equal("https://copoffice.contoso.com/taskpane.html", manifest.Root!.Element(office + "DefaultSettings")!.Element(office + "SourceLocation")!.Attribute("DefaultValue")!.Value);
        var id = manifest.Root!.Element(office + "Id")!.Value;
        Assert.Equal($"Wrote the add-in manifest for https://copoffice.contoso.com/ to {path} (add-in id {id}, version 0.1.0.0).\n", result.Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Manifest_without_out_prints_the_xml()
    {
        var result = await Cli.RunAsync("manifest", "--base-url", "https://localhost:3000/");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("CopOffice (this computer)", XDocument.Parse(result.Output).Root!.Elements().Single(e => e.Name.LocalName == "DisplayName").Attribute("DefaultValue")!.Value);
    }

    [Fact]
    public async Task Manifest_refuses_an_address_office_cannot_load()
    {
        var result = await Cli.RunAsync("manifest", "--base-url", "http://copoffice.contoso.com/");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("copoffice manifest: --base-url: \"http://copoffice.contoso.com/\" is not an HTTPS address: Office loads add-ins over HTTPS only.\n", result.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Serve_refuses_a_public_address_that_is_not_https_before_starting()
    {
        var result = await Cli.RunAsync("serve", "--public-url", "http://copoffice.contoso.com/");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("copoffice serve: --public-url: \"http://copoffice.contoso.com/\" is not an HTTPS address: Office loads add-ins over HTTPS only.\n", result.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Serve_without_sign_in_settings_or_dev_stops_with_what_to_set()
    {
        using var folder = new TempFolder();
        var result = await Cli.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--data", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("copoffice serve: Sign-in is not configured: set CopOffice:Auth:Authority (e.g. https://login.microsoftonline.com/{tenant-id}/v2.0) and CopOffice:Auth:Audience (the API's application id URI), or run `copoffice serve --dev` on this computer only.\n",
            result.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Serve_dev_stops_when_it_would_listen_beyond_this_computer()
    {
        using var folder = new TempFolder();
        var result = await Cli.RunAsync("serve", "--dev", "--urls", "http://0.0.0.0:0", "--data", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^copoffice serve: `--dev` listens on this computer only, and http://0\.0\.0\.0:\d+ can be reached from other computers\. Use --urls with localhost or 127\.0\.0\.1 \(e\.g\. https://localhost:3000\)\.\n$",
            result.Error.Replace("\r\n", "\n")[(result.Error.IndexOf("copoffice serve:", StringComparison.Ordinal))..]);
    }

    [Fact]
    public async Task Serve_with_copoffice_dev_in_the_environment_stops_rather_than_open_development_mode()
    {
        using var folder = new TempFolder();
        Environment.SetEnvironmentVariable("CopOffice__Dev", "true");
        try
        {
            var result = await Cli.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--data", folder.Path);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("copoffice serve: CopOffice:Dev is set (in a settings file or as CopOffice__Dev in the environment), but development mode is turned on only by `copoffice serve --dev`. Remove the setting.\n",
                result.Error.Replace("\r\n", "\n"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CopOffice__Dev", null);
        }
    }
}
