using System.Globalization;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using ExcelDataReader;

namespace CopOffice.Intake.Forms;

/// <summary>
/// Turns the rows of one Forms export into raw responses through a resolved <see cref="FormsLayout"/>:
/// per row, array lookups and one array of values by slot of a shared <see cref="FormsRowShape"/>; blank cells add nothing.
/// </summary>
internal sealed class FormsRowReader
{
    private const string Chosen = "yes";

    private readonly FormsLayout _layout;
    private readonly FormsRowShape _shape;
    private readonly FormsSurvey _survey;
    private readonly Source _file;
    private readonly object?[] _answers;
    private readonly object?[] _choices;
    private readonly List<FormsItem> _chosen = [];
    private readonly List<string> _unknown = [];
    private IReadOnlyList<Finding>? _fileFindings;

    public FormsRowReader(FormsLayout layout, Source file, int headerRow)
    {
        _layout = layout;
        _shape = new FormsRowShape(layout);
        _survey = layout.Best.Survey;
        _file = file;
        _answers = new object?[layout.Answers.Length];
        _choices = new object?[layout.Choices.Length];
        _fileFindings = FileFindings(layout, new Location(file.Path) { Row = headerRow });
    }

    /// <summary>The response on the reader's current row, or null for a blank row.</summary>
    public RawResponse? Read(IExcelDataReader reader, int row)
    {
        var count = reader.FieldCount;
        var blank = true;
        var answers = _layout.Answers;
        for (var i = 0; i < answers.Length; i++)
        {
            var value = Cell(reader, count, answers[i].Index);
            _answers[i] = value;
            blank &= IsBlank(value);
        }
        var choices = _layout.Choices;
        for (var i = 0; i < choices.Length; i++)
        {
            var value = Cell(reader, count, choices[i].Index);
            _choices[i] = value;
            blank &= IsBlank(value);
        }
        var id = SpreadsheetFile.Text(Cell(reader, count, _layout.Id));
        var completion = Cell(reader, count, _layout.CompletionTime);
        var email = SpreadsheetFile.Text(Cell(reader, count, _layout.Email));
        var name = SpreadsheetFile.Text(Cell(reader, count, _layout.Name));
        if (blank && id is null && IsBlank(completion) && email is null && name is null) return null;

        List<Finding>? findings = _fileFindings is null ? null : [.. _fileFindings];
        _fileFindings = null;

        // The row's values by slot of the shape; locations are made only if someone asks for one.
        var values = new object?[_shape.Names.Length];
        for (var i = 0; i < answers.Length; i++)
            if (!IsBlank(_answers[i])) values[i] = _answers[i];
        for (var i = 0; i < choices.Length; i++)
        {
            if (SpreadsheetFile.Text(_choices[i]) is not { } text) continue;
            var column = choices[i];
            _chosen.Clear();
            _unknown.Clear();
            column.Matcher.Match(text, _chosen, _unknown);
            var slots = _shape.ChoiceSlots[i];
            foreach (var item in _chosen)
                values[slots[IndexOf(column.Matcher.Options, item)]] = Chosen;
            if (_unknown.Count > 0)
                (findings ??= []).Add(Finding.Warning(
                    $"{column.Question.Title}: {Phrases.Listed(_unknown.Select(Phrases.Quoted))} {(_unknown.Count == 1 ? "is not one of the options" : "are not among the options")}; ignored.",
                    At(column.Letters, row, id)));
        }
        var found = new FormsRowAnswers(_shape, values, _file.Path, row, id);

        DateTimeOffset? completedAt = null;
        if (_layout.CompletionTime >= 0 && !FormsTime.TryRead(completion, out completedAt))
            (findings ??= []).Add(Finding.Warning(
                $"Completion time {Phrases.Quoted(SpreadsheetFile.Text(completion)!)} is not a date and time CopOffice can read; the file's time stands in when repeated responses are compared.",
                At(ColumnLetters.Of(_layout.CompletionTime), row, id)));

        return new RawResponse(_survey.Kind, _survey.Version, _file with { Row = row, RowId = id }, found)
        {
            MadeFor = _survey.MadeFor,
            CompletedAt = completedAt,
            SourceEmail = email,
            SourceName = name,
            Findings = findings ?? (IReadOnlyList<Finding>)[],
        };
    }

    private Location At(string letters, int row, string? id) =>
        new(_file.Path) { Cell = letters + row.ToString(CultureInfo.InvariantCulture), Row = row, RowId = id };

    private static int IndexOf(IReadOnlyList<FormsItem> options, FormsItem item)
    {
        for (var i = 0; i < options.Count; i++)
            if (ReferenceEquals(options[i], item)) return i;
        throw new InvalidOperationException($"The option {item.Name} is not one of the column's.");
    }

    private static object? Cell(IExcelDataReader reader, int count, int index) =>
        index >= 0 && index < count ? reader.GetValue(index) : null;

    private static bool IsBlank(object? value) =>
        value is null or DBNull || (value is string text && string.IsNullOrWhiteSpace(text));

    /// <summary>
    /// What is wrong with the export as a whole (columns it lacks or CopOffice does not read). These go on
    /// the first response only: once per file is enough, and on every row they would drown the ledger.
    /// </summary>
    private static List<Finding>? FileFindings(FormsLayout layout, Location header)
    {
        var list = FormsExportReader.ListOf(layout.Best.Survey);
        var findings = new List<Finding>();
        if (layout.Missing.Count > 0)
        {
            var n = layout.Missing.Count;
            findings.Add(Finding.Warning(
                $"This export lacks {Phrases.Count(n, "column")} of {list}: {Phrases.Listed(layout.Missing.Select(c => Phrases.Quoted(c.Header)))}; {(n == 1 ? "that answer counts" : "those answers count")} as not given in every response.",
                header));
        }
        if (layout.Ignored.Count > 0)
        {
            findings.Add(Finding.Warning(
                $"CopOffice does not read {Phrases.Count(layout.Ignored.Count, "column")} of this export: {Phrases.Listed(layout.Ignored.Select(c => $"{Phrases.Quoted(c.Header)} (column {ColumnLetters.Of(c.Index)})"))}. It reads the questions of {list}, besides Forms' own and quiz columns.",
                header));
        }
        return findings.Count == 0 ? null : findings;
    }
}
