using CopOffice.Framework;
using CopOffice.Questionnaires;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CopOffice.Service.Tests.TaskPane;

/// <summary>The task pane in real headless Chromium, against the running service, with the real office.js.</summary>
[Collection(TaskPaneCollection.Name)]
public sealed class TaskPaneTests(TaskPaneFixture fixture)
{
    [Fact]
    public async Task Outside_Office_the_page_says_so_plainly()
    {
        await using var pane = await TaskPaneSession.OpenAsync(fixture, workbook: null);

        await Expect(pane.Page.Locator("#outside h1")).ToHaveTextAsync("Open CopOffice from Excel");
        await Expect(pane.Page.Locator("#pane")).ToBeHiddenAsync();
        Assert.Empty(pane.Errors);
        NothingFetchedOffThisComputer(pane);
    }

    [Fact]
    public async Task A_workbook_without_CopOffice_metadata_is_named_as_no_template()
    {
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = [], IsTemplate = false });

        await Expect(pane.Page.Locator("#not-template h1")).ToHaveTextAsync("This workbook is not a CopOffice template");
        await Expect(pane.Page.Locator("#pane")).ToBeHiddenAsync();
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task Open_a_template_see_progress_check_fix_and_check_again()
    {
        var answers = Workbooks.FlawedSurvey();
        // Long stories make a workbook of more than one 64 KB slice.
        var random = new Random(7);
        foreach (var story in new[] { "insights", "practice", "performance" })
            answers[AnswerNames.Story(story)] = new string([.. Enumerable.Range(0, 30_000).Select(_ => (char)random.Next('a', 'z' + 1))]);
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = answers });
        var page = pane.Page;

        // Progress: 25 required answers; the community and the five long-term member ratings are open.
        await Started(pane);
        await Expect(page.Locator("#template-title")).ToHaveTextAsync("Community of practice value survey");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("19 of 25 required answers");
        var about = page.Locator("#sections li[data-section=about]");
        await Expect(about.Locator(".section-count")).ToHaveTextAsync("4/5");
        await Expect(about.Locator("button.link")).ToHaveTextAsync(["Community"]);
        var longTerm = page.Locator("#sections li[data-section=members_long_term]");
        await Expect(longTerm.Locator(".section-count")).ToHaveTextAsync("0/5");
        await Expect(longTerm.Locator("button.link")).ToHaveTextAsync(["Personal development", "Reputation", "Professional identity", "Network", "Marketability"]);
        await Expect(page.Locator("#sections li[data-section=roles] .section-count")).ToHaveTextAsync("0/12 optional");
        await Expect(page.Locator("#sections li[data-section=story] .section-count")).ToHaveTextAsync($"4/{Questionnaire.ValueSurvey.Sections.Single(x => x.Id == "story").Questions.Count} optional");

        // Jump to an unanswered field: its named range is selected.
        await about.Locator("button.link").ClickAsync();
        await WaitForSelection(pane, At(AnswerNames.Community));

        List<string> longTermNames = [.. ValueFramework.IndicatorsIn(Quadrant.MembersLongTerm).Select(i => AnswerNames.Indicator(i.Id))];
        // Check: the verdict counts the blanks the bar counts and names every one; then the service's findings,
        // errors first, each one leading to its cell.
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator("#findings-title")).ToHaveTextAsync("3 findings");
        await Expect(page.Locator(".verdict")).ToHaveTextAsync("2 problems to fix before you submit; 6 required answers are blank.");
        await Expect(page.Locator("button.finding.blank .text")).ToHaveTextAsync(
        [
            $"Community: blank{At(AnswerNames.Community)}",
            .. ValueFramework.IndicatorsIn(Quadrant.MembersLongTerm).Select(i => $"{Label(AnswerNames.Indicator(i.Id))}: blank{At(AnswerNames.Indicator(i.Id))}"),
        ]);
        var findings = page.Locator("button.finding:not(.blank)");
        await Expect(findings.Locator(".text")).ToHaveTextAsync(
        [
            $"The community is missing: say which community of practice this is about.{At(AnswerNames.Community)} · {AnswerNames.Community}",
            $"Confidence: 7 is outside the scale of 1 to 5.{At(AnswerNames.Indicator("confidence"))} · {AnswerNames.Indicator("confidence")}",
            $"5 of {Framework.ValueFramework.Indicators.Count} ratings left blank ({string.Join(", ", longTermNames.Select(Label))}); they count as not answered.{At(longTermNames[0])} · {longTermNames[0]}",
        ]);
        await Expect(findings.Nth(0)).ToHaveClassAsync("finding error");
        await Expect(findings.Nth(2)).ToHaveClassAsync("finding warning");
        await pane.ScreenshotAsync(Path.Combine(fixture.Artifacts, "taskpane-findings.png"));
        await findings.Nth(1).ClickAsync();
        await WaitForSelection(pane, At(AnswerNames.Indicator("confidence")));

        // The member fixes the answers in the sheet and checks again.
        await pane.SetAsync(AnswerNames.Community, "Data Science");
        await pane.SetAsync(AnswerNames.Indicator("confidence"), 5);
        foreach (var indicator in ValueFramework.IndicatorsIn(Quadrant.MembersLongTerm)) await pane.SetAsync(AnswerNames.Indicator(indicator.Id), 3);
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator(".verdict")).ToHaveTextAsync("Ready to submit: no problems found.");
        await Expect(page.Locator("#findings-title")).ToHaveTextAsync("No findings");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("25 of 25 required answers");
        await Expect(page.Locator("#sections button.link")).ToHaveCountAsync(0);
        await pane.ScreenshotAsync(Path.Combine(fixture.Artifacts, "taskpane-checked.png"));

        // Submit: Excel hands the workbook over in 64 KB slices; the service stores it and answers with a receipt.
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#receipt")).ToBeVisibleAsync(new() { Timeout = 15_000 }).ContinueWith(async t =>
        {
            if (t.IsFaulted) Assert.Fail("No receipt; the pane says: " + await page.Locator("#status").TextContentAsync());
        }).Unwrap();
        await Expect(page.Locator("#receipt h2")).ToHaveTextAsync("Submitted");
        var details = page.Locator("#receipt-details dd");
        var memberFile = $"intake/data-science/value-survey_2026-Q4_{CopOffice.Service.Submissions.SubmissionPath.MemberKey("ana.lima@contoso.com")}.xlsx";
        await Expect(details).ToHaveCountAsync(5);
        await Expect(details.Nth(0)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^CO-[0-9]{8}-[0-9A-F]{8}$"));
        await Expect(details.Nth(1)).ToHaveTextAsync("Data Science");
        await Expect(details.Nth(2)).ToHaveTextAsync("2026-Q4");
        await Expect(details.Nth(3)).ToHaveTextAsync(memberFile);
        Assert.Equal(["getFileAsync compressed 65536", "getSliceAsync 0", "getSliceAsync 1", "closeAsync"], await pane.HostLogAsync());
        var stored = new FileInfo(Path.Combine(fixture.Service.DataFolder, memberFile));
        Assert.True(stored.Exists, memberFile);
        Assert.InRange(stored.Length, 65537, 131072);
        await pane.ScreenshotAsync(Path.Combine(fixture.Artifacts, "taskpane-receipt.png"));

        // Submitting again for the same period replaces the stored workbook.
        await page.Locator("#submit").ClickAsync();
        await Expect(details).ToHaveCountAsync(6);
        await Expect(details.Nth(5)).ToHaveTextAsync("This replaces your earlier submission for the same period.");
        Assert.Single(Directory.GetFiles(stored.DirectoryName!));

        Assert.Empty(pane.Errors);
        NothingFetchedOffThisComputer(pane);
    }

    [Fact]
    public async Task A_coordinator_inserts_the_community_summary_into_a_new_sheet()
    {
        await SubmitFiveAsync("2025-Q2");

        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.ValidSurvey(period: "2025-Q2") });
        await Started(pane);
        await pane.Page.Locator("#insert-summary").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync("The summary of Data Science for 2025-Q2 is on the sheet \"Community summary\".");

        var sheet = await pane.Page.EvaluateAsync<System.Text.Json.JsonElement>("() => ({ active: window.__excel.state.activeSheet, cells: window.__excel.state.sheets['Community summary'].cells, bold: window.__excel.state.sheets['Community summary'].bold })");
        Assert.Equal("Community summary", sheet.GetProperty("active").GetString());
        var cells = sheet.GetProperty("cells");
        Assert.Equal("CopOffice summary: Data Science, 2025-Q2", cells.GetProperty("A1").GetProperty("value").GetString());
        Assert.Equal("@", cells.GetProperty("A1").GetProperty("format").GetString());
        Assert.Equal("Respondents", cells.GetProperty("A4").GetProperty("value").GetString());
        Assert.Equal(5, cells.GetProperty("B4").GetProperty("value").GetInt32());
        Assert.Equal("General", cells.GetProperty("B4").GetProperty("format").GetString());
        Assert.Equal("Short-term value to members", cells.GetProperty("A8").GetProperty("value").GetString());
        Assert.Equal(4, cells.GetProperty("B8").GetProperty("value").GetDouble());
        Assert.Equal("A1:H1", sheet.GetProperty("bold")[0].GetString());
        await pane.ScreenshotAsync(Path.Combine(fixture.Artifacts, "taskpane-summary.png"));
        Assert.Empty(pane.Errors);
        NothingFetchedOffThisComputer(pane);
    }

    [Fact]
    public async Task With_sign_in_configured_the_pane_asks_MSAL_for_a_token_through_nested_app_authentication()
    {
        // A service configured for Entra ID. Outside a real Office host there is no nested-app bridge, so MSAL.js
        // falls back to the browser's own sign-in window, which goes to the configured authority with the
        // configured client id and scope: refused here (no network), which is all this test needs to see.
        const string clientId = "5d1c0e2b-7a4f-4b3e-9c61-0f2a8d3b6e47";
        using var signedService = new TestTokens().Factory(f =>
        {
            f.Settings["CopOffice:Auth:ClientId"] = clientId;
            f.Settings["CopOffice:Auth:Scopes:0"] = TestTokens.Audience + "/access_as_user";
        });
        signedService.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        signedService.StartServer();
        var address = signedService.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();

        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.ValidSurvey() }, new Uri(address + "/"));
        await Started(pane);
        string? signIn = null;
        for (var i = 0; i < 150 && signIn is null; i++)
        {
            signIn = pane.Refused.FirstOrDefault(url => url.StartsWith("https://login.microsoftonline.com/", StringComparison.Ordinal) && url.Contains("/authorize?", StringComparison.Ordinal));
            if (signIn is null) await Task.Delay(100);
        }
        Assert.Contains("/lib/msal-browser.min.js", pane.Scripts);
        Assert.NotNull(signIn);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(signIn).Query);
        Assert.StartsWith("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/authorize?", signIn);
        Assert.Equal(clientId, query["client_id"]);
        Assert.Contains(TestTokens.Audience + "/access_as_user", query["scope"]!.Split(' '));
        // The member's own actions wait for sign-in; nothing for coordinators is offered without their role.
        await Expect(pane.Page.Locator("#insert-summary")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Where_Excel_cannot_hand_over_the_file_the_service_is_asked_to_fetch_it()
    {
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.ValidSurvey(), SupportsFile = false });
        await Started(pane);
        await pane.Page.Locator("#submit").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync("Not submitted: This CopOffice service does not fetch workbooks from SharePoint (CopOffice:Store:FetchFrom lists no folders). Submit from Excel on the web or on the desktop, where the add-in sends the workbook itself.");
        await Expect(pane.Page.Locator("#status")).ToHaveClassAsync("status error");
        Assert.Empty(await pane.HostLogAsync());
        Assert.Equal(0, pane.FilesHandedOver);
        Assert.Empty(pane.Errors);
    }

    /// <summary>Where the template puts an answer, as Excel's range.address gives it (Survey!C7).</summary>
    private static string At(string name) => Workbooks.Addresses(TemplateKind.ValueSurvey)[name];

    private static string Label(string name) => Questionnaire.ValueSurvey.Get(name).Label;

    /// <summary>Six ratings left blank: the organisation's long-term five and problem solving.</summary>
    private static (Dictionary<string, object?> Answers, List<Question> Blank) HalfFilled()
    {
        var answers = Workbooks.ValidSurvey();
        var blank = ValueFramework.IndicatorsIn(Quadrant.OrganisationShortTerm).Take(1).Concat(ValueFramework.IndicatorsIn(Quadrant.OrganisationLongTerm))
            .Select(i => Questionnaire.ValueSurvey.Get(AnswerNames.Indicator(i.Id))).ToList();
        foreach (var question in blank) answers[question.Name] = null;
        return (answers, blank);
    }

    [Fact]
    public async Task A_half_filled_survey_is_not_called_ready_names_every_blank_and_asks_before_it_is_submitted()
    {
        var (answers, blank) = HalfFilled();
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = answers });
        var page = pane.Page;
        await Started(pane);
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("19 of 25 required answers");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Development mode: no sign-in.");
        await pane.ViewportShotAsync(Path.Combine(fixture.Artifacts, "taskpane-opened.png"));
        Assert.Empty(await pane.AccessibilityProblemsAsync());
        var before = await Boxes(page);

        await page.Locator("#check").ClickAsync();

        await Expect(page.Locator(".verdict")).ToHaveTextAsync("Not complete: 6 required answers are blank. Fill them in, or submit it incomplete.");
        await Expect(page.Locator("button.finding.blank .text")).ToHaveTextAsync([.. blank.Select(q => new System.Text.RegularExpressions.Regex("^" + q.Label + ": blankSurvey!C[0-9]+$"))]);
        var labels = string.Join(", ", blank.Select(q => q.Label));
        await Expect(page.Locator("button.finding:not(.blank) .text")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex($@"^6 of {Framework.ValueFramework.Indicators.Count} ratings left blank \({labels}\); they count as not answered\.")]);
        // Nothing moved under the pointer; the findings are in sight and have the keyboard's focus.
        Assert.Equal(before, await Boxes(page));
        await Expect(page.Locator("#findings-title")).ToBeFocusedAsync();
        await Expect(page.Locator("#findings-title")).ToBeInViewportAsync();
        await pane.ViewportShotAsync(Path.Combine(fixture.Artifacts, "taskpane-checked-blanks.png"));
        Assert.Empty(await pane.AccessibilityProblemsAsync());
        // A blank leads to its cell.
        await page.Locator("button.finding.blank").Nth(0).ClickAsync();
        await WaitForSelection(pane, (await page.Locator("button.finding.blank .where").Nth(0).TextContentAsync())!);

        // Submit asks first, naming what is missing; "Keep filling in" submits nothing.
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        var last = blank[^1].Label;
        await Expect(page.Locator("#confirm-text")).ToHaveTextAsync($"6 required answers are blank ({string.Join(", ", blank.SkipLast(1).Select(q => q.Label))} and {last}). Submit anyway? Your community's figures count them as not answered.");
        await Expect(page.Locator("#confirm-submit")).ToBeFocusedAsync();
        await pane.ViewportShotAsync(Path.Combine(fixture.Artifacts, "taskpane-confirm-incomplete.png"));
        Assert.Empty(await pane.AccessibilityProblemsAsync());
        await page.Locator("#confirm-cancel").ClickAsync();
        await Expect(page.Locator("#confirm")).ToBeHiddenAsync();
        Assert.Equal(0, pane.FilesHandedOver);

        await page.Locator("#submit").ClickAsync();
        await page.Locator("#confirm-submit").ClickAsync();
        await Expect(page.Locator("#receipt")).ToBeVisibleAsync();
        await Expect(page.Locator("#receipt-details dt").Last).ToHaveTextAsync("Incomplete");
        await Expect(page.Locator("#receipt-details dd").Last).ToHaveTextAsync($"6 required answers are blank: {string.Join(", ", blank.SkipLast(1).Select(q => q.Label))} and {last}.");
        Assert.Equal(1, pane.FilesHandedOver);
        await pane.ViewportShotAsync(Path.Combine(fixture.Artifacts, "taskpane-submitted-incomplete.png"));
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task Where_Excel_has_change_events_progress_follows_the_cells_as_they_are_typed()
    {
        var (answers, blank) = HalfFilled();
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = answers, ExcelApi = "1.7" });
        await Started(pane);
        await Expect(pane.Page.Locator("body")).ToHaveAttributeAsync("data-progress", "live");
        Assert.Equal(1, await pane.Page.EvaluateAsync<int>("() => window.__excel.handlers('Survey')"));

        foreach (var question in blank.Take(2)) await pane.SetAsync(question.Name, 4);

        await Expect(pane.Page.Locator("#progress-text")).ToHaveTextAsync("21 of 25 required answers");
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task On_Excel_2016_progress_follows_the_sheet_when_the_pane_gets_the_focus_back()
    {
        var (answers, blank) = HalfFilled();
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = answers, ExcelApi = "1.4" });
        await Started(pane);
        await Expect(pane.Page.Locator("body")).ToHaveAttributeAsync("data-progress", "on-focus");

        await pane.SetAsync(blank[0].Name, 4);
        await pane.Page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");

        await Expect(pane.Page.Locator("#progress-text")).ToHaveTextAsync("20 of 25 required answers");
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task A_summary_Excel_cannot_write_leaves_no_sheet_behind_and_says_what_to_do()
    {
        await SubmitFiveAsync("2025-Q1");
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.ValidSurvey(period: "2025-Q1"), FailWrites = true });
        await Started(pane);

        await pane.Page.Locator("#insert-summary").ClickAsync();

        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync("No summary: Excel could not do it (GeneralException). Nothing was changed; try again, and if it happens again, close and reopen the workbook.");
        Assert.Equal(0, await pane.Page.EvaluateAsync<int>("() => Object.keys(window.__excel.state.sheets).length"));
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task In_Office_s_dark_theme_the_pane_is_dark_and_still_readable()
    {
        var theme = new { bodyBackgroundColor = "#1f1f1f", bodyForegroundColor = "#ffffff", controlBackgroundColor = "#292929", controlForegroundColor = "#ffffff" };
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = HalfFilled().Answers, Theme = theme });
        await Started(pane);
        await pane.Page.Locator("#check").ClickAsync();
        await Expect(pane.Page.Locator(".verdict")).ToBeVisibleAsync();

        await Expect(pane.Page.Locator("body")).ToHaveClassAsync("dark");
        Assert.Empty(await pane.AccessibilityProblemsAsync());
        await pane.ViewportShotAsync(Path.Combine(fixture.Artifacts, "taskpane-dark.png"));
    }

    /// <summary>Where the pane's controls are in the page, to the pixel (scrolling aside): none may move when a message comes or goes.</summary>
    private static Task<string> Boxes(IPage page) => page.EvaluateAsync<string>(@"() => ['check', 'submit', 'insert-summary', 'refresh']
        .map(id => { const r = document.getElementById(id).getBoundingClientRect(); return id + ' ' + Math.round(r.left + scrollX) + ',' + Math.round(r.top + scrollY); })
        .join('; ')");

    /// <summary>Five members of Data Science submit for <paramref name="period"/> (development mode: from this computer, no sign-in).</summary>
    private async Task SubmitFiveAsync(string period)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseUrl };
        http.DefaultRequestHeaders.Add(CopOffice.Service.Hosting.DevelopmentMode.Header, "test");
        foreach (var name in new[] { "ana", "ben", "cat", "dan", "eve" })
        {
            var content = new ByteArrayContent(Workbooks.Survey(Workbooks.ValidSurvey(email: $"{name}@contoso.com", period: period)));
            content.Headers.ContentType = new(Workbooks.Xlsx);
            Assert.Equal(System.Net.HttpStatusCode.Created, (await http.PostAsync("api/submissions", content)).StatusCode);
        }
    }

    /// <summary>
    /// The pane asked for nothing beyond this computer and the (answered) office.js address. office.js itself,
    /// finding no Office host, may add its telemetry frame; that request is refused like any other.
    /// </summary>
    private static void NothingFetchedOffThisComputer(TaskPaneSession pane) =>
        Assert.All(pane.Refused, url => Assert.StartsWith("https://telemetryservice.firstpartyapps.oaspapps.com/", url));

    /// <summary>Waits for the pane to show its progress; if it does not, fails with what the pane says instead.</summary>
    internal static async Task Started(TaskPaneSession pane)
    {
        try
        {
            await pane.Page.Locator("#pane").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The pane did not start. Status: \"{await pane.Page.Locator("#status").TextContentAsync()}\"; page errors: {string.Join("; ", pane.Errors)}; office.js files: {string.Join(", ", pane.OfficeFiles)}; visible: {await pane.Page.EvaluateAsync<string>("() => ['outside','not-template','pane'].filter(i => !document.getElementById(i).hidden).join()")}");
        }
    }

    private static async Task WaitForSelection(TaskPaneSession pane, string address)
    {
        for (var i = 0; i < 50 && await pane.SelectedAsync() != address; i++) await Task.Delay(100);
        Assert.Equal(address, await pane.SelectedAsync());
    }
}
