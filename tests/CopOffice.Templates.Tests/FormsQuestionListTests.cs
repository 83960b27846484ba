using System.Text.Json;
using CopOffice.Questionnaires;

namespace CopOffice.Templates.Tests;

public class FormsQuestionListTests
{
    [Fact]
    public void Json_names_each_Likert_statement_and_the_label_values()
    {
        using var json = JsonDocument.Parse(FormsQuestionList.ToJson(FormsSurveys.For(Questionnaire.ValueSurvey)));
        var root = json.RootElement;
        Assert.Equal("value-survey", root.GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var agree = root.GetProperty("ratingLabels").GetProperty("agreement")[3];
        Assert.Equal("Agree", agree.GetProperty("label").GetString());
        Assert.Equal(4, agree.GetProperty("value").GetInt32());
        var likert = root.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("type").GetString() == "likert");
        Assert.Equal("Short-term value to members", likert.GetProperty("title").GetString());
        Assert.Equal("indicator.help_with_challenges", likert.GetProperty("statements")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Markdown_walks_an_administrator_through_each_question()
    {
        var md = FormsQuestionList.ToMarkdown(FormsSurveys.For(Questionnaire.ValueSurvey));
        Assert.StartsWith("# Community of practice value survey: the Microsoft Forms version", md);
        Assert.Contains("## 1. Your name\n\n- Type: **Text**, required\n- Fills: `about.name`\n", md);
        Assert.Contains("- Type: **Choice, multiple answers**", md);
        // The statement the template shows, after the label: both media ask the same.
        Assert.Contains("  - Help with challenges: The community helped me with challenges in my work. → `indicator.help_with_challenges`\n", md);
    }
}
