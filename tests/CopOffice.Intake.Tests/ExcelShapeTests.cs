using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Tests;

/// <summary>Templates as Excel saves them once filled in, written cell by cell with DocumentFormat.OpenXml.</summary>
public class ExcelShapeTests
{
    private static ExcelShapedTemplate Survey(string? answerSheet = null, bool names = true, params string[] sheetsBefore) =>
        ExcelShapedTemplate.Create(TemplateKind.ValueSurvey, answerSheet, names, sheetsBefore: sheetsBefore).Fill(Answers.ValueSurvey());

    [Fact]
    public void Shared_strings_and_numbers_as_Excel_writes_them_are_accepted()
    {
        var result = TestIntake.Judged(Survey().Build());

        Assert.Empty(result.Findings);
        var response = Assert.IsType<Response>(result.Response);
        Assert.Equal("Data Science", response.Community);
        Assert.Equal("Ada Lovelace", response.MemberName);
        Assert.Equal(new Rating(3), response.Ratings[AnswerNames.Indicator("time_saving")]);
    }

    [Fact]
    public void Inline_strings_formula_results_and_errors_are_read_as_Excel_cached_them()
    {
        var bytes = Survey()
            .Inline(AnswerNames.Name, "Ada Inline")
            .FormulaText(AnswerNames.Community, "\"Data \"&\"Science\"", "Data Science")
            .Formula(AnswerNames.Indicator("time_saving"), "2+2", 4)
            .FormulaError(AnswerNames.Indicator("innovation"), "1/0", "#DIV/0!")
            .Build();

        var raw = TestIntake.Raw(bytes);

        Assert.Equal("Ada Inline", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal("Data Science", raw.Answers[AnswerNames.Community].Value);
        Assert.Equal(4d, raw.Answers[AnswerNames.Indicator("time_saving")].Value);
        // ExcelDataReader 3.6 reads an error value (#DIV/0!, #N/A …) as an empty cell: a blank answer.
        Assert.Null(raw.Answers[AnswerNames.Indicator("innovation")].Value);
        var finding = Assert.Single(ReadItem.Read(raw).Judge(IntakeRules.Default).Findings);
        Assert.Equal("warning: 1 of 20 ratings left blank (Innovation); they count as not answered. (member.xlsx, Survey!C56, indicator.innovation)", finding.ToString());
    }
}
