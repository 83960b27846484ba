using ClosedXML.Excel;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>
/// Lays a questionnaire out on one sheet: label in B, answer in C (C:D merged for long text), hint in D;
/// a grid section becomes a table of rows × columns. Every answer cell is named after its question.
/// </summary>
internal sealed class AnswerSheet
{
    private const double LabelWidth = 44, AnswerWidth = 26, HintWidth = 46;
    private const double GridRowWidth = 26, GridCellWidth = 24;
    private const double LongTextHeight = 78;

    private readonly XLWorkbook _workbook;
    private readonly IXLWorksheet _sheet;
    private readonly ChoiceLists _choices;
    private readonly OrganisationLists _lists;
    private readonly List<AnswerCell> _cells = [];
    private int _row = 1;
    // Columns of a question row: the answer spans C.._answerTo, the hint _answerTo+1.._lastColumn;
    // on a grid sheet the columns are narrow, so the about block's answers span two of them.
    private int _answerTo = 3, _lastColumn = 4;
    private double _hintWidth = HintWidth, _labelWidth = LabelWidth;

    private AnswerSheet(XLWorkbook workbook, string name, ChoiceLists choices, OrganisationLists lists)
    {
        _workbook = workbook;
        _sheet = workbook.AddWorksheet(name);
        _choices = choices;
        _lists = lists;
    }

    public static IReadOnlyList<AnswerCell> Write(XLWorkbook workbook, Questionnaire questionnaire, string sheetName, ChoiceLists choices, OrganisationLists lists)
    {
        var layout = new AnswerSheet(workbook, sheetName, choices, lists);
        layout.WriteAll(questionnaire);
        return layout._cells;
    }

    private void WriteAll(Questionnaire questionnaire)
    {
        var gridColumns = questionnaire.Sections.Select(s => s.Grid?.Columns.Count ?? 0).Max();
        var lastColumn = gridColumns > 0 ? 2 + gridColumns : 4;
        if (gridColumns > 0)
        {
            _answerTo = 4;
            _lastColumn = lastColumn;
            _hintWidth = (lastColumn - _answerTo) * GridCellWidth;
            _labelWidth = GridRowWidth;
        }
        _sheet.Style.Font.FontName = TemplatePalette.Font;
        _sheet.ShowGridLines = false;
        SetWidths(gridColumns);

        var title = _sheet.Range(_row, 2, _row, lastColumn).Merge();
        title.FirstCell().SetValue(questionnaire.Title);
        title.Style.Font.FontSize = 18;
        title.Style.Font.Bold = true;
        title.Style.Font.FontColor = TemplatePalette.Heading;
        _sheet.Row(_row).Height = 30;
        _row++;
        var note = _sheet.Range(_row, 2, _row, lastColumn).Merge();
        note.FirstCell().SetValue($"{questionnaire.Purpose} Fill the pale yellow cells; * marks a required answer.");
        TemplatePalette.StyleNote(note);
        _sheet.Row(_row).Height = RowHeights.For((note.FirstCell().GetString(), TotalWidth(gridColumns)));
        _row += 2;

        foreach (var section in questionnaire.Sections)
        {
            SectionHeader(section, lastColumn, gridColumns);
            if (section.Grid is { } grid) WriteGrid(section, grid);
            else foreach (var question in section.Questions) WriteQuestion(question);
            _row++;
        }

        _sheet.Protect().AllowElement(XLSheetProtectionElements.FormatRows).AllowElement(XLSheetProtectionElements.FormatColumns);
        var setup = _sheet.PageSetup;
        setup.PageOrientation = gridColumns > 0 ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.FitToPages(1, 0);
        setup.PrintAreas.Add(1, 2, _row, lastColumn);
        setup.Margins.Left = setup.Margins.Right = 0.4;
        setup.Footer.Center.AddText($"{questionnaire.Title} · page &P of &N");
    }

    private void SetWidths(int gridColumns)
    {
        _sheet.Column(1).Width = 2;
        if (gridColumns == 0)
        {
            _sheet.Column(2).Width = LabelWidth;
            _sheet.Column(3).Width = AnswerWidth;
            _sheet.Column(4).Width = HintWidth;
            return;
        }
        _sheet.Column(2).Width = GridRowWidth;
        for (var c = 0; c < gridColumns; c++) _sheet.Column(3 + c).Width = GridCellWidth;
    }

