using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CopOffice.Service.Tests.TaskPane;

/// <summary>
/// A member who opens a blank value survey gets their own open stories from the service and adds the follow-up
/// block to it through the pane (Excel 2016's API: a sheet and defined names); what they answer closes the story.
/// The service checks real tokens; MSAL.js is played by a script that hands over the member's token, as nested app
/// authentication would inside Office.
/// </summary>
[Collection(TaskPaneCollection.Name)]
public sealed class FollowUpPaneTests(TaskPaneFixture fixture)
{
    private readonly TestTokens _tokens = new();

    [Fact]
    public async Task A_member_adds_their_open_story_to_a_blank_survey_says_it_was_realised_and_it_is_closed()
    {
        using var service = _tokens.Factory(f =>
        {
            f.Settings["CopOffice:Auth:ClientId"] = "5d1c0e2b-7a4f-4b3e-9c61-0f2a8d3b6e47";
            f.Settings["CopOffice:Auth:Scopes:0"] = TestTokens.Audience + "/access_as_user";
            f.Settings["CopOffice:Reports:Interval"] = "00:00:00";
        });
        service.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        service.StartServer();
        var address = new Uri(service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

        // In 2026-Q3 Ana and Ben each told a story of potential value.
        foreach (var (name, insight) in new[] { ("ana", "How the risk team tests models."), ("ben", "A checklist for data quality.") })
        {
            var answers = Workbooks.ValidSurvey(email: $"{name}@contoso.com", period: "2026-Q3");
            answers[AnswerNames.Story("insights")] = insight;
            var response = await As(address, $"{name}@contoso.com").PostAsync("api/submissions", Body(Workbooks.Survey(answers)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        Assert.Single(await OpenStories(address, "ana@contoso.com"));

        // Ana opens a blank survey for 2026-Q4 in Excel 2016 (ExcelApi 1.4).
        var token = _tokens.For("ana@contoso.com", "Member");
        var msal = $"window.msal = {{ createNestablePublicClientApplication: async () => ({{ acquireTokenSilent: async () => ({{ accessToken: {JsonSerializer.Serialize(token)} }}) }}) }};";
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.ValidSurvey(email: "ana@contoso.com", period: "2026-Q4"), ExcelApi = "1.4" }, address, msal);
        var page = pane.Page;
        await TaskPaneTests.Started(pane);

        // Her own story is offered, Ben's is not.
        await Expect(page.Locator("#followup")).ToBeVisibleAsync();
        await Expect(page.Locator("#followup-text")).ToHaveTextAsync("A story you told earlier promised value not yet realised. Add it to this survey and say what came of it.");
        await Expect(page.Locator("#followup-list li")).ToHaveTextAsync(["2026-Q3 · Data ScienceThe monthly model-review clinic. / How the risk team tests models."]);
        Assert.Empty(await pane.AccessibilityProblemsAsync());
        await pane.ViewportShotAsync(Path.Combine(fixture.Artifacts, "taskpane-followup.png"));

        // Added: a sheet of its own, each cell under its followup.* name, the story's key and words filled in, all as text.
        await page.Locator("#add-followup").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Your earlier stories are on the sheet \"Follow-up\": say what came of each there, then check and submit.");
        await Expect(page.Locator("#followup")).ToBeHiddenAsync();
        var key = StoryKeys.Of("ana@contoso.com", "Data Science", new Period(2026, 3));
        var sheet = await page.EvaluateAsync<JsonElement>("() => ({ active: window.__excel.state.activeSheet, cells: window.__excel.state.sheets['Follow-up'].cells, names: window.__excelWorkbook.names })");
        Assert.Equal("Follow-up", sheet.GetProperty("active").GetString());
        var cells = sheet.GetProperty("cells");
        string Cell(string at) => cells.GetProperty(at).GetProperty("value").GetString()!;
        Assert.Equal(("What came of your earlier stories", "What came of it? Answer with one of: realised, applied, not yet, dropped."), (Cell("A1"), Cell("A3")));
        Assert.Equal(("Earlier story 1: key", key), (Cell("A5"), Cell("B5")));
        Assert.Equal(("Earlier story 1: what you told", "2026-Q3: The monthly model-review clinic. / How the risk team tests models."), (Cell("A6"), Cell("B6")));
        Assert.Equal(("Earlier story 1: what came of it?", ""), (Cell("A7"), Cell("B7")));
        Assert.Equal("@", cells.GetProperty("B7").GetProperty("format").GetString());
        var names = sheet.GetProperty("names");
        Assert.Equal(["B5", "B6", "B7", "B8", "B9"], new[] { "story", "quote", "outcome", "difference", "claim" }
            .Select(f => names.GetProperty(AnswerNames.FollowUp(1, f))).Select(n => n.GetProperty("sheet").GetString() + "!" + n.GetProperty("cell").GetString()).Select(a => a.Replace("Follow-up!", "", StringComparison.Ordinal)));
        Assert.False(names.TryGetProperty(AnswerNames.FollowUp(2, "story"), out _));

        // A wrong outcome is found by the service's rules, at its cell; then she answers and submits.
        await pane.SetAsync(AnswerNames.FollowUp(1, "outcome"), "maybe");
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator("button.finding:not(.blank) .text")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("^Earlier story 1: what came of it\\?: \"maybe\" is not one of")]);
        await pane.SetAsync(AnswerNames.FollowUp(1, "outcome"), FollowUp.Realised);
        await pane.SetAsync(AnswerNames.FollowUp(1, "difference"), "=HYPERLINK(\"x\") Model reviews now catch drift before release.");
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator(".verdict")).ToHaveTextAsync("Ready to submit: no problems found.", new() { Timeout = 3000 }).ContinueWith(async t =>
        {
            if (t.IsFaulted) Assert.Fail(string.Join(" | ", await page.Locator("button.finding .text").AllTextContentsAsync()));
        }).Unwrap();
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#receipt")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator("#receipt-details dd").Nth(2)).ToHaveTextAsync("2026-Q4");
        Assert.Empty(pane.Errors);

        // Linked by its key: the story is realised and no longer open; Ben's stays open.
        Assert.Empty(await OpenStories(address, "ana@contoso.com"));
        Assert.Single(await OpenStories(address, "ben@contoso.com"));
    }

    [Fact]
    public async Task Without_sign_in_nothing_is_offered_and_a_personal_template_keeps_its_own_block()
    {
        // Development mode proves no one's address: no stories are asked for.
        await using (var blank = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.ValidSurvey() }))
        {
            await TaskPaneTests.Started(blank);
            await Expect(blank.Page.Locator("#progress-text")).ToHaveTextAsync("25 of 25 required answers");
            await Expect(blank.Page.Locator("#followup")).ToBeHiddenAsync();
        }

        // A personal template's block is read and checked like any answer: someone else's story is not hers to follow up.
        var answers = Workbooks.ValidSurvey();
        answers[AnswerNames.FollowUp(1, "story")] = StoryKeys.Of("ben@contoso.com", "Data Science", new Period(2026, 3));
        answers[AnswerNames.FollowUp(1, "outcome")] = FollowUp.Dropped;
        await using var personal = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = answers, Personal = true });
        await TaskPaneTests.Started(personal);
        await personal.Page.Locator("#check").ClickAsync();
        await Expect(personal.Page.Locator("button.finding:not(.blank) .text")).ToHaveTextAsync([$"Earlier story 1 names a story that is not yours about Data Science: a story is followed up only by the member who told it, in a survey about the same community. It is left out; the story stays open.{Workbooks.Addresses(TemplateKind.ValueSurvey)[AnswerNames.FollowUp(1, "story")]} · {AnswerNames.FollowUp(1, "story")}"]);
        await Expect(personal.Page.Locator("#followup")).ToBeHiddenAsync();
    }

    private HttpClient As(Uri service, string email)
    {
        var client = new HttpClient { BaseAddress = service };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.For(email, "Member"));
        return client;
    }

    private async Task<List<JsonElement>> OpenStories(Uri service, string email)
    {
        using var client = As(service, email);
        var json = await (await client.GetAsync("api/me/aspirations")).ReadJson();
        return [.. json.GetProperty("open").EnumerateArray()];
    }

    private static ByteArrayContent Body(byte[] workbook)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new(Workbooks.Xlsx);
        return content;
    }
}
