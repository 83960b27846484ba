using CopOffice.Intake.Forms;
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
    /// Items come as they are read: a 100,000-row export never sits in memory whole. A file found
    /// damaged part-way ends with one rejected item saying so, after the rows read before it.
    /// <paramref name="content"/> is the whole file; it is read, not disposed, and must stay open
    /// until the items have been enumerated.
    /// </summary>
    public static IEnumerable<ReadItem> Read(Stream content, Source source, IntakeLimits? limits = null)
    {
        limits ??= IntakeLimits.Default;
        using var seekable = SeekableContent.Of(content, limits.MaxFileBytes);
        if (seekable is null)
        {
            yield return ReadItem.Reject(source, FileProbe.TooLarge(content.CanSeek ? content.Length : null, limits));
            yield break;
        }
        using var items = Items(seekable.Stream, source, limits).GetEnumerator();
        while (true)
        {
            ReadItem? failure = null;
            try
            {
                if (!items.MoveNext()) yield break;
            }
            catch (InvalidPasswordException)
            {
                // An .xls protected by a password to open: ExcelDataReader finds out once it reads the workbook.
                failure = ReadItem.Reject(source, FileProbe.PasswordProtected);
            }
            catch (Exception e) when (DamagedFile.Explains(e))
            {
                failure = ReadItem.Reject(source, DamagedFile.Reason(e));
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return items.Current;
        }
    }

    private static IEnumerable<ReadItem> Items(Stream stream, Source source, IntakeLimits limits)
    {
        var probe = FileProbe.Inspect(stream, source.FileName, limits);
        if (probe.Rejection is { } reason)
        {
            yield return ReadItem.Reject(source, reason);
            yield break;
        }
        if (probe.Format != SpreadsheetFormat.Csv && TemplateWorkbookReader.Read(stream, probe.Format, source) is { } template)
        {
            yield return template;
            yield break;
        }
        stream.Position = 0;
        foreach (var item in ReadOther(stream, probe.Format, source)) yield return item;
    }

    /// <summary>
    /// A spreadsheet that is not a CopOffice template (a csv, or a workbook without template metadata)
    /// goes to the Microsoft Forms response reader, which rejects it if it is no Forms export either.
    /// </summary>
    private static IEnumerable<ReadItem> ReadOther(Stream content, SpreadsheetFormat format, Source source)
    {
        using var reader = SpreadsheetFile.OpenReader(content, format);
        foreach (var item in FormsExportReader.ReadEach(reader, source)) yield return item;
    }
}
