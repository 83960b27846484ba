using Microsoft.Playwright;

namespace CopOffice.Service.Tests.TaskPane;

/// <summary>
/// One task pane in a browser tab, 360 × 700 pixels as Excel usually shows it. The CDN's office.js is answered
/// from the npm package (with the Excel stand-in after it when a workbook is given); any other address
/// off this computer is refused and recorded, so a test can prove the pane fetched nothing else.
/// </summary>
public sealed class TaskPaneSession : IAsyncDisposable
{
    private const string OfficeCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";

    private readonly IBrowserContext _context;
    public IPage Page { get; }
    public List<string> Refused { get; } = [];
    public List<string> Errors { get; } = [];
    public List<string> OfficeFiles { get; } = [];
    public List<string> Scripts { get; } = [];
    public int FilesHandedOver { get; private set; }

    private TaskPaneSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    /// <param name="initScript">Script run before the page's own, e.g. a stand-in for MSAL.js that hands over a test token.</param>
    public static async Task<TaskPaneSession> OpenAsync(TaskPaneFixture fixture, ExcelWorkbook? workbook, Uri? service = null, string? initScript = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 700 }, Locale = "en-GB" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new TaskPaneSession(context, page);
        page.PageError += (_, error) => session.Errors.Add(error);

        // Routed for the whole context, so that windows the page opens (a sign-in popup) are held to the same rules.
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(OfficeCdn, StringComparison.Ordinal))
            {
                var relative = new Uri(url).AbsolutePath["/lib/1/hosted/".Length..];
                session.OfficeFiles.Add(relative);
                var path = Path.GetFullPath(Path.Combine(fixture.OfficeJsFolder, relative));
                if (!path.StartsWith(fixture.OfficeJsFolder, StringComparison.Ordinal) || !File.Exists(path))
                {
                    await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
                    return;
                }
                var script = await File.ReadAllTextAsync(path);
                if (relative == "office.js" && workbook is not null) script += "\n;\n" + fixture.StandIn;
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = script });
                return;
            }
            var uri = new Uri(url);
            if (uri.IsLoopback && uri.AbsolutePath == "/__excel/file" && workbook is not null)
            {
                session.FilesHandedOver++;
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = Workbooks.Xlsx, BodyBytes = workbook.FileFor(route.Request.PostData!) });
                return;
            }
            if (uri.IsLoopback)
            {
                if (uri.AbsolutePath.EndsWith(".js", StringComparison.Ordinal)) session.Scripts.Add(uri.AbsolutePath);
                await route.ContinueAsync();
                return;
            }
            session.Refused.Add(url);
            await route.AbortAsync();
        });
        if (workbook is not null) await page.AddInitScriptAsync($"window.__excelWorkbook = {workbook.ToJson()};");
        if (initScript is not null) await page.AddInitScriptAsync(initScript);
        await page.GotoAsync(new Uri(service ?? fixture.BaseUrl, "taskpane.html").AbsoluteUri);
        return session;
    }

    public Task SetAsync(string name, object? value) => Page.EvaluateAsync("([n, v]) => window.__excel.set(n, v)", new object?[] { name, value });

    public Task<string?> SelectedAsync() => Page.EvaluateAsync<string?>("() => window.__excel.state.selected");

    public Task<string[]> HostLogAsync() => Page.EvaluateAsync<string[]>("() => window.__excel.log");

    public Task ScreenshotAsync(string path) => Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

    /// <summary>What the member sees: the 360 × 700 viewport only.</summary>
    public Task ViewportShotAsync(string path) => Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });

    /// <summary>axe-core's serious and critical violations of the page as it stands, one line each.</summary>
    public async Task<string[]> AccessibilityProblemsAsync()
    {
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = OfficeJs.AxeScript });
        return await Page.EvaluateAsync<string[]>(@"async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }");
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
