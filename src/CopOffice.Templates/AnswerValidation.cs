using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Templates;

/// <summary>Data validation of one answer cell: its dropdown, its input message and its error alert.</summary>
internal static class AnswerValidation
{
    // Excel's limits: longer titles or messages make it refuse to open the file.
    private const int TitleLimit = 32;
    private const int MessageLimit = 255;

    public static void Apply(IXLCell cell, Question question, IXLRange? choices)
    {
        var validation = cell.SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.ShowInputMessage = true;
        validation.InputTitle = Clip(question.Label, TitleLimit);
        validation.InputMessage = Clip(InputMessage(question), MessageLimit);

        switch (question.Type)
        {
            case AnswerType.Rating:
                validation.List(choices!, true);
                Reject(validation, "Rating", "Choose 1 to 5 from the list, or n/a if it does not apply.");
                break;
            case AnswerType.Choice:
                validation.List(choices!, true);
                Reject(validation, "Choose from the list", $"Choose one of: {string.Join(", ", question.Choices)}.");
                break;
            case AnswerType.Choices:
                // The dropdown picks one; Excel has no multi-select list, so typing several is allowed (an
                // information alert, not a stop) and the service's check names any that is not a choice.
                validation.List(choices!, true);
                Reject(validation, "Any that apply", $"For several, type them separated by semicolons, e.g. {string.Join("; ", question.Choices.Take(2))}. Choices: {string.Join(", ", question.Choices)}.", XLErrorStyle.Information);
                break;
            case AnswerType.Email:
                validation.Custom($"ISNUMBER(SEARCH(\"@\",{cell.Address.ToStringRelative()}))");
                Reject(validation, "Email", "This does not look like an email address (name@example.com).", XLErrorStyle.Warning);
                break;
            case AnswerType.Text when choices is not null:
                validation.List(choices, true);
                Reject(validation, question.Label, $"Choose your {question.Label.ToLowerInvariant()} from the list. If it is missing, ask your coordinator.");
                break;
            default:
                validation.AllowedValues = XLAllowedValues.AnyValue;
                break;
        }
    }

    private static void Reject(IXLDataValidation validation, string title, string message, XLErrorStyle style = XLErrorStyle.Stop)
    {
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = style;
        validation.ErrorTitle = Clip(title, TitleLimit);
        validation.ErrorMessage = Clip(message, MessageLimit);
    }

    private static string InputMessage(Question question) => question.Type switch
    {
        AnswerType.Rating => $"{question.Hint}\n{question.Scale!.Legend("\n")}\nn/a = does not apply".TrimStart('\n'),
        _ => question.Hint ?? (question.Required ? "Required." : "Optional."),
    };

    private static string Clip(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
