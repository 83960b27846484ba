using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using ExcelDataReader;

namespace CopOffice.Intake.Forms;

/// <summary>
/// Reads a Microsoft Forms response workbook (the one Forms keeps in OneDrive or SharePoint, or its
/// .xlsx/.csv download) into one raw response per row, for <see cref="ResponseValidator"/> to judge.
/// </summary>
/// <remarks>
/// <para><b>Columns.</b> The first non-blank row is the header. Forms' own leading columns are found by
/// name: ID (the response id, kept as <see cref="Source.RowId"/>), Start time, Completion time (kept as
/// <see cref="RawResponse.CompletedAt"/>), Email and Name (kept as <see cref="RawResponse.SourceEmail"/> and
/// <see cref="RawResponse.SourceName"/>; anonymous forms leave them blank or write "anonymous", and the
/// validator decides), Last modified time. Quiz columns (Total points, Quiz feedback, Points - …,
/// Feedback - …) are skipped. Every other column is mapped by its header, never by position, through
/// the question lists of templates/forms/ (<see cref="Questionnaires.FormsSurveys"/>): a text or choice question
/// by its title, a Likert question by each statement alone (or "title.statement"), a multiple-choice
/// question by its title. Headers compare by their letters and digits only, so case, spacing,
/// punctuation, smart quotes and dashes do not matter; a numbering prefix ("3. ", "Q3 ", "(3) ") is
/// dropped, and a header that repeats another with a number ("Comment2") fills that answer only when
/// the plain header is absent. The export is the survey (value survey or health check) whose columns
/// it covers best, and it must have a clear majority (over half) of that survey's columns.</para>
/// <para><b>Answers.</b> Each non-blank cell becomes a <see cref="RawAnswer"/> holding the cell's value as
/// read, located at its cell ("F17"), row, response id and answer name. Likert cells hold the chosen
/// label; the validator turns it into a rating:</para>
/// <list type="table">
/// <listheader><term>Label</term><description>Rating</description></listheader>
/// <item><term>Not at all · Strongly disagree</term><description>1</description></item>
/// <item><term>A little · Disagree</term><description>2</description></item>
/// <item><term>Moderately · Neither agree nor disagree</term><description>3</description></item>
/// <item><term>Considerably · Agree</term><description>4</description></item>
/// <item><term>Very much · Strongly agree</term><description>5</description></item>
/// <item><term>Not applicable (also n/a, N/A, does not apply, cannot say, don't know)</term><description>n/a: an answer, left out of averages</description></item>
/// </list>
/// <para>The first label of each pair is the value survey's extent scale, the second the health
/// check's agreement scale (<see cref="Framework.RatingScale"/>). Labels match without regard to case,
/// spacing or dash style; "4" or "4 - Considerably" are read too.</para>
/// <para>A multiple-choice cell ("Coordination;Networking;") is searched for the known option texts
/// rather than split on a delimiter, since options may contain punctuation; each option found fills
/// its answer with "yes", and text that matches no option is a warning on that response.</para>
/// <para><b>Times.</b> Completion time is read from a date-time cell, an OA serial or text, US style first
/// as Forms writes it ("11/23/26 14:05:10"), also ISO and day-first when it cannot be US. A time
/// without a zone is taken as UTC (Forms does not say); it only decides which of one member's
/// repeated submissions is the latest. An unreadable time is a warning; the file's time stands in.</para>
/// <para><b>Findings about the whole file</b> (columns the survey has but the export lacks, columns
/// CopOffice does not read) are warnings on the first response only: one note per file, not one
/// per row. <b>Rejections</b>: a header with neither Forms' columns nor the survey's questions
/// (not a Forms export at all); a Forms export whose questions do not match either survey (naming
/// the missing columns and the list to build the form from); an export with no responses yet.
/// Each is one rejected item for the file. Damaged bytes are not this reader's concern:
/// ExcelDataReader's exceptions pass through to the caller.</para>
/// </remarks>
public static class FormsExportReader
{
    /// <summary>
    /// Every response of the export, or one rejected item for the file. <paramref name="reader"/> is an
    /// opened reader (xlsx, xls or csv) before the first row of the first sheet; <paramref name="file"/>
    /// is the file as the store knows it (path, file time, link).
    /// </summary>
    public static IReadOnlyList<ReadItem> Read(IExcelDataReader reader, Source file) => [.. ReadEach(reader, file)];

