using ClosedXML.Excel;
using CopOffice.Questionnaires;
using CopOffice.Templates;

namespace CopOffice.Intake.Tests.Fixtures;

/// <summary>The real templates as <see cref="TemplateWriter"/> writes them, blank or filled in with ClosedXML.</summary>
internal static class TemplateFiles
{
    private static readonly Dictionary<TemplateKind, (byte[] Bytes, IReadOnlyList<AnswerCell> Cells)> Blank = [];

    public static byte[] BlankBytes(TemplateKind kind) => Written(kind).Bytes;

    /// <summary>Where the writer placed each answer: the layout the OpenXml fixtures copy.</summary>
    public static IReadOnlyList<AnswerCell> Cells(TemplateKind kind) => Written(kind).Cells;

    /// <summary>Where a finding about an answer of a filled template points: "member.xlsx, Survey!C47, indicator.time_saving".</summary>
    public static string Where(string name, string file = "member.xlsx", TemplateKind kind = TemplateKind.ValueSurvey, int rowsInserted = 0)
    {
        var cell = Cells(kind).Single(c => c.Question.Name == name);
        var at = System.Text.RegularExpressions.Regex.Match(cell.Address, "^([A-Z]+)([0-9]+)$");
        return $"{file}, {cell.Sheet}!{at.Groups[1].Value}{int.Parse(at.Groups[2].Value) + rowsInserted}, {name}";
    }

    private static (byte[] Bytes, IReadOnlyList<AnswerCell> Cells) Written(TemplateKind kind)
    {
        lock (Blank)
        {
            if (!Blank.TryGetValue(kind, out var written))
            {
                using var stream = new MemoryStream();
                var cells = TemplateWriter.Write(Questionnaire.For(kind), stream);
                Blank[kind] = written = (stream.ToArray(), cells);
            }
            return written;
        }
    }

    /// <summary>A template filled in: <paramref name="answers"/> by defined name, then <paramref name="edit"/> for anything else.</summary>
    public static byte[] Filled(TemplateKind kind, IReadOnlyDictionary<string, object?> answers, Action<XLWorkbook>? edit = null)
    {
        using var workbook = new XLWorkbook(new MemoryStream(BlankBytes(kind)));
        foreach (var (name, value) in answers)
        {
            var cell = workbook.NamedRanges.NamedRange(name).Ranges.Single().FirstCell();
            switch (value)
            {
                case null: cell.Clear(XLClearOptions.Contents); break;
                case string s: cell.SetValue(s); break;
                case int i: cell.SetValue(i); break;
                case double d: cell.SetValue(d); break;
                case DateTime dt: cell.SetValue(dt); break;
                case bool b: cell.SetValue(b); break;
                default: throw new ArgumentException($"No fixture value of type {value.GetType()}.");
            }
        }
        edit?.Invoke(workbook);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static byte[] FilledSurvey(Action<Dictionary<string, object?>>? change = null, Action<XLWorkbook>? edit = null)
    {
        var answers = Answers.ValueSurvey();
        change?.Invoke(answers);
        return Filled(TemplateKind.ValueSurvey, answers, edit);
    }
}
