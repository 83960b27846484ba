using System.Diagnostics;
using System.Text.Json;
using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Templates;

namespace CopOffice.Cli.Tests;

/// <summary>
/// docs/framework.example.json through the whole job, as an administrator would run it: copoffice templates
/// with the file, Safety's own survey filled by hand (ClosedXML writing into its named cells, not CopOffice's
/// filler), a Forms export built from the question list it wrote, and copoffice report with the file. The
/// framework is chosen once per process, so copoffice runs as a process of its own here.
/// </summary>
public sealed class FrameworkFileRunTests : IClassFixture<FrameworkFileRunTests.Run>
{
    private const string Framework = "framework.example.json";
    private const string Safety = "Safety";

    public sealed class Run : IDisposable
    {
        internal TempFolder Folder { get; } = new();
        public string Templates => Path.Combine(Folder.Path, "templates");
        public string Intake => Path.Combine(Folder.Path, "intake");
        public string Reports => Path.Combine(Folder.Path, "reports");
        public string Members => Path.Combine(Folder.Path, "members");
        public (int Exit, string Output, string Error) TemplatesRun { get; }
        public (int Exit, string Output, string Error) ReportRun { get; }

        public Run()
        {
            var framework = Path.Combine(AppContext.BaseDirectory, Framework);
            TemplatesRun = Copoffice("templates", "--framework", framework, "--out", Templates);
            Directory.CreateDirectory(Intake);
            // 2026-Q3: six Safety members on the seeds' survey (version 1), before the framework file.
            var filler = new TemplateFiller();
            for (var i = 1; i <= 6; i++)
            {
                using var stream = File.Create(Path.Combine(Intake, $"q3-safety-{i}.xlsx"));
                filler.Fill(TemplateKind.ValueSurvey, SeedAnswers(i, "2026-Q3"), stream);
            }
            // 2026-Q4: three on Safety's own survey, three through Safety's form; six Data Science members on everyone's.
            for (var i = 1; i <= 3; i++) FillByHand(Path.Combine(Templates, "value-survey (Safety).xlsx"), Path.Combine(Intake, $"q4-safety-{i}.xlsx"), i, Safety);
            FormsExport(Path.Combine(Templates, "forms", "value-survey (Safety).json"), Path.Combine(Intake, "safety-form.xlsx"), [4, 5, 6]);
            for (var i = 11; i <= 16; i++) FillByHand(Path.Combine(Templates, "value-survey.xlsx"), Path.Combine(Intake, $"q4-data-{i}.xlsx"), i, "Data Science");
            ReportRun = Copoffice("report", "--framework", framework, "--source", Intake, "--out", Reports, "--members-out", Members);
        }

        public void Dispose() => Folder.Dispose();
    }

    private readonly Run _run;

    public FrameworkFileRunTests(Run run) => _run = run;

    [Fact]
    public void Templates_write_Safety_s_own_survey_and_form_beside_everyone_s()
    {
        Assert.True(_run.TemplatesRun.Exit == 0, _run.TemplatesRun.Error);
        Assert.Contains("  value-survey (Safety).xlsx", _run.TemplatesRun.Output);
        Assert.Contains("  forms/value-survey (Safety).json", _run.TemplatesRun.Output);
        Assert.Contains("Indicator added in version 2: incidents avoided (short-term value to the organisation, realized value) for Safety.", _run.TemplatesRun.Output);
        using var everyone = new XLWorkbook(Path.Combine(_run.Templates, "value-survey.xlsx"));
        using var safety = new XLWorkbook(Path.Combine(_run.Templates, "value-survey (Safety).xlsx"));
        Assert.False(everyone.NamedRanges.Contains(AnswerNames.Indicator("incidents_avoided")));
        Assert.True(safety.NamedRanges.Contains(AnswerNames.Indicator("incidents_avoided")));
        Assert.True(everyone.NamedRanges.Contains(AnswerNames.Story("next_step")));
        Assert.Equal(2, everyone.Worksheet(TemplateMetadata.SheetName).Cell(TemplateMetadata.VersionRow, 2).GetValue<int>());
    }

