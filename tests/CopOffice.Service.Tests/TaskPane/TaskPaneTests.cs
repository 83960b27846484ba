using CopOffice.Framework;
using CopOffice.Questionnaires;
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
        Assert.Empty(pane.Refused);
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
        await using var pane = await TaskPaneSession.OpenAsync(fixture, new ExcelWorkbook { Kind = TemplateKind.ValueSurvey, Answers = Workbooks.FlawedSurvey() });
        var page = pane.Page;

        // Progress: 25 required answers; the community and the five long-term member ratings are open.
        await Expect(page.Locator("#template-title")).ToHaveTextAsync("Community of practice value survey");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("19 of 25 required answers");
        var about = page.Locator("#sections li[data-section=about]");
        await Expect(about.Locator(".section-count")).ToHaveTextAsync("4/5");
        await Expect(about.Locator("button.link")).ToHaveTextAsync(["Community"]);
        var longTerm = page.Locator("#sections li[data-section=members_long_term]");
        await Expect(longTerm.Locator(".section-count")).ToHaveTextAsync("0/5");
        await Expect(longTerm.Locator("button.link")).ToHaveTextAsync(["Personal development", "Reputation", "Professional identity", "Network", "Marketability"]);
        await Expect(page.Locator("#sections li[data-section=roles] .section-count")).ToHaveTextAsync("0/12 optional");

        // Jump to an unanswered field: its named range is selected.
        await about.Locator("button.link").ClickAsync();
        await WaitForSelection(pane, "Survey!C7");

        // Check: the service's findings, errors first, each one leading to its cell.
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator("#findings-title")).ToHaveTextAsync("3 findings");
        await Expect(page.Locator(".verdict")).ToHaveTextAsync("2 problems to fix before you submit.");
        var findings = page.Locator("button.finding");
        await Expect(findings.Locator(".text")).ToHaveTextAsync(
        [
            "The community is missing: say which community of practice this is about.Survey!C7 · about.community",
            "Confidence: 7 is outside the scale of 1 to 5.Survey!C32 · indicator.confidence",
            "5 of 20 ratings left blank (Personal development, Reputation, Professional identity and 2 more); they count as not answered.Survey!C38 · indicator.personal_development",
        ]);
        await Expect(findings.Nth(0)).ToHaveClassAsync("finding error");
        await Expect(findings.Nth(2)).ToHaveClassAsync("finding warning");
        await pane.ScreenshotAsync(Path.Combine(fixture.Artifacts, "taskpane-findings.png"));
        await findings.Nth(1).ClickAsync();
        await WaitForSelection(pane, "Survey!C32");

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

        Assert.Empty(pane.Errors);
        Assert.Empty(pane.Refused);
    }

    private static async Task WaitForSelection(TaskPaneSession pane, string address)
    {
        for (var i = 0; i < 50 && await pane.SelectedAsync() != address; i++) await Task.Delay(100);
        Assert.Equal(address, await pane.SelectedAsync());
    }
}
