using ClosedXML.Excel;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>
/// Writes a template with answers already in it: a personalised template (name, email and community
/// filled in before it is sent), and the filled workbooks of the sample organisation and the tests.
/// Answers go in by defined name; text is written as text, numbers and dates as such.
/// </summary>
public sealed class TemplateFiller
{
    private readonly Dictionary<TemplateKind, byte[]> _blanks = [];
    private readonly OrganisationLists _lists;

    public TemplateFiller(OrganisationLists? lists = null) => _lists = lists ?? OrganisationLists.None;

    /// <param name="locked">Answers filled in beforehand that the person may read but not change (a personal template's quotations).</param>
    public void Fill(TemplateKind kind, IReadOnlyDictionary<string, object?> answers, Stream output, IReadOnlySet<string>? locked = null)
    {
        var questionnaire = Template(kind);
        using var blank = new MemoryStream(Blank(kind), writable: false);
        using var workbook = new XLWorkbook(blank);
        foreach (var (name, value) in answers)
        {
            if (questionnaire.Find(name) is null)
                throw new ArgumentException($"The {kind.Id()} template has no answer named '{name}'.", nameof(answers));
            var cell = workbook.NamedRanges.NamedRange(name).Ranges.First().FirstCell();
            switch (value)
            {
                case null: cell.Clear(XLClearOptions.Contents); break;
                case string text: cell.SetValue(text); break;
                case DateTime date: cell.SetValue(date); break;
                case int number: cell.SetValue(number); break;
                case double number: cell.SetValue(number); break;
                default: throw new ArgumentException($"Cannot fill {name} with a {value.GetType().Name}.", nameof(answers));
            }
            if (locked?.Contains(name) == true)
            {
                cell.Style.Protection.Locked = true;
                cell.Style.Fill.BackgroundColor = XLColor.NoColor;   // not a pale yellow cell: nothing to type here
            }
        }
        workbook.SaveAs(output);
    }

    // What a person is sent today; the value survey complete, so that a community's own indicators can be filled too.
    private static Questionnaire Template(TemplateKind kind) => kind == TemplateKind.ValueSurvey ? Questionnaire.For(kind) : Questionnaire.For(kind, community: null);

    private byte[] Blank(TemplateKind kind)
    {
        if (_blanks.TryGetValue(kind, out var bytes)) return bytes;
        using var stream = new MemoryStream();
        TemplateWriter.Write(Template(kind), stream, _lists);
        return _blanks[kind] = stream.ToArray();
    }
}
