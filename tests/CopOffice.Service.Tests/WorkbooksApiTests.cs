using System.Net;
using System.Net.Http.Headers;
using CopOffice.Questionnaires;

namespace CopOffice.Service.Tests;

/// <summary>POST /api/workbooks/validate: real workbooks in, the intake's findings out.</summary>
public sealed class WorkbooksApiTests(DevServiceFactory factory) : IClassFixture<DevServiceFactory>
{
    internal static ByteArrayContent Body(byte[] bytes, string contentType = Workbooks.Xlsx)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Fact]
    public async Task A_flawed_workbook_gets_its_findings_with_cell_addresses_and_defined_names()
    {
        var response = await factory.CreateClient().PostAsync("/api/workbooks/validate?name=ana-survey.xlsx", Body(Workbooks.Survey(Workbooks.FlawedSurvey())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJson();

        Assert.Equal("ana-survey.xlsx", json.Str("file"));
        Assert.Equal("value-survey", json.Str("kind"));
        Assert.Equal("rejected", json.Str("status"));
        var findings = json.GetProperty("findings").EnumerateArray().Select(f => (f.Str("severity"), f.Str("message"), f.Str("sheet"), f.Str("cell"), f.Str("name"))).ToList();
        Assert.Equal(
            Workbooks.FlawedSurveyFindings(),
            findings);
    }

    [Fact]
    public async Task A_valid_workbook_is_accepted_and_the_same_answers_checked_in_the_pane_agree()
    {
        var json = await (await factory.CreateClient().PostAsync("/api/workbooks/validate", Body(Workbooks.Survey(Workbooks.ValidSurvey())))).ReadJson();
        Assert.Equal("accepted", json.Str("status"));
        Assert.Equal("workbook.xlsx", json.Str("file"));
        Assert.Equal("Data Science", json.Str("community"));
        Assert.Equal("2026-Q4", json.Str("period"));
    }

    [Fact]
    public async Task A_workbook_can_come_as_the_one_file_of_a_form()
    {
        using var form = new MultipartFormDataContent { { Body(Workbooks.Survey(Workbooks.ValidSurvey())), "workbook", "my survey.xlsx" } };
        var json = await (await factory.CreateClient().PostAsync("/api/workbooks/validate", form)).ReadJson();
        Assert.Equal("my survey.xlsx", json.Str("file"));
        Assert.Equal("accepted", json.Str("status"));
    }

    [Fact]
    public async Task A_spreadsheet_that_is_no_template_is_rejected_with_the_intakes_reason()
    {
        using var plain = new MemoryStream();
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            workbook.AddWorksheet("Budget").Cell(1, 1).SetValue("Travel");
            workbook.SaveAs(plain);
        }
        var json = await (await factory.CreateClient().PostAsync("/api/workbooks/validate?name=budget.xlsx", Body(plain.ToArray()))).ReadJson();
        Assert.Equal("rejected", json.Str("status"));
        Assert.Equal(JsonValueKindNull, json.GetProperty("kind").ValueKind);
        Assert.Equal(CopOffice.Intake.Forms.FormsExportReader.Unrecognised, json.GetProperty("findings")[0].Str("message"));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task A_damaged_workbook_is_rejected_not_a_server_error()
    {
        var json = await (await factory.CreateClient().PostAsync("/api/workbooks/validate?name=notes.xlsx", Body(Workbooks.ZipThatIsNoWorkbook()))).ReadJson();
        Assert.Equal("rejected", json.Str("status"));
        Assert.Equal(1, json.GetProperty("errors").GetInt32());
        Assert.Equal("notes.xlsx", json.GetProperty("findings")[0].Str("file"));
    }

    [Fact]
    public async Task A_health_check_is_read_by_its_own_names()
    {
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = "Data Science",
            [AnswerNames.Period] = "2026-Q3",
            [AnswerNames.CompletedBy] = "Bo Chen",
            [AnswerNames.Email] = "bo.chen@contoso.com",
        };
        foreach (var q in Questionnaire.For(TemplateKind.HealthCheck, null).Questions.Where(q => q.Type == AnswerType.Rating)) answers[q.Name] = "4 - Agree";
        var json = await (await factory.CreateClient().PostAsync("/api/workbooks/validate", Body(Workbooks.Fill(TemplateKind.HealthCheck, answers)))).ReadJson();
        Assert.Equal("health-check", json.Str("kind"));
        Assert.Equal("accepted", json.Str("status"));
        Assert.Equal("2026-Q3", json.Str("period"));
    }
}