    /// <summary>
    /// As <see cref="Read"/>, one item at a time as the rows are read: a caller that judges and
    /// records each item before asking for the next holds one row in memory, however long the export.
    /// </summary>
    public static IEnumerable<ReadItem> ReadEach(IExcelDataReader reader, Source file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        return Rows(reader, file);
    }

    /// <summary>True when a header row is a Microsoft Forms export's: Forms' own columns, or most of a survey's questions.</summary>
    public static bool IsFormsHeader(IReadOnlyList<string?> headerRow) => FormsLayout.Resolve(headerRow).IsFormsExport;

    private static IEnumerable<ReadItem> Rows(IExcelDataReader reader, Source file)
    {
        var row = 0;
        string?[]? header = null;
        while (header is null && reader.Read())
        {
            row++;
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = SpreadsheetFile.Text(reader.GetValue(i));
            if (Array.Exists(cells, c => c is not null)) header = cells;
        }
        if (header is null)
        {
            yield return ReadItem.Reject(file, "The file is empty: not a CopOffice template or a Microsoft Forms export.");
            yield break;
        }

        var headerRow = row;
        var layout = FormsLayout.Resolve(header);
        if (Rejection(layout) is { } reason)
        {
            yield return ReadItem.Reject(file, reason, new Location(file.Path) { Row = headerRow });
            yield break;
        }

        var rows = new FormsRowReader(layout, file, headerRow);
        var responses = 0;
        while (reader.Read())
        {
            row++;
            if (rows.Read(reader, row) is not { } raw) continue;
            responses++;
            yield return ReadItem.Read(raw);
        }
        if (responses == 0)
            yield return ReadItem.Reject(file, "The Forms export has no responses yet: it has a header row and no answers below it.");
    }

    private static string QuestionLists => OneOf(FormsSurveyColumns.All.Select(s => ListOf(s.Survey)).Distinct());

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string OneOf(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} or {list[^1]}";
    }

    /// <summary>The question list a form was built from, as copoffice templates names it: value-survey.md, "value-survey (Safety).md".</summary>
    internal static string ListOf(Questionnaires.FormsSurvey survey) =>
        $"templates/forms/{survey.Kind.Id()}{(survey.MadeFor is { } community ? $" ({FileNames.Safe(community, "community")})" : "")}.md";

    /// <summary>The rejection of a spreadsheet that is neither a CopOffice template nor a Forms export.</summary>
    public static string Unrecognised { get; } =
        "Not a CopOffice template or a Microsoft Forms export: the workbook carries no CopOffice template metadata, and its first row has neither Forms' own columns "
        + $"(ID, Start time, Completion time, Email, Name) nor the questions of {QuestionLists}. Fill in one of the CopOffice templates "
        + $"({OneOf(TemplateKinds.All.Select(k => k.Id() + ".xlsx"))}) and send that, or the Forms response workbook as downloaded.";

    private static string? Rejection(FormsLayout layout)
    {
        var lists = QuestionLists;
        if (!layout.IsFormsExport) return Unrecognised;
        if (layout.IsMajority) return null;
        if (layout.Matched == 0)
        {
            var columns = layout.Ignored.Select(c => Phrases.Quoted(c.Header)).ToList();
            return $"None of the questions of this Forms export is one of {lists}"
                + (columns.Count == 0 ? " (it has no question columns)" : $" (its questions include {Phrases.Listed(columns)})")
                + ". Build the form from one of those lists, keeping the question texts exactly, or export the right form.";
        }
        var best = layout.Best;
        return $"The questions of this Forms export do not match {ListOf(best.Survey)}: "
            + $"{layout.Matched} of {best.Expected.Count} columns found; {Phrases.Listed(layout.Missing.Select(c => Phrases.Quoted(c.Header)))} are missing. "
            + "Build the form from that list, keeping the question texts exactly, or export the right form.";
    }
}
