using System.Buffers.Binary;
using System.Net;
using System.Xml.Linq;
using CopOffice.Service.Manifest;

namespace CopOffice.Service.Tests;

/// <summary>The add-in-only XML manifest, checked offline: its structure, its URLs, its resources and its icons.</summary>
public sealed class ManifestTests(DevServiceFactory factory) : IClassFixture<DevServiceFactory>
{
    private static readonly XNamespace O = AddInManifest.Office, Bt = AddInManifest.Bt, Ov = AddInManifest.Ov, Xsi = AddInManifest.Xsi;
    private static readonly Uri Production = new("https://copoffice.contoso.com/");

    [Fact]
    public void Root_is_a_task_pane_app_for_Excel_workbooks_with_a_guid_id_and_a_four_part_version()
    {
        var root = AddInManifest.Create(Production).Root!;
        Assert.Equal(O + "OfficeApp", root.Name);
        Assert.Equal("TaskPaneApp", root.Attribute(Xsi + "type")!.Value);
        Assert.True(Guid.TryParse(root.Element(O + "Id")!.Value, out _));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", root.Element(O + "Version")!.Value);
        Assert.Equal("0.1.0.0", root.Element(O + "Version")!.Value);
        Assert.Equal(["Workbook"], root.Element(O + "Hosts")!.Elements(O + "Host").Select(h => h.Attribute("Name")!.Value));
        Assert.Equal("ReadWriteDocument", root.Element(O + "Permissions")!.Value);
        Assert.Equal("https://copoffice.contoso.com/taskpane.html", root.Element(O + "DefaultSettings")!.Element(O + "SourceLocation")!.Attribute("DefaultValue")!.Value);

        // The schema's order of OfficeApp's children.
        Assert.Equal(["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"],
            root.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void The_ribbon_button_sits_on_the_Home_tab_and_opens_the_task_pane()
    {
        var overrides = AddInManifest.Create(Production).Root!.Element(Ov + "VersionOverrides")!;
        Assert.Equal("VersionOverridesV1_0", overrides.Attribute(Xsi + "type")!.Value);
        var host = overrides.Element(Ov + "Hosts")!.Element(Ov + "Host")!;
        Assert.Equal("Workbook", host.Attribute(Xsi + "type")!.Value);
        var tab = host.Descendants(Ov + "OfficeTab").Single();
        Assert.Equal("TabHome", tab.Attribute("id")!.Value);
        var button = tab.Descendants(Ov + "Control").Single();
        Assert.Equal("Button", button.Attribute(Xsi + "type")!.Value);
        var action = button.Element(Ov + "Action")!;
        Assert.Equal("ShowTaskpane", action.Attribute(Xsi + "type")!.Value);
        Assert.Equal("Taskpane.Url", action.Element(Ov + "SourceLocation")!.Attribute("resid")!.Value);
    }

    [Fact]
    public void Every_resid_resolves_to_a_resource_and_every_resource_is_used()
    {
        var overrides = AddInManifest.Create(Production).Root!.Element(Ov + "VersionOverrides")!;
        var resources = overrides.Element(Ov + "Resources")!.Elements().SelectMany(group => group.Elements()).ToDictionary(r => r.Attribute("id")!.Value, r => r);
        var used = overrides.Descendants().Select(e => e.Attribute("resid")?.Value).OfType<string>().ToHashSet();

        Assert.NotEmpty(used);
        Assert.Equal(used.Order(), resources.Keys.Order());
        Assert.All(resources.Values.Where(r => r.Parent!.Name.LocalName == "ShortStrings"), r => Assert.InRange(r.Attribute("DefaultValue")!.Value.Length, 1, 125));
        Assert.All(resources.Values.Where(r => r.Parent!.Name.LocalName == "LongStrings"), r => Assert.InRange(r.Attribute("DefaultValue")!.Value.Length, 1, 250));
        Assert.Equal([16, 32, 80], overrides.Descendants(Ov + "Control").Single().Element(Ov + "Icon")!.Elements(Bt + "Image").Select(i => int.Parse(i.Attribute("size")!.Value)));
    }

    [Fact]
    public void Every_url_is_https_on_the_environments_own_origin()
    {
        var staging = new Uri("https://staging.contoso.com/copoffice/");
        var urls = Urls(AddInManifest.Create(staging)).ToList();
        Assert.Equal(9, urls.Count);
        Assert.All(urls, url => Assert.StartsWith("https://staging.contoso.com/copoffice/", url));
    }

    [Fact]
    public async Task Every_url_in_the_manifest_is_served_and_the_icons_are_real_pngs_of_their_size()
    {
        var client = factory.CreateClient();
        var manifest = XDocument.Parse(await client.GetStringAsync("/manifest.xml"));
        foreach (var url in Urls(manifest).Distinct())
        {
            var path = new Uri(url).AbsolutePath;
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var size = System.Text.RegularExpressions.Regex.Match(path, @"icon-(\d+)\.png$");
            if (!size.Success) continue;
            Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            var expected = int.Parse(size.Groups[1].Value);
            Assert.Equal(expected, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(expected, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
    }

    [Fact]
    public void One_manifest_per_environment_each_with_its_own_stable_id()
    {
        var production = AddInManifest.IdFor(Production);
        Assert.Equal(production, AddInManifest.IdFor(new Uri("https://COPOFFICE.contoso.com/")));
        Assert.NotEqual(production, AddInManifest.IdFor(new Uri("https://localhost:3000/")));
        Assert.Equal(5, production.ToByteArray(bigEndian: true)[6] >> 4);
        Assert.Equal("CopOffice (this computer)", AddInManifest.Create(new Uri("https://localhost:3000/")).Root!.Element(O + "DisplayName")!.Attribute("DefaultValue")!.Value);
        Assert.Equal("CopOffice", AddInManifest.Create(Production).Root!.Element(O + "DisplayName")!.Attribute("DefaultValue")!.Value);
    }

    [Theory]
    [InlineData("http://copoffice.contoso.com/", "\"http://copoffice.contoso.com/\" is not an HTTPS address: Office loads add-ins over HTTPS only.")]
    [InlineData("copoffice.contoso.com", "\"copoffice.contoso.com\" is not an absolute URL: give the service's public address, e.g. https://copoffice.contoso.com/.")]
    [InlineData("https://copoffice.contoso.com/?env=1", "\"https://copoffice.contoso.com/?env=1\" has a query, fragment or user name: give the plain address the task pane is served from.")]
    public void A_base_url_that_cannot_serve_an_add_in_is_refused(string text, string error)
    {
        Assert.False(AddInManifest.TryParseBaseUrl(text, out _, out var message));
        Assert.Equal(error, message);
    }

    [Fact]
    public void A_base_url_without_a_trailing_slash_keeps_its_path()
    {
        Assert.True(AddInManifest.TryParseBaseUrl("https://contoso.com/copoffice", out var url, out _));
        Assert.Equal("https://contoso.com/copoffice/", url.AbsoluteUri);
    }

    [Fact]
    public async Task Without_a_public_address_the_manifest_endpoint_says_how_to_get_one()
    {
        using var bare = new DevServiceFactory();
        bare.Settings.Remove("CopOffice:PublicBaseUrl");
        var response = await bare.CreateClient().GetAsync("/manifest.xml");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The add-in manifest needs the HTTPS address Excel will load the task pane from. Start the service with --public-url https://… (or set CopOffice:PublicBaseUrl), or write one with `copoffice manifest --base-url https://…`.",
            (await response.ReadJson()).Str("detail"));
    }

    private static IEnumerable<string> Urls(XDocument manifest) => manifest.Descendants()
        .SelectMany(e => e.Attributes("DefaultValue"))
        .Select(a => a.Value)
        .Where(v => v.Contains("://", StringComparison.Ordinal));
}
