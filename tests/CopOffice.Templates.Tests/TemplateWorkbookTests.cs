using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;

namespace CopOffice.Templates.Tests;

public class TemplateWorkbookTests(TemplateFixture fixture) : IClassFixture<TemplateFixture>
{
    public static TheoryData<TemplateKind> Kinds => [.. TemplateKinds.All];

    [Fact]
    public void The_set_holds_five_workbooks_three_Forms_surveys_and_a_readme() =>
        Assert.Equal(["value-survey.xlsx", "health-check.xlsx", "leadership-roles.xlsx", "forming-check.xlsx", "action-plan.xlsx",
            Path.Combine("forms", "value-survey.json"), Path.Combine("forms", "value-survey.md"),
            Path.Combine("forms", "health-check.json"), Path.Combine("forms", "health-check.md"),
            Path.Combine("forms", "forming-check.json"), Path.Combine("forms", "forming-check.md"), "README.md"], fixture.Written);

    [Theory, MemberData(nameof(Kinds))]
    public void Every_answer_has_a_workbook_scoped_name_on_one_unlocked_input_cell(TemplateKind kind)
    {
        using var workbook = new XLWorkbook(fixture.PathOf(kind));
        var questionnaire = Questionnaire.For(kind, community: null);   // what the template of today asks
        foreach (var question in questionnaire.Questions)
        {
            Assert.True(workbook.NamedRanges.TryGetValue(question.Name, out var name), $"no defined name {question.Name}");
            var range = Assert.Single(name!.Ranges);
            Assert.Equal(1, range.RowCount());
            var cell = range.FirstCell();
            Assert.Equal(TemplateWriter.AnswerSheetName(kind), cell.Worksheet.Name);
            Assert.False(cell.Style.Protection.Locked, $"{question.Name} is locked");
            Assert.True(cell.IsEmpty(), $"{question.Name} is not blank");
            Assert.True(cell.HasDataValidation, $"{question.Name} has no input message");
        }
        Assert.Equal(questionnaire.Questions.Count() + 2, workbook.NamedRanges.Count());
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Answer_sheets_are_protected_and_only_answer_cells_are_unlocked(TemplateKind kind)
    {
        using var workbook = new XLWorkbook(fixture.PathOf(kind));
        var sheet = workbook.Worksheet(TemplateWriter.AnswerSheetName(kind));
        Assert.True(sheet.IsProtected);
        Assert.False(sheet.IsPasswordProtected);
        var answerCells = workbook.NamedRanges.Where(n => !n.Name.StartsWith("meta.")).Select(n => n.Ranges.Single().FirstCell().Address.ToString()).ToHashSet();
        var unlockedFirstCells = sheet.CellsUsed(XLCellsUsedOptions.All)
            .Where(c => !c.Style.Protection.Locked && (!c.IsMerged() || c.MergedRange().FirstCell().Address.Equals(c.Address)))
            .Select(c => c.Address.ToString()).ToHashSet();
        Assert.Equal(answerCells.Order(), unlockedFirstCells.Order());
        Assert.All(workbook.Worksheets, s => Assert.True(s.IsProtected, $"{s.Name} is not protected"));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Sheets_in_order_with_lists_hidden_and_metadata_very_hidden(TemplateKind kind)
    {
        using var workbook = new XLWorkbook(fixture.PathOf(kind));
        Assert.Equal(["Instructions", TemplateWriter.AnswerSheetName(kind), "Lists", "Metadata"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal([XLWorksheetVisibility.Visible, XLWorksheetVisibility.Visible, XLWorksheetVisibility.Hidden, XLWorksheetVisibility.VeryHidden],
            workbook.Worksheets.Select(s => s.Visibility));
    }

    [Fact]
    public void Ratings_offer_one_to_five_and_na_with_the_scale_in_the_input_message()
    {
        using var workbook = new XLWorkbook(fixture.PathOf(TemplateKind.ValueSurvey));
        var cell = workbook.NamedRanges.NamedRange("indicator.time_saving").Ranges.Single().FirstCell();
        var validation = cell.DataValidation;
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.Equal(XLErrorStyle.Stop, validation.ErrorStyle);
        Assert.Equal("Time saving", validation.InputTitle);
        Assert.Equal("The community saved time in our work.\n1 = Not at all\n2 = A little\n3 = Moderately\n4 = Considerably\n5 = Very much\nn/a = does not apply", validation.InputMessage);
        Assert.Equal("Choose 1 to 5 from the list, or n/a if it does not apply.", validation.ErrorMessage);
        var list = workbook.Range(validation.Value);
        Assert.Equal(["1", "2", "3", "4", "5", "n/a"], list.Cells().Select(c => c.GetString()));
        Assert.Equal(XLDataType.Number, list.FirstCell().DataType);
    }

    [Fact]
    public void Choices_come_from_the_framework()
    {
        using var workbook = new XLWorkbook(fixture.PathOf(TemplateKind.ValueSurvey));
        var validation = workbook.NamedRanges.NamedRange(AnswerNames.MemberType).Ranges.Single().FirstCell().DataValidation;
        Assert.Equal(ValueFramework.MemberTypes.Select(m => m.Name),
            workbook.Range(validation.Value).Cells().Select(c => c.GetString()));
        // "Circle any that applies": the dropdown picks one, and several typed with semicolons are let through.
        Assert.Equal(XLErrorStyle.Information, validation.ErrorStyle);
        Assert.Equal("For several, type them separated by semicolons, e.g. Coordinator; Expert. Choices: Coordinator, Expert, Core member, Lurker, Active member, Sponsor, Peripheral member, Outsider.",
            validation.ErrorMessage);
        Assert.Equal("Any that apply, separated by semicolons (e.g. Core member; Expert).", validation.InputMessage);
    }

    [Fact]
    public void Email_is_checked_with_a_warning_not_a_block()
    {
        using var workbook = new XLWorkbook(fixture.PathOf(TemplateKind.ValueSurvey));
        var cell = workbook.NamedRanges.NamedRange(AnswerNames.Email).Ranges.Single().FirstCell();
        Assert.Equal(XLAllowedValues.Custom, cell.DataValidation.AllowedValues);
        Assert.Equal($"ISNUMBER(SEARCH(\"@\",{cell.Address}))", cell.DataValidation.Value);
        Assert.Equal(XLErrorStyle.Warning, cell.DataValidation.ErrorStyle);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Print_setup_fits_the_answer_sheet_to_the_page_width(TemplateKind kind)
    {
        using var workbook = new XLWorkbook(fixture.PathOf(kind));
        var setup = workbook.Worksheet(TemplateWriter.AnswerSheetName(kind)).PageSetup;
        Assert.Equal(1, setup.PagesWide);
        Assert.Equal(0, setup.PagesTall);
        Assert.Equal(XLPaperSize.A4Paper, setup.PaperSize);
        // Grids (the roles analysis, the action plan) print across the page.
        Assert.Equal(kind is TemplateKind.LeadershipRoles or TemplateKind.ActionPlan ? XLPageOrientation.Landscape : XLPageOrientation.Portrait, setup.PageOrientation);
        Assert.Single(setup.PrintAreas);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Column_widths_are_set_not_left_at_the_default(TemplateKind kind)
    {
        using var workbook = new XLWorkbook(fixture.PathOf(kind));
        var sheet = workbook.Worksheet(TemplateWriter.AnswerSheetName(kind));
        Assert.Equal(2, sheet.Column(1).Width, 1);
        Assert.All(Enumerable.Range(2, sheet.LastColumnUsed().ColumnNumber() - 1), c => Assert.InRange(sheet.Column(c).Width, 20, 50));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void ExcelDataReader_reads_the_metadata_and_the_manifest(TemplateKind kind)
    {
        using var stream = File.OpenRead(fixture.PathOf(kind));
        using var reader = SpreadsheetFile.OpenReader(stream, fixture.PathOf(kind));
        var sheets = new List<string>();
        List<object?[]>? metadata = null;
        do
        {
            sheets.Add(reader.Name);
            if (reader.Name != TemplateMetadata.SheetName) continue;
            metadata = [];
            while (reader.Read()) metadata.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
        } while (reader.NextResult());

        Assert.Equal(["Instructions", TemplateWriter.AnswerSheetName(kind), "Lists", "Metadata"], sheets);
        Assert.NotNull(metadata);
        Assert.Equal(kind.Id(), metadata[TemplateMetadata.KindRow - 1][1]);
        Assert.Equal((double)Questionnaire.For(kind, community: null).Version, metadata[TemplateMetadata.VersionRow - 1][1]);
        Assert.Equal(kind == TemplateKind.HealthCheck ? 2.0 : 1.0, metadata[TemplateMetadata.VersionRow - 1][1]);
        Assert.Equal(TemplateMetadata.ManifestColumns, metadata[TemplateMetadata.ManifestHeaderRow - 1].Take(6).Select(SpreadsheetFile.Text));
        var manifest = metadata.Skip(TemplateMetadata.ManifestHeaderRow).Select(r => SpreadsheetFile.Text(r[0])).ToList();
        Assert.Equal(Questionnaire.For(kind, community: null).Questions.Select(q => q.Name), manifest);
    }

    [Fact]
    public void Manifest_cells_match_the_defined_names()
    {
        using var workbook = new XLWorkbook(fixture.PathOf(TemplateKind.LeadershipRoles));
        var meta = workbook.Worksheet(TemplateMetadata.SheetName);
        for (var row = TemplateMetadata.ManifestHeaderRow + 1; !meta.Cell(row, 1).IsEmpty(); row++)
        {
            var name = workbook.NamedRanges.NamedRange(meta.Cell(row, 1).GetString());
            Assert.Equal($"{meta.Cell(row, 2).GetString()}!{meta.Cell(row, 3).GetString()}", name.Ranges.Single().FirstCell().Address.ToString(XLReferenceStyle.A1, includeSheet: true).Replace("'", ""));
        }
    }

    [Fact]
    public void Community_lists_turn_the_fields_into_dropdowns()
    {
        var path = Path.Combine(fixture.Directory, "with-lists.xlsx");
        using (var stream = File.Create(path))
            TemplateWriter.Write(Questionnaire.ValueSurvey, stream, new OrganisationLists(["Data Science, Analytics", "Field Service"], ["Operations"]));
        using var workbook = new XLWorkbook(path);
        var community = workbook.NamedRanges.NamedRange(AnswerNames.Community).Ranges.Single().FirstCell().DataValidation;
        Assert.Equal(XLAllowedValues.List, community.AllowedValues);
        Assert.Equal(["Data Science, Analytics", "Field Service"], workbook.Range(community.Value).Cells().Select(c => c.GetString()));
        var unit = workbook.NamedRanges.NamedRange(AnswerNames.Unit).Ranges.Single().FirstCell().DataValidation;
        Assert.Equal(["Operations"], workbook.Range(unit.Value).Cells().Select(c => c.GetString()));
    }

    [Fact]
    public void Without_lists_community_is_free_text_with_an_input_message()
    {
        using var workbook = new XLWorkbook(fixture.PathOf(TemplateKind.ValueSurvey));
        var validation = workbook.NamedRanges.NamedRange(AnswerNames.Community).Ranges.Single().FirstCell().DataValidation;
        Assert.Equal(XLAllowedValues.AnyValue, validation.AllowedValues);
        Assert.Equal("The community of practice this answer is about.", validation.InputMessage);
    }
}
