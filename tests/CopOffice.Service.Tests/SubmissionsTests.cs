using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CopOffice.Questionnaires;
using CopOffice.Service.Reports;
using CopOffice.Service.Submissions;
using CopOffice.Store;
using Microsoft.Extensions.DependencyInjection;
using static CopOffice.Service.Tests.WorkbooksApiTests;

namespace CopOffice.Service.Tests;

/// <summary>POST /api/submissions: validated, stored in the community's intake folder, replaced on resubmission.</summary>
public sealed class SubmissionsTests
{
    private static HttpClient Signed(ServiceFactory factory, TestTokens tokens, string email, params string[] roles) =>
        Bearing(factory, tokens.For(email, roles));

    private static HttpClient Bearing(ServiceFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_member_submits_their_survey_gets_a_receipt_and_a_resubmission_replaces_it()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var client = Signed(factory, tokens, "Ana.Lima@contoso.com", "Member");
        var answers = Workbooks.ValidSurvey();
        answers[AnswerNames.Indicator("network")] = null;

        var first = await client.PostAsync("/api/submissions?name=ana-survey.xlsx", Body(Workbooks.Survey(answers)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await first.ReadJson();
        var expectedPath = $"intake/data-science/value-survey_2026-Q4_{SubmissionPath.MemberKey("ana.lima@contoso.com")}.xlsx";
        Assert.Equal(expectedPath, receipt.Str("file"));
        Assert.Equal("value-survey", receipt.Str("kind"));
        Assert.Equal("Data Science", receipt.Str("community"));
        Assert.Equal("2026-Q4", receipt.Str("period"));
        Assert.False(receipt.GetProperty("replaced").GetBoolean());
        Assert.Equal("accepted-with-warnings", receipt.Str("status"));
        Assert.Equal($"1 of {Framework.ValueFramework.Indicators.Count} ratings left blank (Network); they count as not answered.", receipt.GetProperty("findings")[0].Str("message"));
        Assert.Matches("^CO-[0-9]{8}-[0-9A-F]{8}$", receipt.Str("id"));

        // The same member and period again, corrected: the same file, replaced.
        var corrected = Workbooks.Survey(Workbooks.ValidSurvey());
        var second = await client.PostAsync("/api/submissions?name=ana-survey.xlsx", Body(corrected));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await second.ReadJson();
        Assert.True(again.GetProperty("replaced").GetBoolean());
        Assert.Equal(expectedPath, again.Str("file"));
        Assert.Equal("accepted", again.Str("status"));

        var stored = Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(factory.DataFolder, "intake", "data-science", Path.GetFileName(expectedPath))], stored);
        // Stored as sent, with who handed it in recorded: the intake reads the same answers and the submitter.
        var raw = Stored(await File.ReadAllBytesAsync(stored[0]));
        Assert.Equal("ana.lima@contoso.com", raw.SubmittedBy);
        Assert.Equal(Stored(corrected).Answers.Select(a => (a.Key, a.Value.Value)), raw.Answers.Select(a => (a.Key, a.Value.Value)));

        // Another period is another file.
        var next = await client.PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey(period: "2027-Q1"))));
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);

        var mine = await (await client.GetAsync("/api/submissions/mine")).ReadJson();
        Assert.Equal(["2026-Q4", "2027-Q1"], mine.EnumerateArray().Select(s => s.Str("period")));
        Assert.All(mine.EnumerateArray(), s => Assert.Equal("data-science", s.Str("community")));
        var someoneElse = await (await Signed(factory, tokens, "bo.chen@contoso.com", "Member").GetAsync("/api/submissions/mine")).ReadJson();
        Assert.Equal(0, someoneElse.GetArrayLength());
    }

    [Fact]
    public async Task A_workbook_with_errors_is_not_stored_and_the_problem_lists_its_findings()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var response = await Signed(factory, tokens, "ana.lima@contoso.com", "Member").PostAsync("/api/submissions?name=ana-survey.xlsx", Body(Workbooks.Survey(Workbooks.FlawedSurvey())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJson();
        Assert.Equal("2 problems to fix before this workbook can be submitted; each finding names its cell.", problem.Str("detail"));
        Assert.Equal("rejected", problem.Str("status"));
        Assert.Equal(["about.community", "indicator.confidence", "indicator.personal_development"], problem.GetProperty("findings").EnumerateArray().Select(f => f.Str("name")));
        Assert.Empty(Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_member_cannot_submit_someone_elses_survey()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var response = await Signed(factory, tokens, "bo.chen@contoso.com", "Member").PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This survey is filled in for ana.lima@contoso.com, but you are signed in as bo.chen@contoso.com: each member submits their own survey. Correct the email in the survey, or ask ana.lima@contoso.com to submit it.",
            (await response.ReadJson()).Str("detail"));
        Assert.Empty(Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_forged_name_with_a_blank_email_is_refused_and_overwrites_nobody()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var bo = Signed(factory, tokens, "bo.chen@contoso.com", "Member");
        Assert.Equal(HttpStatusCode.Created, (await Signed(factory, tokens, "ana.lima@contoso.com", "Member").PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())))).StatusCode);
        var anas = Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories).Single();
        var before = await File.ReadAllBytesAsync(anas);
        var forged = Workbooks.ValidSurvey();
        forged[AnswerNames.Email] = null;
        forged[AnswerNames.Name] = "ana.lima@contoso.com";
        forged[AnswerNames.Indicator("network")] = 1;

        var response = await bo.PostAsync("/api/submissions", Body(Workbooks.Survey(forged)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("The survey's email is blank. Fill in bo.chen@contoso.com, the address you sign in with, and submit again: each member submits their own survey.", (await response.ReadJson()).Str("detail"));
        Assert.Equal([anas], Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories));
        Assert.Equal(before, await File.ReadAllBytesAsync(anas));
    }

    [Fact]
    public async Task Twenty_surveys_by_one_member_are_one_survey_and_cannot_push_a_group_past_the_minimum()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var ana = Signed(factory, tokens, "ana.lima@contoso.com", "Member");
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 20; i++)
        {
            // Invented colleagues are refused; her own address under invented names replaces her one survey.
            var invented = Workbooks.ValidSurvey(email: i % 2 == 0 ? $"invented{i}@contoso.com" : "ana.lima@contoso.com");
            invented[AnswerNames.Name] = $"Invented {i}";
            invented[AnswerNames.Indicator("network")] = 1 + i % 5;
            statuses.Add((await ana.PostAsync("/api/submissions", Body(Workbooks.Survey(invented)))).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Forbidden));
        Assert.Equal([HttpStatusCode.Created, .. Enumerable.Repeat(HttpStatusCode.OK, 9)], statuses.Where(s => s != HttpStatusCode.Forbidden));
        Assert.Equal([$"value-survey_2026-Q4_{SubmissionPath.MemberKey("ana.lima@contoso.com")}.xlsx"],
            Directory.GetFiles(Path.Combine(factory.DataFolder, "intake", "data-science")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_period_more_than_a_quarter_ahead_is_refused()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();

        var response = await Signed(factory, tokens, "ana.lima@contoso.com", "Member").PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey(period: "2100-Q4"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var next = Responses.Period.Of(DateTime.UtcNow).Next;
        Assert.Equal($"This workbook is for 2100-Q4, but surveys are taken up to {next} (the next quarter). Correct the period in the workbook and submit again.", (await response.ReadJson()).Str("detail"));
        Assert.Empty(Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_unverified_email_claim_is_no_sign_in_name()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var client = Bearing(factory, tokens.WithOnlyEmailClaim("ana.lima@contoso.com", "Member"));

        var response = await client.PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("No sign-in name", (await response.ReadJson()).Str("title"));
    }

    [Fact]
    public async Task One_caller_cannot_keep_the_service_parsing_workbooks()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory(f => f.Settings["CopOffice:Uploads:PerMinute"] = "3");
        var ana = Signed(factory, tokens, "ana.lima@contoso.com", "Member");
        var workbook = Workbooks.Survey(Workbooks.ValidSurvey());

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++) statuses.Add((last = await ana.PostAsync("/api/workbooks/validate", Body(workbook))).StatusCode);
        var someoneElse = await Signed(factory, tokens, "bo.chen@contoso.com", "Member").PostAsync("/api/workbooks/validate", Body(workbook));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.StartsWith("This service takes 3 workbooks a minute from one person. Wait ", (await last.ReadJson()).Str("detail"));
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
    }

    [Fact]
    public async Task Tokens_of_the_tenant_are_taken_in_v1_and_v2_and_another_tenants_are_not()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        async Task<HttpStatusCode> MeWith(string token) => (await Bearing(factory, token).GetAsync("/api/me")).StatusCode;

        var v2 = await MeWith(tokens.FromIssuer("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0", "ana.lima@contoso.com", "Member"));
        var v1 = await MeWith(tokens.FromIssuer("https://sts.windows.net/11111111-2222-3333-4444-555555555555/", "ana.lima@contoso.com", "Member"));
        var stranger = await MeWith(tokens.FromIssuer("https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0", "ana.lima@contoso.com", "Member"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized), (v2, v1, stranger));
    }

    [Fact]
    public async Task An_app_only_token_with_a_member_role_is_no_member()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var client = Bearing(factory, tokens.AppOnly("Member", "Sponsor"));

        var submit = await client.PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));
        var summary = await client.GetAsync("/api/organisation/summary");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (submit.StatusCode, summary.StatusCode));
        Assert.Empty(Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task With_a_roster_a_member_submits_only_for_a_community_it_lists_them_in()
    {
        var tokens = new TestTokens();
        var roster = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(roster, ["Name,Email,Community", "Ana Lima,ana.lima@contoso.com,Field Service", "Bo Chen,bo.chen@contoso.com,Data Science"]);
        try
        {
            using var factory = tokens.Factory(f => f.Settings["CopOffice:Roster"] = roster);

            var response = await Signed(factory, tokens, "ana.lima@contoso.com", "Member").PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("The roster does not list ana.lima@contoso.com as a member of Data Science, so this survey cannot count for it. Check the community in the survey, or ask your CopOffice administrator to add you to the roster.",
                (await response.ReadJson()).Str("detail"));
        }
        finally
        {
            File.Delete(roster);
        }
    }

    [Fact]
    public async Task A_sponsor_does_not_submit_and_a_health_check_needs_the_communitys_coordinator()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory(f => f.Settings["CopOffice:Coordinators:bo.chen@contoso.com:0"] = "Data Science");
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = "Data Science", [AnswerNames.Period] = "2026-Q4", [AnswerNames.CompletedBy] = "Bo Chen",
            [AnswerNames.Email] = "bo.chen@contoso.com", [AnswerNames.Factor("adequate_resources")] = 2,
        };
        var healthCheck = Workbooks.Fill(TemplateKind.HealthCheck, answers);

        Assert.Equal(HttpStatusCode.Forbidden, (await Signed(factory, tokens, "sia@contoso.com", "Sponsor").PostAsync("/api/submissions", Body(healthCheck))).StatusCode);
        var member = await Signed(factory, tokens, "ana.lima@contoso.com", "Member", "Coordinator").PostAsync("/api/submissions", Body(healthCheck));
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal("A community health check is handed in by a coordinator of the community, and you are not listed as coordinator of Data Science. Ask your CopOffice administrator to add you (CopOffice:Coordinators).",
            (await member.ReadJson()).Str("detail"));

        var coordinator = await Signed(factory, tokens, "bo.chen@contoso.com", "Coordinator").PostAsync("/api/submissions", Body(healthCheck));
        Assert.Equal(HttpStatusCode.Created, coordinator.StatusCode);
        Assert.Equal("intake/data-science/health-check_2026-Q4.xlsx", (await coordinator.ReadJson()).Str("file"));
    }

    [Fact]
    public async Task A_submission_asks_the_report_job_for_a_run()
    {
        var runs = 0;
        using var factory = new DevServiceFactory { TestServices = s => s.AddSingleton<IReportPipeline>(new CountingPipeline(() => Interlocked.Increment(ref runs))) };
        factory.Settings["CopOffice:Reports:Debounce"] = "00:00:00.100";
        factory.Settings["CopOffice:Reports:Interval"] = "00:00:00";
        var response = await factory.CreateClient().PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        for (var i = 0; i < 100 && Volatile.Read(ref runs) == 0; i++) await Task.Delay(50);
        Assert.Equal(1, Volatile.Read(ref runs));
    }

    [Fact]
    public async Task A_store_that_cannot_be_written_is_a_service_problem_not_a_crash()
    {
        using var factory = new DevServiceFactory { TestServices = s => s.AddSingleton<IDocumentStore>(new BrokenStore(new IOException("disk full"))) };
        var response = await factory.CreateClient().PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The workbook is fine, but the intake folder could not be written just now. Submit again in a minute; if it keeps failing, tell your CopOffice administrator.",
            (await response.ReadJson()).Str("detail"));
    }

    [Fact]
    public async Task A_bug_is_a_500_problem_with_a_trace_id_and_no_stack_trace()
    {
        using var factory = new DevServiceFactory { TestServices = s => s.AddSingleton<IDocumentStore>(new BrokenStore(new InvalidOperationException("Sequence contains no elements"))) };
        var response = await factory.CreateClient().PostAsync("/api/submissions", Body(Workbooks.Survey(Workbooks.ValidSurvey())));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sequence contains", text);
        Assert.DoesNotContain(" at ", text);
        var problem = await response.ReadJson();
        Assert.Equal("Something went wrong on the CopOffice server. The error is logged; tell your CopOffice administrator the trace id below.", problem.Str("detail"));
        Assert.False(string.IsNullOrEmpty(problem.Str("traceId")));
    }

    [Fact]
    public async Task Without_folders_to_fetch_from_the_service_says_it_does_not_fetch()
    {
        using var factory = new DevServiceFactory();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/submissions/by-url", new { url = "https://contoso.sharepoint.com/sites/cop/Shared Documents/ana.xlsx" });
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("This CopOffice service does not fetch workbooks from SharePoint (CopOffice:Store:FetchFrom lists no folders). Submit from Excel on the web or on the desktop, where the add-in sends the workbook itself.",
            (await response.ReadJson()).Str("detail"));
    }

    [Fact]
    public async Task A_workbook_in_a_listed_sharepoint_folder_is_fetched_and_submitted()
    {
        // The SharePoint store (tested on its own against a fake Graph) is replaced by a local folder standing for the library folder.
        using var library = new TempFolder();
        await File.WriteAllBytesAsync(Path.Combine(library.Path, "Ana survey.xlsx"), Workbooks.Survey(Workbooks.ValidSurvey()));
        var opened = new List<string>();
        using var factory = new DevServiceFactory { TestServices = s => s.AddSingleton<FolderOpener>(url => { opened.Add(url); return new LocalFolderStore(library.Path); }) };
        factory.Settings["CopOffice:Store:FetchFrom:0"] = "https://contoso.sharepoint.com/sites/cop/Shared Documents/Surveys";
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/submissions/by-url", new { url = "https://contoso.sharepoint.com/sites/cop/Shared%20Documents/Surveys/Ana%20survey.xlsx" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.ReadJson();
        Assert.Equal("Data Science", receipt.Str("community"));
        Assert.Equal(["https://contoso.sharepoint.com/sites/cop/Shared%20Documents/Surveys"], opened);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, receipt.Str("file"))));

        var missing = await client.PostAsJsonAsync("/api/submissions/by-url", new { url = "https://contoso.sharepoint.com/sites/cop/Shared%20Documents/Surveys/Bo.xlsx" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("There is no Bo.xlsx in https://contoso.sharepoint.com/sites/cop/Shared%20Documents/Surveys: save the workbook, then submit again.", (await missing.ReadJson()).Str("detail"));

        var elsewhere = await client.PostAsJsonAsync("/api/submissions/by-url", new { url = "https://contoso.sharepoint.com/sites/hr/Shared%20Documents/salaries.xlsx" });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal("CopOffice fetches workbooks only from https://contoso.sharepoint.com/sites/cop/Shared Documents/Surveys. Save the workbook there, or submit it from Excel on the web or on the desktop.",
            (await elsewhere.ReadJson()).Str("detail"));
        Assert.Equal(2, opened.Count); // the found and the missing workbook; the folder outside the list was never opened

        // The path is in the allowed folder, but the query names another: refused before anything is opened.
        var trick = await client.PostAsJsonAsync("/api/submissions/by-url", new { url = "https://contoso.sharepoint.com/sites/cop/Shared%20Documents/Surveys/x.aspx?id=%2Fsites%2Fhr%2FShared%20Documents%2Fsalaries.xlsx" });
        Assert.Equal(HttpStatusCode.BadRequest, trick.StatusCode);
        Assert.StartsWith("\"https://contoso.sharepoint.com/sites/cop/Shared%20Documents/Surveys/x.aspx?id=%2Fsites%2Fhr%2FShared%20Documents%2Fsalaries.xlsx\" carries a query or fragment", (await trick.ReadJson()).Str("detail"));
        Assert.Equal(2, opened.Count);
    }

    private static Responses.RawResponse Stored(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return Intake.WorkbookIntake.Read(stream, new Responses.Source("stored.xlsx")).Single().Raw!;
    }

    [Fact]
    public async Task A_submitter_written_into_the_upload_is_replaced_by_who_signed_in()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        // Bo's own survey, whose package claims it was handed in by Ana.
        var forged = SubmitterStamp.Apply(Workbooks.Survey(Workbooks.ValidSurvey(email: "bo.chen@contoso.com")), "ana.lima@contoso.com");
        Assert.Equal("ana.lima@contoso.com", Stored(forged).SubmittedBy);

        var response = await Signed(factory, tokens, "bo.chen@contoso.com", "Member").PostAsync("/api/submissions", Body(forged));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = Directory.GetFiles(factory.DataFolder, "*", SearchOption.AllDirectories).Single();
        Assert.Equal("bo.chen@contoso.com", Stored(await File.ReadAllBytesAsync(stored)).SubmittedBy);
    }

    private sealed class CountingPipeline(Action run) : IReportPipeline
    {
        public Task<string> RunAsync(IReadOnlyCollection<Responses.Period> periods, CancellationToken cancellationToken)
        {
            run();
            return Task.FromResult("counted");
        }
    }

    private sealed class BrokenStore(Exception failure) : IDocumentStore
    {
        public string Description => "a broken store";

        public async IAsyncEnumerable<StoredFile> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield break;
        }

        public Task<Stream> OpenReadAsync(StoredFile file, CancellationToken cancellationToken = default) => throw failure;

        public Task<StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default) => throw failure;
    }
}