    [Fact]
    public void Every_input_is_accepted_without_a_blank_for_a_question_it_was_never_asked()
    {
        Assert.True(_run.ReportRun.Exit == 0, _run.ReportRun.Error + _run.ReportRun.Output);
        // 6 + 3 + 1 export (3 rows) + 6: nothing rejected, and no warning about blank ratings (consent "named" only).
        Assert.StartsWith("Read 18 inputs from ", _run.ReportRun.Output);
        Assert.Contains(": 18 accepted (0 with warnings), 0 superseded, 0 rejected.", _run.ReportRun.Output);
    }

    [Fact]
    public void Safety_s_report_ranks_its_own_indicators_with_the_rest_and_says_they_are_new()
    {
        using var report = new XLWorkbook(Path.Combine(_run.Reports, "communities", "Safety 2026-Q4.xlsx"));
        var rows = Rows(report, "Indicators");
        var incidents = rows.Single(r => r["Indicator id"] == "incidents_avoided");
        Assert.Equal("6", incidents["n"]);
        Assert.Equal("4", incidents["Mean"]);
        Assert.Equal("new: not asked in 2026-Q3", incidents["Trend against"]);
        Assert.Equal("Safety's own indicator: not part of the quadrant scores or the organisation's figures", incidents["Note"]);
        Assert.Equal(ValueFramework.SeedIndicators.Count + 2, rows.Count(r => r["Indicator id"] is { Length: > 0 }));
        // Everyone's indicators still have their trend against the seeds' survey of 2026-Q3.
        Assert.Equal("2026-Q3", rows.Single(r => r["Indicator id"] == "network")["Trend against"]);
    }

    [Fact]
    public void The_organisation_s_figures_are_made_of_everyone_s_indicators_and_the_heat_map_shows_Safety_s_in_its_row()
    {
        using var report = new XLWorkbook(Path.Combine(_run.Reports, "organisation", "CoP value report 2026-Q4.xlsx"));
        var indicators = Rows(report, "Indicators");
        Assert.DoesNotContain(indicators, r => r["Indicator id"] == "incidents_avoided");
        var heat = Rows(report, "Heat map");
        Assert.Null(heat.Single(r => r["Group"] == "Organisation")["Incidents avoided (Safety)"]);
        Assert.Null(heat.Single(r => r["Group"] == "Data Science")["Incidents avoided (Safety)"]);
        Assert.Equal("4", heat.Single(r => r["Group"] == Safety)["Incidents avoided (Safety)"]);
    }

    [Fact]
    public void A_Safety_member_s_personal_workbook_has_her_own_ratings_of_Safety_s_indicators()
    {
        using var own = new XLWorkbook(Path.Combine(_run.Members, "safety1@contoso.example.xlsx"));
        var mine = Table(own, "MyRatings").Single(r => r["Indicator"] == "Incidents avoided");
        Assert.Equal("4", mine["My rating"]);
        Assert.Equal("4", mine["Community mean"]);
        // The organisation was not asked it: no mean to set beside hers.
        Assert.Null(mine["Organisation mean"]);
        using var other = new XLWorkbook(Path.Combine(_run.Members, "data11@contoso.example.xlsx"));
        Assert.DoesNotContain(Table(other, "MyRatings"), r => r["Indicator"] == "Incidents avoided");
        Assert.Equal(ValueFramework.SeedIndicators.Count, Table(other, "MyRatings").Count);
    }

