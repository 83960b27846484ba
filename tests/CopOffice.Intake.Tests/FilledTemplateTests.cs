using CopOffice.Framework;
using CopOffice.Intake.Forms;
using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Tests;

/// <summary>The real templates, written by TemplateWriter and filled in with ClosedXML, read back.</summary>
public class FilledTemplateTests
{
    [Fact]
    public void A_filled_value_survey_is_read_through_its_defined_names()
    {
        var raw = TestIntake.Raw(TemplateFiles.FilledSurvey());

        Assert.Equal(TemplateKind.ValueSurvey, raw.Kind);
        Assert.Equal(1, raw.Version);
        Assert.Equal(TestIntake.FileTime, raw.Source.FileTime);
        Assert.Equal(Questionnaire.ValueSurvey.Questions.Count(), raw.Answers.Count);
        Assert.Equal("Ada Lovelace", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal(TemplateFiles.Where(AnswerNames.Name), raw.Answers[AnswerNames.Name].Location.ToString());
        Assert.Equal(3d, raw.Answers[AnswerNames.Indicator("time_saving")].Value);
        Assert.Equal(TemplateFiles.Where(AnswerNames.Indicator("time_saving")), raw.Answers[AnswerNames.Indicator("time_saving")].Location.ToString());
        Assert.Null(raw.Answers[AnswerNames.Story("insights")].Value);
        Assert.Equal(TemplateFiles.Where(AnswerNames.Story("insights")), raw.Answers[AnswerNames.Story("insights")].Location.ToString());
        Assert.Empty(raw.Findings);
    }

    [Fact]
    public void A_filled_value_survey_is_accepted()
    {
        var result = TestIntake.Judged(TemplateFiles.FilledSurvey());

        Assert.Empty(result.Findings);
        var response = Assert.IsType<Response>(result.Response);
        Assert.Equal("Data Science", response.Community);
        Assert.Equal(new Period(2026, 4), response.Period);
        Assert.Equal("ada@example.org", response.MemberEmail);
        Assert.Equal(["networking"], response.RolesHeld);
        Assert.Equal(20, response.Ratings.Count);
        Assert.Equal(TestIntake.FileTime, response.Time);
    }

    [Fact]
    public void An_earlier_health_check_that_asked_for_the_cultivation_stage_goes_through_with_a_note()
    {
        // Health checks before December 2026 had a stage.current cell ("Where is the community now?").
        var sheet = Questionnaire.HealthCheck.Title;
        var earlier = TemplateFiles.Filled(TemplateKind.HealthCheck, Answers.HealthCheck(), workbook =>
        {
            var cell = workbook.NamedRanges.NamedRange(AnswerNames.Email).Ranges.Single().Worksheet.Cell("C90");
            sheet = cell.Worksheet.Name;
            cell.SetValue("support");
            cell.AddToNamed(AnswerNames.Stage, ClosedXML.Excel.XLScope.Workbook);
        });

        var result = TestIntake.Judged(earlier);

        Assert.Equal($"warning: \"Where is the community now?\" (support): an earlier template's question, no longer asked or reported. Its steps are the organisation's programme " +
            $"for cultivating communities, not a phase of one community: the organisation report's Programme sheet follows them. Nothing to do. (member.xlsx, {sheet}!C90, stage.current)",
            Assert.Single(result.Findings).ToString());
        Assert.Equal(LedgerStatus.AcceptedWithWarnings, Ledger.Build([result]).Entries[0].Status);
    }

    [Theory]
    [InlineData(TemplateKind.HealthCheck)]
    [InlineData(TemplateKind.LeadershipRoles)]
    public void Coordinators_templates_are_accepted(TemplateKind kind)
    {
        var answers = kind == TemplateKind.HealthCheck ? Answers.HealthCheck() : Answers.LeadershipRoles();

        var result = TestIntake.Judged(TemplateFiles.Filled(kind, answers));

        Assert.Empty(result.Findings);
        Assert.Equal(kind, result.Response!.Kind);
        Assert.Equal("Data Science", result.Response.Community);
        Assert.Equal(new Period(2026, 4), result.Response.Period);
        Assert.Equal("grace@example.org", result.Response.MemberEmail);
    }

    [Fact]
    public void A_macro_enabled_copy_is_read_like_an_xlsx()
    {
        var result = TestIntake.Judged(TemplateFiles.FilledSurvey(), "member.xlsm");

        Assert.Empty(result.Findings);
        Assert.Equal("member.xlsm", result.Response!.Source.Path);
    }

    [Fact]
    public void Rows_inserted_above_the_answers_move_them_and_the_names_follow()
    {
        var bytes = TemplateFiles.FilledSurvey(edit: book => book.Worksheet("Survey").Row(3).InsertRowsAbove(2));

        var raw = TestIntake.Raw(bytes);

        Assert.Equal("Ada Lovelace", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal(TemplateFiles.Where(AnswerNames.Name, rowsInserted: 2), raw.Answers[AnswerNames.Name].Location.ToString());
        Assert.Empty(ReadItem.Read(raw).Judge(IntakeRules.Default).Findings);
    }

    [Fact]
    public void What_a_person_plainly_meant_is_accepted_and_a_value_typed_over_a_dropdown_is_a_warning()
    {
        var bytes = TemplateFiles.FilledSurvey(answers =>
        {
            answers[AnswerNames.Indicator("time_saving")] = " 4 ";
            answers[AnswerNames.Indicator("innovation")] = "5 - Very much";
            answers[AnswerNames.Indicator("network")] = "n/a";
            answers[AnswerNames.Period] = new DateTime(2026, 11, 15);
            answers[AnswerNames.MemberType] = "core";
            answers[AnswerNames.RoleHeld("expertise")] = "x";
        });

        var result = TestIntake.Judged(bytes);

        var finding = Assert.Single(result.Findings);
        Assert.Equal($"warning: How you take part: \"core\" is not one of Coordinator, Expert, Core member, Lurker, Active member, Sponsor, Peripheral member, Outsider; it is ignored. ({TemplateFiles.Where(AnswerNames.MemberType)})", finding.ToString());
        var response = result.Response!;
        Assert.Equal(new Rating(4), response.Ratings[AnswerNames.Indicator("time_saving")]);
        Assert.Equal(new Rating(5), response.Ratings[AnswerNames.Indicator("innovation")]);
        Assert.Equal(Rating.NotApplicable, response.Ratings[AnswerNames.Indicator("network")]);
        Assert.Equal(new Period(2026, 4), response.Period);
        Assert.Null(response.MemberType);
        Assert.Equal(["expertise", "networking"], response.RolesHeld.Order());
    }

    [Fact]
    public void Several_member_types_typed_in_the_cell_are_all_kept()
    {
        var bytes = TemplateFiles.FilledSurvey(answers => answers[AnswerNames.MemberType] = "Expert; core member");

        var result = TestIntake.Judged(bytes);

        Assert.Empty(result.Findings);
        Assert.Equal(["Expert", "Core member"], result.Response!.MemberTypes);
        Assert.Equal("Expert", result.Response.MemberType);
    }

    [Fact]
    public void A_follow_up_filled_by_defined_names_keeps_its_story_key_and_outcome()
    {
        var key = StoryKeys.Of("ada@example.org", "Data Science", new Period(2026, 2));   // her own story: the survey is hers
        var bytes = TemplateFiles.FilledSurvey(answers =>
        {
            answers[AnswerNames.FollowUp(1, "story")] = key;
            answers[AnswerNames.FollowUp(1, "quote")] = "2026-Q2: learned a new way to test pipelines.";
            answers[AnswerNames.FollowUp(1, "outcome")] = "Realised";
            answers[AnswerNames.FollowUp(1, "difference")] = "Releases stopped breaking.";
            answers[AnswerNames.FollowUp(1, "claim")] = "saves 6 hours a month";
        });

        var result = TestIntake.Judged(bytes);

        Assert.Empty(result.Findings);
        var texts = result.Response!.Texts;
        Assert.Equal((key, "realised", "Releases stopped breaking.", "saves 6 hours a month"),
            (texts[AnswerNames.FollowUp(1, "story")], texts[AnswerNames.FollowUp(1, "outcome")], texts[AnswerNames.FollowUp(1, "difference")], texts[AnswerNames.FollowUp(1, "claim")]));
    }

    [Fact]
    public void A_rating_off_the_scale_rejects_the_response_at_its_cell()
    {
        var bytes = TemplateFiles.FilledSurvey(answers => answers[AnswerNames.Indicator("time_saving")] = 7);

        var result = TestIntake.Judged(bytes);

        Assert.Null(result.Response);
        Assert.Equal($"error: Time saving: 7 is outside the scale of 1 to 5. ({TemplateFiles.Where(AnswerNames.Indicator("time_saving"))})", Assert.Single(result.Findings).ToString());
    }

    [Fact]
    public void A_blank_template_is_rejected_for_what_is_missing()
    {
        var result = TestIntake.Judged(TemplateFiles.BlankBytes(TemplateKind.ValueSurvey), "blank.xlsx");

        Assert.Null(result.Response);
        Assert.Equal(
        [
            $"error: The community is missing: say which community of practice this is about. ({TemplateFiles.Where(AnswerNames.Community, "blank.xlsx")})",
            $"error: The period is missing: write the period this covers, e.g. 2026-Q4. ({TemplateFiles.Where(AnswerNames.Period, "blank.xlsx")})",
            $"error: Nothing is rated: rate the {ValueFramework.Indicators.Count} statements 1 to 5 (or n/a) before submitting. ({TemplateFiles.Where(AnswerNames.Indicator("help_with_challenges"), "blank.xlsx")})",
            $"warning: Anonymous response: no name or email. It counts in group figures, but no personal workbook can be made and a repeat cannot be recognised. ({TemplateFiles.Where(AnswerNames.Email, "blank.xlsx")})",
            $"warning: No answer to \"May we quote your story?\": the story is treated as not to be quoted. ({TemplateFiles.Where(AnswerNames.Consent, "blank.xlsx")})",
        ], result.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Without_defined_names_the_manifest_places_the_answers()
    {
        var bytes = TemplateFiles.FilledSurvey(edit: book =>
        {
            foreach (var name in book.NamedRanges.Select(n => n.Name).ToList()) book.NamedRanges.Delete(name);
        });

        var raw = TestIntake.Raw(bytes);

        Assert.Equal("Ada Lovelace", raw.Answers[AnswerNames.Name].Value);
        Assert.Equal(TemplateFiles.Where(AnswerNames.Name), raw.Answers[AnswerNames.Name].Location.ToString());
        Assert.Empty(ReadItem.Read(raw).Judge(IntakeRules.Default).Findings);
    }

    [Fact]
    public void A_template_whose_metadata_sheet_was_removed_by_a_program_is_rejected()
    {
        var bytes = TemplateFiles.FilledSurvey(edit: book => book.Worksheet("Metadata").Delete());

        var finding = TestIntake.Rejection(bytes);

        Assert.Equal("This workbook was made from a CopOffice template, but its hidden Metadata sheet is gone, so which template and version it is cannot be told. Fill in a fresh copy of the template.", finding.Message);
    }

    [Fact]
    public void A_workbook_made_in_ClosedXML_without_metadata_is_not_a_template()
    {
        using var book = new ClosedXML.Excel.XLWorkbook();
        book.AddWorksheet("Survey").Cell("C5").SetValue("Ada");
        using var stream = new MemoryStream();
        book.SaveAs(stream);

        Assert.Equal(FormsExportReader.Unrecognised, TestIntake.Rejection(stream.ToArray()).Message);
    }
}
