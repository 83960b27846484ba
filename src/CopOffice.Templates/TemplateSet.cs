using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>
/// Everything <c>copoffice templates</c> writes: the three workbooks, the Forms question lists and the README;
/// and, where the organisation's framework gives a community indicators of its own, that community's value
/// survey and Forms question list beside them.
/// </summary>
public static class TemplateSet
{
    public const string FormsFolder = "forms";

    /// <summary>Writes the set into <paramref name="directory"/>; returns the files written, relative to it.</summary>
    public static IReadOnlyList<string> Write(string directory, OrganisationLists? lists = null)
    {
        var written = new List<string>();
        var layouts = new Dictionary<Questionnaire, IReadOnlyList<AnswerCell>>();
        IEnumerable<Questionnaire> templates =
        [
            .. Questionnaire.All.Select(q => Questionnaire.For(q.Kind, community: null)),
            .. ValueFramework.Active.CommunitiesWithOwnIndicators.Select(c => Questionnaire.For(TemplateKind.ValueSurvey, c)),
        ];
        foreach (var questionnaire in templates)
        {
            var name = TemplateWriter.FileName(questionnaire.Kind, questionnaire.MadeFor);
            layouts[questionnaire] = WriteFile(directory, name, stream => TemplateWriter.Write(questionnaire, stream, lists));
            written.Add(name);
        }
        // A grid (the roles analysis, the action plan) is a worksheet, not a survey: no Forms version.
        foreach (var questionnaire in templates.Where(q => !q.Sections.Any(s => s.Grid is not null)))
        {
            var survey = FormsSurveys.For(questionnaire);
            var json = Path.Combine(FormsFolder, FormsQuestionList.JsonFileName(survey.Kind, questionnaire.MadeFor));
            var markdown = Path.Combine(FormsFolder, FormsQuestionList.MarkdownFileName(survey.Kind, questionnaire.MadeFor));
            WriteText(directory, json, FormsQuestionList.ToJson(survey));
            WriteText(directory, markdown, FormsQuestionList.ToMarkdown(survey));
            written.Add(json);
            written.Add(markdown);
        }
        WriteText(directory, "README.md", TemplateReadme.Build(layouts));
        written.Add("README.md");
        return written;
    }

    private static void WriteText(string directory, string relative, string text) =>
        WriteFile(directory, relative, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
            return true;
        });

    /// <summary>Writes to a temporary name beside the target and moves it into place, so nobody opens a half-written file.</summary>
    private static T WriteFile<T>(string directory, string relative, Func<Stream, T> write)
    {
        var target = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            T result;
            using (var stream = File.Create(temporary)) result = write(stream);
            File.Move(temporary, target, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