    [Fact]
    public void A_framework_file_that_cannot_be_used_stops_every_command_with_its_problems()
    {
        var bad = _run.Folder.File("bad.json", """{ "version": 2, "indicators": [ { "id": "x1", "name": "x", "statement": "X.", "quadrant": "members_short_term", "cycle": "realised" } ] }""");

        var run = Copoffice("templates", "--framework", bad, "--out", Path.Combine(_run.Folder.Path, "never"));

        Assert.Equal(2, run.Exit);
        Assert.Equal($"copoffice: bad.json cannot be used as the framework:{Environment.NewLine}  - indicators[0] (x1).cycle: one of immediate, potential, applied, realized, reframing, not 'realised'.", run.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(_run.Folder.Path, "never")));
    }

    private static Dictionary<string, object?> SeedAnswers(int i, string period)
    {
        var answers = Identity($"safety{i}", Safety, period);
        foreach (var indicator in ValueFramework.SeedIndicators) answers[AnswerNames.Indicator(indicator.Id)] = 3;
        return answers;
    }

    private static Dictionary<string, object?> Identity(string member, string community, string period) => new()
    {
        [AnswerNames.Name] = member,
        [AnswerNames.Email] = $"{member}@contoso.example",
        [AnswerNames.Community] = community,
        [AnswerNames.Period] = period,
        [AnswerNames.Consent] = Consent.Named,
    };

    /// <summary>A member fills a template in Excel: a value in every named answer cell it asks, 4 for each rating.</summary>
    private static void FillByHand(string template, string filled, int i, string community)
    {
        using var book = new XLWorkbook(template);
        var member = community == Safety ? $"safety{i}" : $"data{i}";
        foreach (var (name, value) in Identity(member, community, "2026-Q4")) book.NamedRange(name)!.Ranges.First().FirstCell().SetValue(value?.ToString());
        foreach (var range in book.NamedRanges.Where(n => n.Name.StartsWith("indicator.", StringComparison.Ordinal)))
            range.Ranges.First().FirstCell().SetValue(4);
        book.NamedRange(AnswerNames.Story("next_step"))!.Ranges.First().FirstCell().SetValue("Run the near-miss review with the other plant.");
        book.SaveAs(filled);
    }

    /// <summary>Microsoft Forms' response workbook for the questions the list names, one row per member.</summary>
    private static void FormsExport(string questionList, string export, int[] members)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(questionList));
        var headers = new List<string> { "ID", "Start time", "Completion time", "Email", "Name" };
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToList();
        foreach (var q in questions)
        {
            if (q.GetProperty("type").GetString() == "likert") headers.AddRange(q.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("text").GetString()!));
            else headers.Add(q.GetProperty("title").GetString()!);
        }
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Sheet1");
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).SetValue(headers[c]);
        for (var r = 0; r < members.Length; r++)
        {
            var member = $"safety{members[r]}";
            var answers = Identity(member, Safety, "2026-Q4");
            var row = sheet.Row(r + 2);
            row.Cell(1).SetValue(r + 1);
            row.Cell(2).SetValue(new DateTime(2026, 11, 20, 9, 0, 0));
            row.Cell(3).SetValue(new DateTime(2026, 11, 20, 9, 10, 0));
            row.Cell(4).SetValue($"{member}@contoso.example");
            row.Cell(5).SetValue(member);
            var column = 6;
            foreach (var q in questions)
            {
                var title = q.GetProperty("title").GetString();
                switch (q.GetProperty("type").GetString())
                {
                    case "likert":
                        foreach (var _ in q.GetProperty("statements").EnumerateArray()) row.Cell(column++).SetValue("Considerably");
                        break;
                    default:
                        object? value = title switch
                        {
                            "Your name" => answers[AnswerNames.Name], "Your email" => answers[AnswerNames.Email], "Community" => Safety,
                            "Period" => "2026-Q4", "May we quote your story?" => Consent.Named,
                            "What will you try next because of the community?" => "Share the checklist.",
                            _ => null,
                        };
                        if (value is not null) row.Cell(column).SetValue(value.ToString());
                        column++;
                        break;
                }
            }
        }
        book.SaveAs(export);
    }

    /// <summary>A sheet's main table as rows keyed by header (the first table of the sheet).</summary>
    private static List<Dictionary<string, string?>> Rows(XLWorkbook book, string sheet) => Rows(book.Worksheet(sheet).Tables.First());

    private static List<Dictionary<string, string?>> Table(XLWorkbook book, string name) =>
        Rows(book.Worksheets.SelectMany(s => s.Tables).Single(t => t.Name == name));

    private static List<Dictionary<string, string?>> Rows(IXLTable table)
    {
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return [.. table.DataRange.Rows().Select(row => headers.Select((h, i) => (h, row.Cell(i + 1).IsEmpty() ? null : row.Cell(i + 1).GetFormattedString()))
            .ToDictionary(x => x.h, x => x.Item2))];
    }

    private static (int Exit, string Output, string Error) Copoffice(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(CopOfficeCommand).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result, error);
    }
}
