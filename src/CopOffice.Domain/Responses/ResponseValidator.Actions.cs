using CopOffice.Questionnaires;

namespace CopOffice.Responses;

// The action plan's rows: an action needs its words; its due period must be one CopOffice can read.
public static partial class ResponseValidator
{
    private static readonly string[] ActionColumns = ["action", "owner", "due", "aims_at", "status", "update"];

    private static void Actions(Check check, Dictionary<string, string> texts)
    {
        for (var row = 1; row <= ActionPlans.Rows; row++)
        {
            string Name(string column) => ActionPlans.Name(row, column);
            var used = ActionColumns.Any(c => texts.ContainsKey(Name(c)));
            if (!used) continue;
            if (!texts.ContainsKey(Name("action")))
            {
                check.Warning($"Action {row} has no words in Action: say what will be done, or clear the row. It is left out.", check.Where(Name("action")));
                foreach (var column in ActionColumns) texts.Remove(Name(column));
                continue;
            }
            if (texts.TryGetValue(Name("due"), out var due))
            {
                if (Period.TryParse(due, out var period)) texts[Name("due")] = period.ToString();
                else
                {
                    check.Warning($"Action {row}: \"{due}\" is not a period CopOffice can read (write it as 2027-Q2); the action is kept without a due period.", check.Where(Name("due")));
                    texts.Remove(Name("due"));
                }
            }
            if (!texts.ContainsKey(Name("status"))) texts[Name("status")] = ActionPlans.Planned;
        }
    }
}
