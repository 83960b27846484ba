using CopOffice.Questionnaires;
using CopOffice.Templates;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Intake.Tests.Fixtures;

/// <summary>
/// A CopOffice template rebuilt with <see cref="OpenXmlWorkbook"/> the way Excel saves it after a
/// member filled it in: the writer's layout (sheets, answer cells, the very hidden Metadata sheet with
/// its manifest), defined names in Excel's spelling, and answers in whatever cell shape a test picks.
/// </summary>
internal sealed class ExcelShapedTemplate
{
    private readonly Dictionary<string, (string Sheet, string Cell)> _cells = new(StringComparer.Ordinal);

    private ExcelShapedTemplate(OpenXmlWorkbook workbook) => Workbook = workbook;

    public OpenXmlWorkbook Workbook { get; }

    /// <summary>Where an answer is in this workbook.</summary>
    public (string Sheet, string Cell) this[string name] => _cells[name];

    /// <param name="answerSheet">The answer sheet's name (the writer's unless the member renamed it).</param>
    /// <param name="names">Whether the workbook keeps the answers' defined names.</param>
    /// <param name="sheetsBefore">Sheets a member added in front of the template's.</param>
    public static ExcelShapedTemplate Create(TemplateKind kind, string? answerSheet = null, bool names = true, string? kindText = null, double version = 1, params string[] sheetsBefore)
    {
        var written = TemplateFiles.Cells(kind);
        var writerSheet = TemplateWriter.AnswerSheetName(kind);
        var sheet = answerSheet ?? writerSheet;
        var book = new OpenXmlWorkbook();
        var template = new ExcelShapedTemplate(book);
        foreach (var extra in sheetsBefore) book.Sheet(extra).Shared(extra, "A1", $"{extra}: the member's own notes");
        book.Sheet("Instructions").Shared("Instructions", "B1", Questionnaire.For(kind).Title);
        book.Sheet(sheet).Shared(sheet, "B1", Questionnaire.For(kind).Title);
        book.Sheet("Lists", SheetStateValues.Hidden).Shared("Lists", "A1", "yes").Shared("Lists", "A2", "no");
        const string meta = TemplateMetadata.SheetName;
        book.Sheet(meta, SheetStateValues.VeryHidden)
            .Shared(meta, "A1", "key").Shared(meta, "B1", "value")
            .Shared(meta, "A2", "kind").Shared(meta, "B2", kindText ?? kind.Id())
            .Shared(meta, "A3", "version").Number(meta, "B3", version)
            .Shared(meta, "A4", "generator").Shared(meta, "B4", "CopOffice 0.1.0");
        string[] columns = ["A", "B", "C", "D", "E", "F"];
        for (var c = 0; c < columns.Length; c++) book.Shared(meta, $"{columns[c]}{TemplateMetadata.ManifestHeaderRow}", TemplateMetadata.ManifestColumns[c]);
        var row = TemplateMetadata.ManifestHeaderRow + 1;
        foreach (var cell in written)
        {
            template._cells[cell.Question.Name] = (sheet, cell.Address);
            // The manifest keeps the writer's sheet name: renaming the sheet does not update it.
            book.Shared(meta, $"A{row}", cell.Question.Name).Shared(meta, $"B{row}", cell.Sheet).Shared(meta, $"C{row}", cell.Address)
                .Shared(meta, $"D{row}", cell.Question.Type.ToString().ToLowerInvariant()).Shared(meta, $"E{row}", cell.Question.Required ? "yes" : "no")
                .Shared(meta, $"F{row}", cell.Question.Label);
            row++;
            if (names) book.Name(cell.Question.Name, $"{Quoted(sheet)}!{Absolute(cell.Address)}");
        }
        book.Name(AnswerNames.MetaKind, $"{meta}!$B${TemplateMetadata.KindRow}").Name(AnswerNames.MetaVersion, $"{meta}!$B${TemplateMetadata.VersionRow}");
        book.Name("_xlnm.Print_Area", $"{Quoted(sheet)}!$B$1:$D$75", localSheet: (uint)(sheetsBefore.Length + 1));
        return template;
    }

    public ExcelShapedTemplate Shared(string name, string text) => Put(name, (s, c) => Workbook.Shared(s, c, text));
    public ExcelShapedTemplate Inline(string name, string text) => Put(name, (s, c) => Workbook.Inline(s, c, text));
    public ExcelShapedTemplate Number(string name, double value, bool dateFormat = false) => Put(name, (s, c) => Workbook.Number(s, c, value, dateFormat));
    public ExcelShapedTemplate Formula(string name, string formula, double cached) => Put(name, (s, c) => Workbook.Formula(s, c, formula, cached));
    public ExcelShapedTemplate FormulaText(string name, string formula, string cached) => Put(name, (s, c) => Workbook.FormulaText(s, c, formula, cached));
    public ExcelShapedTemplate FormulaError(string name, string formula, string error) => Put(name, (s, c) => Workbook.FormulaError(s, c, formula, error));

    /// <summary>Every answer of <see cref="Answers"/>: strings shared, numbers as numbers.</summary>
    public ExcelShapedTemplate Fill(IReadOnlyDictionary<string, object?> answers)
    {
        foreach (var (name, value) in answers)
        {
            switch (value)
            {
                case string s: Shared(name, s); break;
                case int i: Number(name, i); break;
                case double d: Number(name, d); break;
                case null: break;
                default: throw new ArgumentException($"No fixture value of type {value.GetType()}.");
            }
        }
        return this;
    }

    public byte[] Build() => Workbook.Build();

    private ExcelShapedTemplate Put(string name, Action<string, string> put)
    {
        var (sheet, cell) = _cells[name];
        put(sheet, cell);
        return this;
    }

    public static string Quoted(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Absolute(string cell)
    {
        var letters = new string([.. cell.TakeWhile(char.IsLetter)]);
        return $"${letters}${cell[letters.Length..]}";
    }
}
