using CopOffice.Intake.Forms;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Tests.Forms;

/// <summary>
/// A Microsoft Forms response export built for a test: Forms' leading columns and a survey's question
/// columns (headers may be rewritten, reordered or added), rows given by column key.
/// </summary>
internal sealed class FormsExport
{
    public static readonly IReadOnlyList<string> Leading = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"];

    public static readonly Source File = new("forms/value-survey.xlsx") { FileTime = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero) };

    private readonly List<(string Key, string Header)> _columns;
    private readonly List<object?[]> _rows = [];

    public FormsExport(IEnumerable<string> keys) => _columns = [.. keys.Select(k => (k, k))];

    /// <summary>The columns of a survey's export, in the form's order, after Forms' leading columns.</summary>
    /// <summary>An export of the form for <paramref name="kind"/>, at <paramref name="version"/> (the latest by default).</summary>
    public static FormsExport Of(TemplateKind kind, int? version = null) => new([.. Leading, .. QuestionColumns(kind, version)]);

    public static IReadOnlyList<string> QuestionColumns(TemplateKind kind, int? version = null) =>
        [.. FormsSurveys.All.First(s => s.Kind == kind && (version is null || s.Version == version)).Questions
            .SelectMany(q => q.Type == FormsQuestionType.Likert ? q.Items.Select(i => i.Text) : [q.Title])];

    public IReadOnlyList<string> Headers => [.. _columns.Select(c => c.Header)];

    /// <summary>Writes <paramref name="key"/>'s column under another header.</summary>
    public FormsExport Head(string key, string header)
    {
        var i = _columns.FindIndex(c => c.Key == key);
        if (i < 0) throw new ArgumentException($"No column {key}.", nameof(key));
        _columns[i] = (key, header);
        return this;
    }

    public FormsExport Add(params string[] keys)
    {
        _columns.AddRange(keys.Select(k => (k, k)));
        return this;
    }

    public FormsExport Remove(params string[] keys)
    {
        _columns.RemoveAll(c => keys.Contains(c.Key));
        return this;
    }

    public FormsExport Reorder(Func<IEnumerable<(string Key, string Header)>, IEnumerable<(string Key, string Header)>> order)
    {
        var ordered = order(_columns).ToList();
        _columns.Clear();
        _columns.AddRange(ordered);
        return this;
    }

    /// <summary>A response; keys not among the columns are left out (as a form without that question would).</summary>
    public FormsExport Row(IReadOnlyDictionary<string, object?> values)
    {
        _rows.Add([.. _columns.Select(c => values.GetValueOrDefault(c.Key))]);
        return this;
    }

    public FormsExport BlankRow()
    {
        _rows.Add(new object?[_columns.Count]);
        return this;
    }

    private IEnumerable<IReadOnlyList<object?>> Sheet => [Headers.Cast<object?>().ToArray(), .. _rows];

    public byte[] Xlsx() => SheetFiles.Xlsx(Sheet);

    public byte[] Csv() => SheetFiles.Csv(Sheet);

    public IReadOnlyList<ReadItem> ReadXlsx(Source? file = null) => Read(Xlsx(), file ?? File);

    public IReadOnlyList<ReadItem> ReadCsv(Source? file = null) => Read(Csv(), file ?? File with { Path = "forms/value-survey.csv" });

    public static IReadOnlyList<ReadItem> Read(byte[] bytes, Source file)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = SpreadsheetFile.OpenReader(stream, file.Path);
        return FormsExportReader.Read(reader, file);
    }
}
