using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Intake.Tests.Forms.ValueSurveyRows;

namespace CopOffice.Intake.Tests.Forms;

/// <summary>
/// A Forms row's answers are kept as values by column and located only when asked: read as a
/// dictionary they are what the reader used to build, in column order, with the same locations.
/// </summary>
public class FormsRowAnswersTests
{
    private static RawResponse Ada() => ThreeMembers(FormsExport.Of(TemplateKind.ValueSurvey)).ReadXlsx()[0].Raw!;

    private static readonly string[] AdaNames =
    [
        AnswerNames.Name, AnswerNames.Email, AnswerNames.Community, AnswerNames.Unit, AnswerNames.MemberType, AnswerNames.Period, AnswerNames.Consent,
        .. Indicators.Select(i => i.Name),
        AnswerNames.Story("activities"),
        // The options of the roles cell, in the order they are searched for: longest first.
        AnswerNames.RoleHeld("coordination"), AnswerNames.RoleHeld("expertise"),
    ];

    [Fact]
    public void The_answers_enumerate_in_column_order_then_the_chosen_options()
    {
        var answers = Ada().Answers;

        Assert.Equal(AdaNames, answers.Keys);
        Assert.Equal(30, answers.Count);
        Assert.Equal(AdaNames, answers.Select(a => a.Key));
        Assert.Equal(answers.Select(a => a.Value), answers.Values);
        Assert.Equal(
            // About, the 20 ratings, then the story's insights after the four reflection columns, then the roles' one cell.
            ["G2", "H2", "I2", "J2", "K2", "L2", "M2", .. Enumerable.Range(0, 20).Select(i => $"{ColumnLetters(14 + i)}2"), $"{ColumnLetters(14 + 20 + 4)}2", "N2", "N2"],
            answers.Values.Select(a => a.Location.Cell));
        Assert.All(answers, a => Assert.Equal(a.Key, a.Value.Location.Name));
        Assert.All(answers.Values, a => Assert.Equal(("forms/value-survey.xlsx", 2, "1"), (a.Location.File, a.Location.Row, a.Location.RowId)));
    }

    [Fact]
    public void Lookups_agree_with_the_enumeration_and_with_the_values_validation_reads()
    {
        var answers = Ada().Answers;
        var values = Assert.IsAssignableFrom<IAnswerValues>(answers);

        foreach (var (name, answer) in answers)
        {
            Assert.True(answers.ContainsKey(name));
            Assert.True(answers.TryGetValue(name, out var found));
            Assert.Same(answer, found);
            Assert.Same(answer, answers[name]);
            Assert.True(values.TryGetAnswerValue(name, out var value));
            Assert.Same(answer.Value, value);
        }
        Assert.Equal("Considerably", answers[Indicators[0].Name].Value);
        Assert.Equal("yes", answers[AnswerNames.RoleHeld("expertise")].Value);

        foreach (var absent in new[] { AnswerNames.Story("insights"), AnswerNames.RoleHeld("networking"), "About.Name", "", "nonsense" })
        {
            Assert.False(answers.ContainsKey(absent));
            Assert.False(answers.TryGetValue(absent, out _));
            Assert.False(values.TryGetAnswerValue(absent, out var value));
            Assert.Null(value);
            Assert.Equal($"The given key '{absent}' was not present in the dictionary.", Assert.Throws<KeyNotFoundException>(() => answers[absent]).Message);
        }
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => answers.ContainsKey(null!)).ParamName);
    }

    [Fact]
    public void A_finding_is_located_at_its_cell_when_it_asks_for_one()
    {
        var row = Member(7, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings);
        row[Indicators[3].Text] = "seven";
        var raw = FormsExport.Of(TemplateKind.ValueSurvey).Row(row).ReadXlsx().Single().Raw!;

        var finding = Assert.Single(ResponseValidator.Validate(raw, IntakeRules.Default).Findings);

        Assert.Equal($"error: {Questionnaire.ValueSurvey.Get(Indicators[3].Name).Label}: \"seven\" is not a rating: choose 1 to 5, or n/a. (forms/value-survey.xlsx, R2, row 2 (response id 7), {Indicators[3].Name})", finding.ToString());
    }

    private static string ColumnLetters(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"A{(char)('A' + index - 26)}";
}
