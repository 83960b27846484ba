using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CopOffice.Reports.Excel;

/// <summary>
/// ClosedXML writes the rows repeated on printed pages as "Stories!5:5"; LibreOffice (and so any PDF made
/// from the report) ignores a relative reference there. Written as Excel does, "Stories!$5:$5".
/// </summary>
internal static partial class PrintTitles
{
    public static void Apply(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!.Workbook;
        if (workbook.DefinedNames is not { } names) return;
        foreach (var name in names.Elements<DefinedName>().Where(n => n.Name?.Value == "_xlnm.Print_Titles"))
            name.Text = Rows().Replace(name.Text, "!$$${1}:$$${2}");
        workbook.Save();
    }

    [GeneratedRegex(@"!(\d+):(\d+)")]
    private static partial Regex Rows();
}
