using ClosedXML.Excel;

namespace CopOffice.Reports.Excel;

/// <summary>
/// A report workbook being written: its sheets, the native charts to add once ClosedXML has saved it,
/// and its document properties. <see cref="Save"/> finishes every sheet, saves, adds the charts (the
/// last step: ClosedXML cannot open a workbook with drawings again) and copies the result out.
/// </summary>
/// <remarks>
/// The workbook is not disposed: it is made new, holding no stream or handle, and ClosedXML's Dispose only
/// takes its own object graph apart cell by cell (8% of writing a report), which the collector frees anyway.
/// </remarks>
/// <param name="sharedReport">Read by coordinators or sponsors: email addresses are withheld from every text.</param>
internal sealed class ReportBook(string title, string subject, ReportContext context, bool sharedReport)
{
    private readonly List<ReportSheet> _sheets = [];

    public XLWorkbook Workbook { get; } = new();

    public List<ChartSpec> Charts { get; } = [];

    public ExactNumbers Exact { get; } = new();

    public string Title { get; } = title;

    public IReadOnlyList<ReportSheet> Sheets => _sheets;

    /// <summary>Text as this workbook's cells hold it: clean, and without addresses in a shared report.</summary>
    public string Text(string text) => sharedReport ? Addresses.Withhold(CellText.Clean(text)) : CellText.Clean(text);

    public ReportSheet AddSheet(string name, string title, string subtitle, string description)
    {
        var sheet = new ReportSheet(this, name, title, subtitle, description);
        _sheets.Add(sheet);
        return sheet;
    }

    public void Save(Stream output)
    {
        foreach (var sheet in _sheets) sheet.Finish(Title);
        var properties = Workbook.Properties;
        properties.Title = Title;
        properties.Subject = subject;
        properties.Author = "CopOffice";
        properties.LastModifiedBy = "CopOffice";
        properties.Company = "CopOffice";
        properties.Keywords = "copoffice; communities of practice; value report";
        properties.Comments = $"Written by CopOffice {context.CopOfficeVersion}.";
        // The generation time is the only time in a report: same input and context, same file content.
        properties.Created = context.GeneratedAt.UtcDateTime;
        properties.Modified = context.GeneratedAt.UtcDateTime;
        if (_sheets.Count > 0) Workbook.Worksheet(1).SetTabActive();

        using var buffer = new MemoryStream();
        // No formulas to evaluate or chain (figures are computed in C#), and the package is ours: skip the checks.
        Workbook.SaveAs(buffer, new SaveOptions { ValidatePackage = false, EvaluateFormulasBeforeSaving = false, GenerateCalculationChain = false });
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            StableIds.Apply(document);
            PrintTitles.Apply(document);
            Exact.Apply(document);
            NativeCharts.Add(document, Charts);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
