using ClosedXML.Excel;

namespace CopOffice.Templates.Tests;

/// <summary>
/// A workbook's content as comparable lines: sheets and their visibility and protection, cell values,
/// merged ranges, defined names, data validations. Bytes differ between two saves; this does not.
/// </summary>
internal static class WorkbookContent
{
    public static IReadOnlyList<string> Describe(string path)
    {
        using var workbook = new XLWorkbook(path);
        var lines = new List<string>();
        foreach (var sheet in workbook.Worksheets)
        {
            lines.Add($"sheet {sheet.Name} {sheet.Visibility} protected={sheet.IsProtected}");
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents).OrderBy(c => c.Address.RowNumber).ThenBy(c => c.Address.ColumnNumber))
                lines.Add($"{sheet.Name}!{cell.Address} locked={cell.Style.Protection.Locked} = {cell.GetString()}");
            lines.AddRange(sheet.MergedRanges.Select(r => $"{sheet.Name} merged {r.RangeAddress}").Order());
            foreach (var v in sheet.DataValidations)
                lines.Add($"{sheet.Name} validation {string.Join(",", v.Ranges.Select(r => r.RangeAddress.ToString()))} {v.AllowedValues} {v.Value} {v.ErrorStyle} '{v.InputTitle}' '{v.InputMessage}' '{v.ErrorMessage}'");
        }
        lines.AddRange(workbook.NamedRanges.Select(n => $"name {n.Name} = {n.RefersTo}").Order());
        return lines;
    }
}
