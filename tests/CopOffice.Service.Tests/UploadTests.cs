using System.Net;
using System.Text;
using static CopOffice.Service.Tests.WorkbooksApiTests;

namespace CopOffice.Service.Tests;

/// <summary>Bad uploads: size limits, content types and file signatures, each a problem a person can act on.</summary>
public sealed class UploadTests
{
    private static async Task<(HttpStatusCode Status, string Title, string Detail)> Post(ServiceFactory factory, HttpContent content, string path = "/api/workbooks/validate")
    {
        var response = await factory.CreateClient().PostAsync(path, content);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadJson();
        return (response.StatusCode, problem.Str("title"), problem.Str("detail"));
    }

    [Fact]
    public async Task A_workbook_over_the_limit_is_refused_before_it_is_read()
    {
        using var factory = new DevServiceFactory();
        factory.Settings["CopOffice:Uploads:MaxBytes"] = "5000";
        var (status, title, detail) = await Post(factory, Body(Workbooks.Survey(Workbooks.ValidSurvey())), "/api/submissions");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("Workbook too large", title);
        Assert.Equal("The workbook is larger than 4.9 KB, the most this service accepts. A filled CopOffice template is well under 1 MB: remove pictures or extra sheets, or start again from the template.", detail);
    }

    [Fact]
    public async Task A_body_without_a_length_is_still_cut_off_at_the_limit()
    {
        using var factory = new DevServiceFactory();
        factory.Settings["CopOffice:Uploads:MaxBytes"] = "1048576";
        var content = new StreamContent(new MemoryStream([.. Workbooks.ZipThatIsNoWorkbook(), .. new byte[2 * 1048576]]));
        content.Headers.ContentType = new("application/octet-stream");
        content.Headers.ContentLength = null;
        var (status, _, detail) = await Post(factory, content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith("The workbook is larger than 1 MB", detail);
    }

    [Fact]
    public async Task Shared_strings_past_the_upload_cap_reject_the_workbook_before_the_parser_holds_them()
    {
        using var factory = new DevServiceFactory();
        // A real survey whose shared strings are 9 MB of text that packs as text does (well under the 10 MB upload limit).
        var bytes = Workbooks.Survey(Workbooks.ValidSurvey());
        using (var package = new MemoryStream())
        {
            package.Write(bytes);
            using (var zip = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                zip.GetEntry("xl/sharedStrings.xml")!.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open());
                writer.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                var random = new Random(7);
                var chunk = new byte[600];
                for (var i = 0; i < 12_000; i++)
                {
                    random.NextBytes(chunk);
                    writer.Write($"<si><t>{Convert.ToBase64String(chunk)}</t></si>");
                }
                writer.Write("</sst>");
            }
            bytes = package.ToArray();
        }
        Assert.InRange(bytes.Length, 5_000_000, 9_000_000);

        var json = await (await factory.CreateClient().PostAsync("/api/workbooks/validate?name=survey.xlsx", Body(bytes))).ReadJson();

        Assert.Equal("rejected", json.Str("status"));
        Assert.Equal("The workbook's shared strings (xl/sharedStrings.xml) would unpack to 9.3 MB, more than the 8 MB CopOffice reads of one part: no filled template or Forms export has that much. Check that this is the right file.",
            json.GetProperty("findings")[0].Str("message"));
    }

    [Fact]
    public async Task Text_sent_as_a_workbook_is_refused_by_its_first_bytes()
    {
        using var factory = new DevServiceFactory();
        var (status, title, detail) = await Post(factory, Body(Encoding.UTF8.GetBytes("name,email\nAna,ana@contoso.com\n")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("Not an Excel workbook", title);
        Assert.Equal("The file is not an Excel workbook: it starts neither like an .xlsx file (a zip package) nor like an .xls file. Open it in Excel, save it as an Excel Workbook (.xlsx) and send that.", detail);
    }

    [Fact]
    public async Task A_content_type_that_is_no_workbook_is_refused()
    {
        using var factory = new DevServiceFactory();
        var (status, _, detail) = await Post(factory, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.StartsWith("\"application/json\" is not a workbook type. Send an Excel workbook (.xlsx, .xlsm or .xls) as the request body", detail);
    }

    [Fact]
    public async Task A_declared_type_that_the_bytes_contradict_is_refused()
    {
        using var factory = new DevServiceFactory();
        var (status, _, detail) = await Post(factory, Body(Workbooks.Survey(Workbooks.ValidSurvey()), "application/vnd.ms-excel"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("The request says \"application/vnd.ms-excel\" but the file is an .xlsx-style zip package. Send the file with its own content type, or as application/octet-stream.", detail);
    }

    [Fact]
    public async Task An_empty_body_says_what_to_send()
    {
        using var factory = new DevServiceFactory();
        var (status, _, detail) = await Post(factory, Body([]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The request is empty. Send an Excel workbook", detail);
    }

    [Fact]
    public async Task Unknown_paths_and_methods_are_problems_too()
    {
        using var factory = new DevServiceFactory();
        var client = factory.CreateClient();
        var missing = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("There is nothing at /api/nothing-here.", (await missing.ReadJson()).Str("detail"));
        var wrong = await client.DeleteAsync("/api/framework");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Equal("DELETE is not allowed on /api/framework.", (await wrong.ReadJson()).Str("detail"));
    }

    [Fact]
    public async Task Cors_admits_the_add_ins_own_origin_only()
    {
        using var factory = new DevServiceFactory();
        var client = factory.CreateClient();
        async Task<string?> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/answers/validate");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }
        Assert.Equal("https://copoffice.contoso.com", await Preflight("https://copoffice.contoso.com"));
        Assert.Null(await Preflight("https://evil.example"));
        Assert.Null(await Preflight("http://copoffice.contoso.com"));
    }
}
