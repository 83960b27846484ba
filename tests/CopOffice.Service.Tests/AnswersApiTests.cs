using System.Net;
using System.Net.Http.Json;
using CopOffice.Questionnaires;

namespace CopOffice.Service.Tests;

/// <summary>The task pane's Check: answers read by defined name, judged by ResponseValidator on the service.</summary>
public sealed class AnswersApiTests(DevServiceFactory factory) : IClassFixture<DevServiceFactory>
{
    private static object Request(Dictionary<string, object?> answers, string kind = "value-survey", int? version = 1)
    {
        var addresses = Workbooks.Addresses(TemplateKind.ValueSurvey);
        return new
        {
            kind,
            version,
            file = "ana-survey.xlsx",
            answers = answers.ToDictionary(a => a.Key, a => new { value = a.Value, address = addresses[a.Key].Replace("C", "$C$") }),
        };
    }

    [Fact]
    public async Task Flawed_answers_come_back_as_errors_then_warnings_with_sheet_cell_and_name()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", Request(Workbooks.FlawedSurvey()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJson();

        Assert.Equal("rejected", json.Str("status"));
        Assert.Equal(2, json.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.GetProperty("warnings").GetInt32());
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(
            Workbooks.FlawedSurveyFindings(),
            findings.Select(f => (f.Str("severity"), f.Str("message"), f.Str("sheet"), f.Str("cell"), f.Str("name"))));
        Assert.Equal($"ana-survey.xlsx, {Workbooks.Addresses(TemplateKind.ValueSurvey)[AnswerNames.Community]}, {AnswerNames.Community}", findings[0].Str("where"));
    }

    [Fact]
    public async Task Complete_answers_are_accepted_with_their_community_and_period()
    {
        var answers = Workbooks.ValidSurvey();
        answers["about.period"] = "Q4 2026";
        var json = await (await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", Request(answers))).ReadJson();

        Assert.Equal("accepted", json.Str("status"));
        Assert.Equal("Data Science", json.Str("community"));
        Assert.Equal("2026-Q4", json.Str("period"));
        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Excel_values_arrive_as_json_numbers_booleans_and_date_serials()
    {
        var answers = Workbooks.ValidSurvey();
        // Excel hands a date cell over as its serial number: 46340 is 2026-11-14, in 2026-Q4.
        answers["about.period"] = 46340.0;
        var json = await (await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", Request(answers))).ReadJson();
        Assert.Equal("2026-Q4", json.Str("period"));
    }

    [Theory]
    [InlineData("payroll", 1, "\"payroll\" is not a CopOffice template kind: expected one of value-survey, health-check, leadership-roles, forming-check, action-plan (the workbook's meta.kind).")]
    [InlineData("value-survey", null, "Send the template's version (the workbook's meta.version).")]
    public async Task A_request_without_a_known_template_is_a_problem_saying_what_to_send(string kind, int? version, string detail)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", Request(Workbooks.ValidSurvey(), kind, version));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(detail, (await response.ReadJson()).Str("detail"));
    }

    [Fact]
    public async Task A_newer_template_version_is_rejected_with_the_validators_words()
    {
        var json = await (await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", Request(Workbooks.ValidSurvey(), version: 2))).ReadJson();
        Assert.Equal("rejected", json.Str("status"));
        Assert.Equal("This community of practice value survey was made with template version 2, newer than this CopOffice knows (version 1). Update CopOffice, or fill in the current template.",
            json.GetProperty("findings")[0].Str("message"));
    }

    [Fact]
    public async Task An_answer_that_is_not_a_cell_value_is_refused()
    {
        var body = new { kind = "value-survey", version = 1, answers = new Dictionary<string, object> { ["about.email"] = new { value = new[] { 1, 2 } } } };
        var response = await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The answer to about.email is not a single cell value (text, number, true/false or empty).", (await response.ReadJson()).Str("detail"));
    }
}
