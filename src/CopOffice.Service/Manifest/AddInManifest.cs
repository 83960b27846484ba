using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CopOffice.Service.Manifest;

/// <summary>
/// The add-in-only XML manifest (a TaskPaneApp for Excel with a Home-tab button), one per environment:
/// every URL in it is on the environment's public HTTPS base URL, and its id is derived from that URL so
/// that regenerating the manifest for the same environment gives the same add-in.
/// The unified JSON manifest is not used: it does not reach perpetual (volume-licensed) Office.
/// </summary>
public static class AddInManifest
{
    public static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    public const string TaskPanePage = "taskpane.html";
    public const string AboutPage = "about.html";

    /// <summary>The icon sizes the ribbon asks for (16, 32, 80) and the add-in list's high-resolution icon (64).</summary>
    public static IReadOnlyList<int> IconSizes { get; } = [16, 32, 64, 80];

    public static string IconPath(int size) => $"assets/icon-{size}.png";

    /// <summary>A base URL fit for a manifest: absolute HTTPS (Office loads add-ins over HTTPS only), no query, ending in '/'.</summary>
    public static bool TryParseBaseUrl(string? text, out Uri baseUrl, out string error)
    {
        baseUrl = null!;
        error = "";
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri))
        {
            error = $"\"{text}\" is not an absolute URL: give the service's public address, e.g. https://copoffice.contoso.com/.";
            return false;
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"\"{text}\" is not an HTTPS address: Office loads add-ins over HTTPS only.";
            return false;
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            error = $"\"{text}\" has a query, fragment or user name: give the plain address the task pane is served from.";
            return false;
        }
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        baseUrl = new UriBuilder(uri) { Path = path }.Uri;
        return true;
    }

    /// <summary>The add-in's id for this environment: a name-based (SHA-1, version 5) UUID of the base URL.</summary>
    public static Guid IdFor(Uri baseUrl)
    {
        // A fixed namespace of CopOffice's own, so the ids are CopOffice's and no one else's.
        var ns = new Guid("6f1c2a8e-3b7d-4e59-9a0c-5d2e8b4f7a13").ToByteArray(bigEndian: true);
        var name = Encoding.UTF8.GetBytes(baseUrl.AbsoluteUri.ToLowerInvariant());
        var hash = SHA1.HashData([.. ns, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The manifest's four-part version, from the assembly's version.</summary>
    public static string Version
    {
        get
        {
            var v = typeof(AddInManifest).Assembly.GetName().Version ?? new Version(1, 0, 0, 0);
            return $"{v.Major}.{v.Minor}.{Math.Max(v.Build, 0)}.{Math.Max(v.Revision, 0)}";
        }
    }

    public static XDocument Create(Uri baseUrl)
    {
        string Url(string relative) => new Uri(baseUrl, relative).AbsoluteUri;
        var environment = baseUrl.IsLoopback ? " (this computer)" : "";

        XElement Icon() => new(Ov + "Icon", new[] { 16, 32, 80 }.Select(s => new XElement(Bt + "Image", new XAttribute("size", s), new XAttribute("resid", $"Icon.{s}"))));

        // VersionOverrides declares its own default namespace, as Office's own samples do.
        var overrides = new XElement(Ov + "VersionOverrides", new XAttribute("xmlns", Ov.NamespaceName), new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            new XElement(Ov + "Hosts",
                new XElement(Ov + "Host", new XAttribute(Xsi + "type", "Workbook"),
                    new XElement(Ov + "DesktopFormFactor",
                        new XElement(Ov + "GetStarted",
                            new XElement(Ov + "Title", new XAttribute("resid", "GetStarted.Title")),
                            new XElement(Ov + "Description", new XAttribute("resid", "GetStarted.Description")),
                            new XElement(Ov + "LearnMoreUrl", new XAttribute("resid", "GetStarted.LearnMoreUrl"))),
                        new XElement(Ov + "ExtensionPoint", new XAttribute(Xsi + "type", "PrimaryCommandSurface"),
                            new XElement(Ov + "OfficeTab", new XAttribute("id", "TabHome"),
                                new XElement(Ov + "Group", new XAttribute("id", "CopOffice.Group"),
                                    new XElement(Ov + "Label", new XAttribute("resid", "Group.Label")),
                                    Icon(),
                                    new XElement(Ov + "Control", new XAttribute(Xsi + "type", "Button"), new XAttribute("id", "CopOffice.TaskpaneButton"),
                                        new XElement(Ov + "Label", new XAttribute("resid", "Button.Label")),
                                        new XElement(Ov + "Supertip",
                                            new XElement(Ov + "Title", new XAttribute("resid", "Button.Label")),
                                            new XElement(Ov + "Description", new XAttribute("resid", "Button.Tooltip"))),
                                        Icon(),
                                        new XElement(Ov + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"),
                                            new XElement(Ov + "TaskpaneId", "CopOffice.Taskpane"),
                                            new XElement(Ov + "SourceLocation", new XAttribute("resid", "Taskpane.Url")))))))))),
            new XElement(Ov + "Resources",
                new XElement(Bt + "Images", new[] { 16, 32, 80 }.Select(s => Resource("Image", $"Icon.{s}", Url(IconPath(s))))),
                new XElement(Bt + "Urls",
                    Resource("Url", "Taskpane.Url", Url(TaskPanePage)),
                    Resource("Url", "GetStarted.LearnMoreUrl", Url(AboutPage))),
                new XElement(Bt + "ShortStrings",
                    Resource("String", "GetStarted.Title", "CopOffice is ready"),
                    Resource("String", "Group.Label", "CopOffice"),
                    Resource("String", "Button.Label", "CopOffice")),
                new XElement(Bt + "LongStrings",
                    Resource("String", "GetStarted.Description", "Open CopOffice from the Home tab to fill in, check and submit your community of practice template."),
                    Resource("String", "Button.Tooltip", "Check and submit this CopOffice template: progress, findings and a receipt."))));

        var app = new XElement(Office + "OfficeApp",
            new XAttribute("xmlns", Office.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bt", Bt.NamespaceName),
            new XAttribute(Xsi + "type", "TaskPaneApp"),
            new XElement(Office + "Id", IdFor(baseUrl).ToString()),
            new XElement(Office + "Version", Version),
            new XElement(Office + "ProviderName", "CopOffice"),
            new XElement(Office + "DefaultLocale", "en-US"),
            new XElement(Office + "DisplayName", new XAttribute("DefaultValue", "CopOffice" + environment)),
            new XElement(Office + "Description", new XAttribute("DefaultValue", "Fill in, check and submit your community of practice templates: value survey, health check, leadership roles.")),
            new XElement(Office + "IconUrl", new XAttribute("DefaultValue", Url(IconPath(32)))),
            new XElement(Office + "HighResolutionIconUrl", new XAttribute("DefaultValue", Url(IconPath(64)))),
            new XElement(Office + "SupportUrl", new XAttribute("DefaultValue", Url(AboutPage))),
            new XElement(Office + "Hosts", new XElement(Office + "Host", new XAttribute("Name", "Workbook"))),
            new XElement(Office + "Requirements",
                new XElement(Office + "Sets", new XAttribute("DefaultMinVersion", "1.1"),
                    new XElement(Office + "Set", new XAttribute("Name", "ExcelApi"), new XAttribute("MinVersion", "1.4")))),
            new XElement(Office + "DefaultSettings", new XElement(Office + "SourceLocation", new XAttribute("DefaultValue", Url(TaskPanePage)))),
            new XElement(Office + "Permissions", "ReadWriteDocument"),
            overrides);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), app);
    }

    public static string Write(Uri baseUrl)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings)) Create(baseUrl).Save(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static XElement Resource(string kind, string id, string value) =>
        new(Bt + kind, new XAttribute("id", id), new XAttribute("DefaultValue", value));
}
