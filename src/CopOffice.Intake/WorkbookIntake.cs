using CopOffice.Intake.Probing;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Intake.Templates;
using CopOffice.Responses;
using ExcelDataReader.Exceptions;

namespace CopOffice.Intake;

/// <summary>
/// Decides what a file is and reads it: the bytes are probed first (empty, no spreadsheet, damaged,
/// password-protected, a zip bomb, too large), then a workbook carrying CopOffice's metadata is read as
/// a template, and anything else goes to <see cref="ReadOther"/>. A bad file always ends as a rejected
/// item with a reason; no exception escapes for it. An exception from CopOffice's own code still does.
/// </summary>
public static class WorkbookIntake
{
    /// <summary>
    /// The items of one file: one for a template or a rejected file, one per row for a Forms export.
    /// <paramref name="content"/> is the whole file; it is read, not disposed.
    /// </summary>
    public static IReadOnlyList<ReadItem> Read(Stream content, Source source, IntakeLimits? limits = null)
    {
        limits ??= IntakeLimits.Default;
        using var seekable = SeekableContent.Of(content, limits.MaxFileBytes);
        if (seekable is null) return [ReadItem.Reject(source, FileProbe.TooLarge(content.CanSeek ? content.Length : null, limits))];
        var stream = seekable.Stream;
        var probe = FileProbe.Inspect(stream, source.FileName, limits);
        if (probe.Rejection is { } reason) return [ReadItem.Reject(source, reason)];
        try
        {
            if (probe.Format != SpreadsheetFormat.Csv && TemplateWorkbookReader.Read(stream, probe.Format, source) is { } template)
                return [template];
            stream.Position = 0;
            return ReadOther(stream, probe.Format, source);
        }
        catch (InvalidPasswordException)
        {
            // An .xls protected by a password to open: ExcelDataReader finds out once it reads the workbook.
            return [ReadItem.Reject(source, FileProbe.PasswordProtected)];
        }
        catch (Exception e) when (DamagedFile.Explains(e))
        {
            return [ReadItem.Reject(source, DamagedFile.Reason(e))];
        }
    }

    /// <summary>The rejection of a spreadsheet that is not a CopOffice template and no other reader took.</summary>
    public const string NotATemplate =
        "This is not a CopOffice template or a Microsoft Forms export. Fill in one of the CopOffice templates (value-survey.xlsx, health-check.xlsx or leadership-roles.xlsx) and send that, or the Forms response workbook as downloaded.";

    /// <summary>
    /// The one place a spreadsheet that is not a CopOffice template goes (a csv, or a workbook without
    /// template metadata). The Microsoft Forms response reader belongs here:
    /// <c>using var reader = SpreadsheetFile.OpenReader(content, format); return FormsExportReader.Read(reader, source);</c>
    /// Until it is connected, such a file is rejected as unknown.
    /// </summary>
    private static IReadOnlyList<ReadItem> ReadOther(Stream content, SpreadsheetFormat format, Source source) =>
        [ReadItem.Reject(source, NotATemplate)];
}
