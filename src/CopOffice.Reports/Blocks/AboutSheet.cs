using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>
/// The "About" sheet of every report: what the report is, when and from what it was made (the only
/// place a time appears), the privacy thresholds, the method in words, the sheets and tables, and the
/// indicators' definitions.
/// </summary>
internal static class AboutSheet
{
    public const string Name = "About";

    public static void Write(ReportBook book, string title, IReadOnlyList<(string Item, object? Value)> facts, PrivacyOptions privacy,
        IReadOnlyList<MethodNote> method, ReportContext context)
    {
        var contents = book.Sheets.Select(s => (s.Name, s.Description, Tables: string.Join(", ", s.Tables))).ToList();
        var sheet = book.AddSheet(Name, "About this report", title, "What the report is, how it was made, its privacy rules and method, and where everything is.");

        var info = new TableBlock("ReportInfo", [new("Item") { MaxWidth = 30 }, new("Value", Format.Wrap, 80)]);
        info.Add("Report", title);
        foreach (var (item, value) in facts) info.Add(item, value);
        info.Add("Minimum group size", privacy.MinGroupSize);
        info.Add("Free-text threshold", privacy.FreeTextMinGroupSize);
        info.Add("Complementary suppression", privacy.ComplementarySuppression ? "on" : "off");
        info.Add("Source", context.Source);
        info.Add("Generated at", context.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
        info.Add("CopOffice version", context.CopOfficeVersion);
        sheet.Table(info);

        sheet.Section("Contents");
        var sheets = new TableBlock("Contents", [new("Sheet") { MaxWidth = 30 }, new("What it shows", Format.Wrap, 80), new("Tables", Format.Wrap, 40)]);
        foreach (var (name, description, tables) in contents) sheets.Add(name, description, tables);
        sheets.Add(Name, sheet.Description, "ReportInfo, Contents, Method, IndicatorDefinitions");
        sheet.Table(sheets);

        sheet.Section("Method and privacy");
        sheet.Note("Withheld figures are blank cells; the row's \"Note\" column says why (for instance \"fewer than 5 respondents\"). " +
            "A number is never shown for a group below the minimum group size.", 3, muted: false);
        var rules = new TableBlock("Method", [new("Topic") { MaxWidth = 30 }, new("Rule", Format.Wrap, 100)]);
        foreach (var note in method) rules.Add(note.Topic, note.Text);
        sheet.Table(rules);

        var framework = ValueFramework.Active;
        sheet.Section(framework.Version == 1 ? $"The {NumberWords.Indicators} indicators" : $"The indicators ({framework.Source}, version {framework.Version})");
        var indicators = new TableBlock("IndicatorDefinitions",
        [
            new("Indicator id") { MaxWidth = 26 }, new("Indicator") { MaxWidth = 26 }, new("Quadrant") { MaxWidth = 36 }, new("Value cycle"),
            new("Statement", Format.Wrap, 60), new("Asked of") { MaxWidth = 30 }, new("Since version", Format.Count),
        ]);
        foreach (var i in framework.Indicators)
            indicators.Add(i.Id, GroupTables.Capitalised(i.Name), i.Quadrant.Title, i.Cycle.Title(), i.Prompt,
                i.Communities.Count == 0 ? "everyone" : string.Join(", ", i.Communities), i.Since);
        sheet.Table(indicators);
    }
}