    private static double TotalWidth(int gridColumns) =>
        gridColumns == 0 ? LabelWidth + AnswerWidth + HintWidth : GridRowWidth + gridColumns * GridCellWidth;

    private void SectionHeader(Section section, int lastColumn, int gridColumns)
    {
        TemplatePalette.StyleSectionTitle(_sheet.Range(_row, 2, _row, lastColumn));
        _sheet.Cell(_row, 2).SetValue(section.Title);
        _sheet.Row(_row).Height = 22;
        _row++;
        if (section.Intro is null) return;
        var intro = _sheet.Range(_row, 2, _row, lastColumn).Merge();
        intro.FirstCell().SetValue(section.Intro);
        TemplatePalette.StyleNote(intro);
        _sheet.Row(_row).Height = RowHeights.For((section.Intro, TotalWidth(gridColumns)));
        _row++;
    }

    private void WriteQuestion(Question question)
    {
        var label = _sheet.Cell(_row, 2);
        label.SetValue(question.Label + (question.Required ? " *" : ""));
        label.Style.Alignment.WrapText = true;
        label.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (question.Required)
            label.RichText.Substring(question.Label.Length).SetFontColor(TemplatePalette.Required).SetBold();

        var answer = _sheet.Cell(_row, 3);
        if (question.Type == AnswerType.LongText)
        {
            TemplatePalette.StyleInput(_sheet.Range(_row, 3, _row, _lastColumn).Merge());
            _sheet.Row(_row).Height = Math.Max(LongTextHeight, RowHeights.For((question.Label, _labelWidth)));
        }
        else
        {
            var box = _sheet.Range(_row, 3, _row, _answerTo);
            if (_answerTo > 3) box.Merge();
            TemplatePalette.StyleInput(box);
            if (question.Type == AnswerType.Rating) answer.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            if (question.Hint is not null)
            {
                var hint = _sheet.Range(_row, _answerTo + 1, _row, _lastColumn);
                if (_lastColumn > _answerTo + 1) hint.Merge();
                hint.FirstCell().SetValue(question.Hint);
                TemplatePalette.StyleNote(hint);
                hint.Style.Alignment.Indent = 1;
            }
            _sheet.Row(_row).Height = RowHeights.For((question.Label, _labelWidth), (question.Hint, _hintWidth));
        }
        Name(answer, question);
        _row++;
    }

    private void WriteGrid(Section section, Grid grid)
    {
        var header = _row;
        _sheet.Cell(header, 2).SetValue(grid.RowTitle);
        for (var c = 0; c < grid.Columns.Count; c++)
        {
            _sheet.Cell(header, 3 + c).SetValue(grid.Columns[c].Title);
            var hint = _sheet.Cell(header + 1, 3 + c);
            hint.SetValue(grid.Columns[c].Hint ?? "");
        }
        var titles = _sheet.Range(header, 2, header, 2 + grid.Columns.Count);
        titles.Style.Font.Bold = true;
        titles.Style.Fill.BackgroundColor = TemplatePalette.SectionFill;
        titles.Style.Alignment.WrapText = true;
        TemplatePalette.StyleNote(_sheet.Range(header + 1, 3, header + 1, 2 + grid.Columns.Count));
        _sheet.Row(header + 1).Height = RowHeights.For([.. grid.Columns.Select(c => (c.Hint, GridCellWidth))]);
        _row += 2;

        foreach (var row in grid.Rows)
        {
            var role = _sheet.Cell(_row, 2);
            role.SetValue(row.Title);
            role.Style.Font.Bold = true;
            role.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            role.Style.Alignment.WrapText = true;
            for (var c = 0; c < grid.Columns.Count; c++)
            {
                var question = section.Questions.Single(q => q.Name == Grid.NameOf(grid.Prefix, row.Id, grid.Columns[c].Id));
                var cell = _sheet.Cell(_row, 3 + c);
                TemplatePalette.StyleInput(cell.AsRange());
                Name(cell, question);
            }
            _sheet.Row(_row).Height = 60;
            _row++;
        }
        _sheet.PageSetup.SetRowsToRepeatAtTop(header, header + 1);
    }

    private void Name(IXLCell cell, Question question)
    {
        _workbook.NamedRanges.Add(question.Name, cell.AsRange());
        AnswerValidation.Apply(cell, question, _choices.For(question, _lists));
        _cells.Add(new AnswerCell(question, _sheet.Name, cell.Address.ToString()!));
    }
}
