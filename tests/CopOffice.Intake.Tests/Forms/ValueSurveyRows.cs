using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Intake.Tests.Forms;

/// <summary>Responses to the value survey as Forms records them, keyed by column header.</summary>
internal static class ValueSurveyRows
{
    public static readonly IReadOnlyList<FormsItem> Indicators =
        [.. FormsSurveys.For(Questionnaire.ValueSurvey).Questions.Where(q => q.Type == FormsQuestionType.Likert).SelectMany(q => q.Items)];

    public const string Activities = "What meaningful activities did you participate in?";
    public const string Roles = "Leadership roles you hold";

    /// <summary>Ratings as Forms writes them: the label of each value, "Not applicable" for n/a (0 here).</summary>
    public static string[] Labels(params int[] values) =>
        [.. values.Select(v => v == 0 ? RatingScale.NotApplicableLabel : RatingScale.Extent.Label(v))];

    public static Dictionary<string, object?> Member(double id, string name, string email, DateTime completed, int[] ratings,
        string? roles = null, string community = "Data Science", string period = "2026-Q4", string? story = null)
    {
        var labels = Labels(ratings);
        var answers = new Dictionary<string, object?>
        {
            ["ID"] = id,
            ["Start time"] = completed.AddMinutes(-4),
            ["Completion time"] = completed,
            ["Email"] = email,
            ["Name"] = name,
            ["Your name"] = name,
            ["Your email"] = email,
            ["Community"] = community,
            ["Organisational unit"] = "Research",
            ["How you take part"] = "Core member",
            ["Period"] = period,
            ["May we quote your story?"] = "named",
            [Roles] = roles,
            [Activities] = story,
        };
        for (var i = 0; i < Indicators.Count; i++) answers[Indicators[i].Text] = labels[i];
        return answers;
    }

    public static readonly int[] AdaRatings = [4, 5, 3, 4, 5, 2, 3, 4, 5, 1, 4, 4, 5, 3, 2, 4, 3, 5, 2, 1];
    public static readonly int[] GraceRatings = [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2];
    public static readonly int[] AlanRatings = [1, 2, 3, 4, 5, 0, 0, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5];

    public static FormsExport ThreeMembers(FormsExport export) => export
        .Row(Member(1, "Ada Lovelace", "Ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings, "Coordination;Expertise;", story: "Ran the Q4 clinic."))
        .Row(Member(2, "Grace Hopper", "grace@contoso.com", new DateTime(2026, 11, 24, 9, 30, 0), GraceRatings, "Inquiry – learning agenda;Generations – newcomers/alumni;"))
        .Row(Member(3, "Alan Turing", "alan@contoso.com", new DateTime(2026, 11, 25, 17, 45, 59), AlanRatings));
}
