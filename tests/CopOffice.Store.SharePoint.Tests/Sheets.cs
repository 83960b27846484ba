using CopOffice.Intake.Spreadsheets;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary>A workbook's rows read as the intake reads them: every cell as text.</summary>
internal static class Sheets
{
    public static List<string?[]> Rows(byte[] workbook, string sheet)
    {
        using var reader = SpreadsheetFile.OpenReader(new MemoryStream(workbook), "workbook.xlsx");
        var rows = new List<string?[]>();
        do
        {
            if (reader.Name != sheet) continue;
            while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(c => SpreadsheetFile.Text(reader.GetValue(c)))]);
        } while (reader.NextResult());
        return rows;
    }
}
