using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>Everything <c>copoffice templates</c> writes: the three workbooks, the Forms question lists and the README.</summary>
public static class TemplateSet
{
    public const string FormsFolder = "forms";

    /// <summary>Writes the set into <paramref name="directory"/>; returns the files written, relative to it.</summary>
    public static IReadOnlyList<string> Write(string directory, OrganisationLists? lists = null)
    {
        var written = new List<string>();
        var layouts = new Dictionary<Questionnaire, IReadOnlyList<AnswerCell>>();
        foreach (var questionnaire in Questionnaire.All)
        {
            var name = TemplateWriter.FileName(questionnaire.Kind);
            layouts[questionnaire] = WriteFile(directory, name, stream => TemplateWriter.Write(questionnaire, stream, lists));
            written.Add(name);
        }
        foreach (var survey in FormsSurveys.All)
        {
            var json = Path.Combine(FormsFolder, FormsQuestionList.JsonFileName(survey.Kind));
            var markdown = Path.Combine(FormsFolder, FormsQuestionList.MarkdownFileName(survey.Kind));
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
