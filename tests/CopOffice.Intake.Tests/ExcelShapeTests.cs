using CopOffice.Intake.Forms;
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
        Assert.Equal($"warning: 1 of {Framework.ValueFramework.Indicators.Count} ratings left blank (Innovation); they count as not answered. ({TemplateFiles.Where(AnswerNames.Indicator("innovation"))})", finding.ToString());
    }

    [Fact]
    public void Numbers_typed_as_text_are_ratings()
    {
        var bytes = Survey()
            .Shared(AnswerNames.Indicator("time_saving"), "4")
            .Inline(AnswerNames.Indicator("innovation"), " 5 ")
            .Shared(AnswerNames.Indicator("network"), "4 - Considerably")
            .Shared(AnswerNames.Indicator("confidence"), "N/A")
            .Build();

        var response = Assert.IsType<Response>(TestIntake.Judged(bytes).Response);

        Assert.Equal(new Rating(4), response.Ratings[AnswerNames.Indicator("time_saving")]);
        Assert.Equal(new Rating(5), response.Ratings[AnswerNames.Indicator("innovation")]);
        Assert.Equal(new Rating(4), response.Ratings[AnswerNames.Indicator("network")]);
        Assert.Equal(Rating.NotApplicable, response.Ratings[AnswerNames.Indicator("confidence")]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_period_given_as_a_date_serial_is_read_with_or_without_a_date_format(bool dateFormat)
    {
        // 46341 is 15 November 2026.
        var bytes = Survey().Number(AnswerNames.Period, 46341, dateFormat).Build();

        var raw = TestIntake.Raw(bytes);
        var response = Assert.IsType<Response>(ReadItem.Read(raw).Judge(IntakeRules.Default).Response);

        Assert.Equal(dateFormat ? new DateTime(2026, 11, 15) : 46341d, raw.Answers[AnswerNames.Period].Value);
        Assert.Equal(new Period(2026, 4), response.Period);
    }

    [Fact]
    public void Extra_sheets_in_front_and_hidden_rows_change_nothing()
    {
        var template = Survey(sheetsBefore: ["My notes", "Draft"]);
        var (sheet, cell) = template[AnswerNames.Indicator("time_saving")];
        template.Workbook.HideRow(sheet, int.Parse(cell[1..], System.Globalization.CultureInfo.InvariantCulture)).HideRow(sheet, 5);

        var result = TestIntake.Judged(template.Build());

        Assert.Empty(result.Findings);
        Assert.Equal(new Rating(3), result.Response!.Ratings[AnswerNames.Indicator("time_saving")]);
        Assert.Equal("Ada Lovelace", result.Response.MemberName);
    }

    [Fact]
    public void A_renamed_answer_sheet_is_followed_through_the_defined_names()
    {
        var raw = TestIntake.Raw(Survey(answerSheet: "Ada's answers").Build());

        Assert.Equal("Ada Lovelace", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal("member.xlsx, Ada's answers!C5, about.name", raw.Answers[AnswerNames.Name].Location.ToString());
        Assert.NotNull(ReadItem.Read(raw).Judge(IntakeRules.Default).Response);
    }

    [Fact]
    public void Without_defined_names_the_answers_are_found_through_the_metadata_manifest()
    {
        var raw = TestIntake.Raw(Survey(names: false).Build());

        Assert.Equal("Ada Lovelace", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal(TemplateFiles.Where(AnswerNames.Name), raw.Answers[AnswerNames.Name].Location.ToString());
        Assert.Equal(3d, raw.Answers[AnswerNames.Indicator("time_saving")].Value);
        Assert.Empty(raw.Findings);
        Assert.Empty(ReadItem.Read(raw).Judge(IntakeRules.Default).Findings);
    }

    [Fact]
    public void A_renamed_answer_sheet_without_names_is_rejected_naming_the_sheet()
    {
        var finding = TestIntake.Rejection(Survey(answerSheet: "Answers", names: false).Build());

        Assert.Equal("The sheet 'Survey' with the answers is missing from this workbook (deleted or renamed), so the answers cannot be read. Give the sheet back its name 'Survey', or fill in a fresh copy of the template.", finding.Message);
        Assert.Equal("member.xlsx, sheet 'Survey'", finding.Location.ToString());
    }

    [Fact]
    public void A_deleted_answer_sheet_is_rejected_naming_the_sheet()
    {
        // What Excel leaves when the member deletes the sheet: every name refers to #REF!, the sheet is gone.
        var template = ExcelShapedTemplate.Create(TemplateKind.ValueSurvey).Fill(Answers.ValueSurvey());
        var deleted = DeleteSheet(template.Build(), "Survey");

        var finding = TestIntake.Rejection(deleted);

        Assert.Equal("The sheet 'Survey' with the answers has been deleted from this workbook (its defined names now refer to #REF!), so the answers cannot be read. Fill in a fresh copy of the template.", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("member.xlsx, sheet 'Survey'", finding.Location.ToString());
    }

    [Fact]
    public void A_deleted_answer_row_counts_as_blank_with_a_warning_at_its_name()
    {
        var bytes = ExcelShapedTemplate.Create(TemplateKind.ValueSurvey).Fill(Answers.ValueSurvey()).Build();
        var edited = RewriteWorkbookXml(bytes, xml => xml.Replace("Survey!$C$8<", "Survey!#REF!<", StringComparison.Ordinal));

        var raw = TestIntake.Raw(edited);

        var finding = Assert.Single(raw.Findings);
        Assert.Equal("warning: Organisational unit: the answer cell has been deleted (its defined name about.unit now refers to #REF!), so the answer counts as blank. (member.xlsx, sheet 'Survey', about.unit)", finding.ToString());
        Assert.Null(raw.Answers[AnswerNames.Unit].Value);
        Assert.Null(ReadItem.Read(raw).Judge(IntakeRules.Default).Response!.Unit);
    }

    [Fact]
    public void A_health_check_with_a_quoted_sheet_name_is_accepted()
    {
        var bytes = ExcelShapedTemplate.Create(TemplateKind.HealthCheck).Fill(Answers.HealthCheck()).Build();

        var result = TestIntake.Judged(bytes);

        Assert.Empty(result.Findings);
        Assert.Equal(TemplateKind.HealthCheck, result.Response!.Kind);
        Assert.Equal(Questionnaire.HealthCheck.Questions.Count(q => q.Type == AnswerType.Rating), result.Response.Ratings.Count);
        Assert.All(result.Response.Ratings.Values, r => Assert.Equal(new Rating(4), r));
        Assert.Equal("member.xlsx, Health check!C5, about.community", TestIntake.Raw(bytes).Answers[AnswerNames.Community].Location.ToString());
    }

    [Fact]
    public void An_unknown_template_kind_is_rejected_naming_the_metadata_cell()
    {
        var bytes = ExcelShapedTemplate.Create(TemplateKind.ValueSurvey, kindText: "team-survey").Build();

        var finding = TestIntake.Rejection(bytes);

        Assert.Equal("This workbook says it is a CopOffice template of kind \"team-survey\", which this CopOffice does not know (it reads value-survey, health-check, leadership-roles, forming-check, action-plan). Update CopOffice, or fill in one of its current templates.", finding.Message);
        Assert.Equal("member.xlsx, Metadata!B2, meta.kind", finding.Location.ToString());
    }

    [Fact]
    public void A_newer_template_version_is_passed_through_and_rejected_by_the_validator()
    {
        var bytes = ExcelShapedTemplate.Create(TemplateKind.ValueSurvey, version: 2).Fill(Answers.ValueSurvey()).Build();

        var item = TestIntake.Item(bytes);
        var result = item.Judge(IntakeRules.Default);

        Assert.Equal(2, item.Raw!.Version);
        Assert.Null(result.Response);
        Assert.Equal("error: This community of practice value survey was made with template version 2, newer than this CopOffice knows (version 1). Update CopOffice, or fill in the current template. (member.xlsx)",
            Assert.Single(result.Findings).ToString());
    }

    [Fact]
    public void A_version_that_is_no_number_is_rejected_naming_the_cell()
    {
        var template = ExcelShapedTemplate.Create(TemplateKind.ValueSurvey);
        template.Workbook.Shared("Metadata", "B3", "v1");

        var finding = TestIntake.Rejection(template.Build());

        Assert.Equal("The template's version in its hidden Metadata sheet is \"v1\", not a whole number, so the workbook cannot be matched to a template version. Fill in a fresh copy of the template.", finding.Message);
        Assert.Equal("member.xlsx, Metadata!B3, meta.version", finding.Location.ToString());
    }

    [Fact]
    public void A_workbook_without_CopOffice_metadata_is_not_a_template()
    {
        var bytes = new OpenXmlWorkbook().Sheet("Sheet1").Shared("Sheet1", "A1", "Name").Shared("Sheet1", "B1", "Score").Shared("Sheet1", "A2", "Ada").Number("Sheet1", "B2", 4).Build();

        var finding = TestIntake.Rejection(bytes, "scores.xlsx");

        Assert.Equal(FormsExportReader.Unrecognised, finding.Message);
        Assert.Equal("Not a CopOffice template or a Microsoft Forms export: the workbook carries no CopOffice template metadata, and its first row has neither Forms' own columns "
            + "(ID, Start time, Completion time, Email, Name) nor the questions of templates/forms/value-survey.md, templates/forms/health-check.md or templates/forms/forming-check.md. Fill in one of the CopOffice templates "
            + "(value-survey.xlsx, health-check.xlsx, leadership-roles.xlsx, forming-check.xlsx or action-plan.xlsx) and send that, or the Forms response workbook as downloaded.", finding.Message);
        Assert.Equal("scores.xlsx, row 1", finding.Location.ToString());
    }

    [Fact]
    public void A_workbook_with_a_sheet_of_its_own_called_Metadata_is_not_a_template()
    {
        var bytes = new OpenXmlWorkbook()
            .Sheet("Data").Shared("Data", "A1", "Id").Number("Data", "A2", 1)
            .Sheet("Metadata").Shared("Metadata", "A1", "Exported by").Shared("Metadata", "B1", "Power BI")
            .Build();

        Assert.Equal(FormsExportReader.Unrecognised, TestIntake.Rejection(bytes, "export.xlsx").Message);
    }

    /// <summary>What Excel writes when a sheet is deleted: the sheet leaves workbook.xml and every name that pointed into it becomes #REF!.</summary>
    private static byte[] DeleteSheet(byte[] bytes, string sheet) =>
        RewriteWorkbookXml(bytes, xml => System.Text.RegularExpressions.Regex.Replace(
            xml.Replace($"{sheet}!$", "#REF!$", StringComparison.Ordinal),
            $"<x:sheet name=\"{sheet}\"[^>]*/>|<sheet name=\"{sheet}\"[^>]*/>", ""));

    private static byte[] RewriteWorkbookXml(byte[] bytes, Func<string, string> rewrite)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/workbook.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var rewritten = rewrite(xml);
            Assert.NotEqual(xml, rewritten);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write(rewritten);
        }
        return stream.ToArray();
    }
}
