using System.Text.Json;
using ClosedXML.Excel;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Templates;

namespace CopOffice.Cli.Tests;

public class CheckCommandTests
{
    private static readonly DateTime Earlier = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc), Later = new(2026, 11, 10, 17, 45, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Prints_one_entry_per_input_with_its_reasons_and_exits_0()
    {
        using var temp = new TempFolder();
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Path, "inbox")).FullName;
        Survey(Path.Combine(inbox, "ada-1.xlsx"), Earlier);
        Survey(Path.Combine(inbox, "ada-2.xlsx"), Later);
        Survey(Path.Combine(inbox, "bob.xlsx"), Later, "bob@example.org", blank: AnswerNames.Indicator("time_saving"));
        File.WriteAllBytes(Path.Combine(inbox, "empty.xlsx"), []);

        var result = await Cli.RunAsync("check", inbox);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var shown = inbox.Replace('\\', '/');
        Assert.Equal(
            $"""
            {shown}/ada-1.xlsx: superseded by {shown}/ada-2.xlsx (value-survey, Data Science, 2026-Q4, ada@example.org)
              warning: Superseded by {shown}/ada-2.xlsx, a later submission on 2026-11-10 17:45 UTC for the same member, community and period.
            {shown}/ada-2.xlsx: accepted (value-survey, Data Science, 2026-Q4, ada@example.org)
            {shown}/bob.xlsx: accepted with warnings (value-survey, Data Science, 2026-Q4, bob@example.org)
              warning: 1 of {Placed.Ratings} ratings left blank (Time saving); they count as not answered. ({Placed.At("indicator.time_saving")}, indicator.time_saving)
            {shown}/empty.xlsx: rejected
              error: The file is empty (0 bytes): it was not saved completely or its upload failed. Save it again in Excel and send it again.

            4 inputs: 1 accepted, 1 accepted with warnings, 1 superseded, 1 rejected.

            """, result.Output);
    }

    [Fact]
    public async Task Json_lists_source_status_and_findings_with_locations()
    {
        using var temp = new TempFolder();
        var bob = temp.File("bob.xlsx");
        Survey(bob, Later, "bob@example.org", blank: AnswerNames.Indicator("time_saving"));
        var notes = temp.File("notes.txt", "remember");

        var result = await Cli.RunAsync("check", bob, notes, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(bob.Replace('\\', '/'), entries[0].GetProperty("source").GetString());
        Assert.Equal("value-survey", entries[0].GetProperty("kind").GetString());
        Assert.Equal("accepted-with-warnings", entries[0].GetProperty("status").GetString());
        Assert.Equal("Data Science", entries[0].GetProperty("community").GetString());
        Assert.Equal("2026-Q4", entries[0].GetProperty("period").GetString());
        var finding = Assert.Single(entries[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal($"1 of {Placed.Ratings} ratings left blank (Time saving); they count as not answered.", finding.GetProperty("message").GetString());
        var location = finding.GetProperty("location");
        Assert.Equal(Placed.Of("indicator.time_saving"), (location.GetProperty("sheet").GetString(), location.GetProperty("cell").GetString()));
        Assert.Equal("indicator.time_saving", location.GetProperty("name").GetString());
        Assert.Equal("rejected", entries[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, entries[1].GetProperty("kind").ValueKind);
        Assert.Equal("Not a spreadsheet CopOffice reads: only .xlsx, .xlsm, .xls and .csv files are read, not '.txt'. Skipped.",
            Assert.Single(entries[1].GetProperty("findings").EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_community_list_rejects_an_unknown_community()
    {
        using var temp = new TempFolder();
        var ada = temp.File("ada.xlsx");
        Survey(ada, Later);
        var list = temp.File("communities.csv", "Community\nData Engineering\nField Service\n");

        var result = await Cli.RunAsync("check", ada, "--communities", list);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{ada.Replace('\\', '/')}: rejected\n  error: \"Data Science\" is not a community the organisation knows. Choose one of: Data Engineering, Field Service. ({Placed.At("about.community")}, about.community)\n", result.Output);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_stops_the_command_with_exit_2()
    {
        using var temp = new TempFolder();
        var ada = temp.File("ada.xlsx");
        Survey(ada, Later);

        var result = await Cli.RunAsync("check", ada, Path.Combine(temp.Path, "nope"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"copoffice check: {Path.Combine(temp.Path, "nope")}: no such file or folder.\n", result.Error);
    }

    [Fact]
    public async Task An_unreadable_community_list_stops_the_command_with_exit_2()
    {
        using var temp = new TempFolder();
        var list = temp.File("communities.csv", "Name\nData Science\n");

        var result = await Cli.RunAsync("check", temp.Path, "--communities", list);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("copoffice check: communities.csv, row 1: expected a header row with a \"Community\" column (and optionally \"Organisational unit\").\n", result.Error);
    }

    [Fact]
    public async Task An_empty_folder_is_read_and_says_so()
    {
        using var temp = new TempFolder();

        var result = await Cli.RunAsync("check", temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 inputs.\n", result.Output);
    }

    [Fact]
    public async Task A_path_is_required()
    {
        var result = await Cli.RunAsync("check");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Required argument missing for command: 'check'.", result.Error);
    }

    /// <summary>A value survey filled in for Data Science, 2026-Q4, saved at <paramref name="modified"/>.</summary>
    private static void Survey(string path, DateTime modified, string email = "ada@example.org", string? blank = null)
    {
        using var template = new MemoryStream();
        TemplateWriter.Write(Questionnaire.ValueSurvey, template);
        template.Position = 0;
        using (var book = new XLWorkbook(template))
        {
            void Set(string name, object value) => book.NamedRanges.NamedRange(name).Ranges.Single().FirstCell().Value = value;
            Set(AnswerNames.Name, "Member");
            Set(AnswerNames.Email, email);
            Set(AnswerNames.Community, "Data Science");
            Set(AnswerNames.Period, "2026-Q4");
            Set(AnswerNames.Consent, "no");
            foreach (var indicator in ValueFramework.Indicators)
                if (AnswerNames.Indicator(indicator.Id) != blank) Set(AnswerNames.Indicator(indicator.Id), 4);
            book.SaveAs(path);
        }
        File.SetLastWriteTimeUtc(path, modified);
    }
}
