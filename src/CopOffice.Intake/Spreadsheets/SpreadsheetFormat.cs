namespace CopOffice.Intake.Spreadsheets;

/// <summary>What a file's bytes show it to be, whatever its name says.</summary>
public enum SpreadsheetFormat
{
    /// <summary>An Office Open XML workbook (.xlsx, .xlsm): a zip package.</summary>
    OpenXml,
    /// <summary>An Excel 97–2003 workbook (.xls): an OLE compound file.</summary>
    Binary,
    /// <summary>Comma- or otherwise separated text (.csv).</summary>
    Csv,
}
