using ClosedXML.Excel;
using CopOffice.Questionnaires;

namespace CopOffice.Cli.Tests;

public class TemplatesCommandTests
{
    [Fact]
    public async Task Writes_the_template_set_and_lists_it()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");

        var result = await Cli.RunAsync("templates", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith($"Wrote 12 files to {output}:\n  value-survey.xlsx\n  health-check.xlsx\n  leadership-roles.xlsx\n  forming-check.xlsx\n  action-plan.xlsx\n", result.Output);
        Assert.True(File.Exists(Path.Combine(output, "forms", "health-check.json")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_csv_community_list_becomes_dropdowns()
    {
        using var temp = new TempFolder();
        var list = temp.File("communities.csv", "Community,Organisational unit\nData Science,Analytics\n\"Field Service, North\",Operations\nData Science,Research\n");
        var output = Path.Combine(temp.Path, "out");

        var result = await Cli.RunAsync("templates", "--out", output, "--communities", list);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Community and unit dropdowns: 2 communities, 3 units from communities.csv.\n", result.Output);
        using var workbook = new XLWorkbook(Path.Combine(output, "value-survey.xlsx"));
        var validation = workbook.NamedRanges.NamedRange(AnswerNames.Community).Ranges.Single().FirstCell().DataValidation;
        Assert.Equal(["Data Science", "Field Service, North"], workbook.Range(validation.Value).Cells().Select(c => c.GetString()));
    }

    [Fact]
    public async Task An_xlsx_community_list_becomes_dropdowns()
    {
        using var temp = new TempFolder();
        var list = temp.File("communities.xlsx");
        using (var book = new XLWorkbook())
        {
            var sheet = book.AddWorksheet("Communities");
            sheet.Cell("A1").Value = "Unit";
            sheet.Cell("B1").Value = "Community";
            sheet.Cell("A2").Value = "Finance";
            sheet.Cell("B2").Value = "Agile Coaching";
            book.SaveAs(list);
        }
        var output = Path.Combine(temp.Path, "out");

        var result = await Cli.RunAsync("templates", "--out", output, "--communities", list);

        Assert.Equal(0, result.ExitCode);
        using var workbook = new XLWorkbook(Path.Combine(output, "health-check.xlsx"));
        var unit = workbook.NamedRanges.NamedRange(AnswerNames.Unit).Ranges.Single().FirstCell().DataValidation;
        Assert.Equal(["Finance"], workbook.Range(unit.Value).Cells().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("communities.csv", "Name,Unit\nData Science,Analytics\n", "communities.csv, row 1: expected a header row with a \"Community\" column (and optionally \"Organisational unit\").")]
    [InlineData("communities.csv", "Community,Unit\nData Science,Analytics\n,\n,Finance\nx,y,z\n", null)]
    [InlineData("communities.csv", "Community,Unit,Notes\nData Science,Analytics,\n,,remember\n", "communities.csv, row 3: the row has neither a community nor a unit.")]
    [InlineData("communities.csv", "", "communities.csv: the file is empty: expected a header row with a \"Community\" column.")]
    [InlineData("communities.csv", "Community\n\n", "communities.csv: the file lists no communities below its header row.")]
    [InlineData("communities.txt", "Community\nA\n", "communities.txt: expected a .csv, .xlsx, .xlsm or .xls file, not '.txt'.")]
    public async Task A_bad_community_list_names_file_and_row_and_writes_nothing(string name, string content, string? expected)
    {
        using var temp = new TempFolder();
        var list = temp.File(name, content);
        var output = Path.Combine(temp.Path, "out");

        var result = await Cli.RunAsync("templates", "--out", output, "--communities", list);

        if (expected is null)
        {
            Assert.Equal(0, result.ExitCode); // blank rows and units-only rows are fine
            return;
        }
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"copoffice templates: {expected}\n", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_corrupt_xlsx_list_is_a_one_line_error()
    {
        using var temp = new TempFolder();
        var list = temp.File("communities.xlsx", "PK\u0003\u0004 this is not really a zip");
        var output = Path.Combine(temp.Path, "out");

        var result = await Cli.RunAsync("templates", "--out", output, "--communities", list);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("copoffice templates: communities.xlsx: the file could not be read as a spreadsheet (", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_missing_list_file_is_an_error()
    {
        using var temp = new TempFolder();
        var result = await Cli.RunAsync("templates", "--out", Path.Combine(temp.Path, "out"), "--communities", Path.Combine(temp.Path, "nope.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("copoffice templates: nope.csv: the file does not exist.\n", result.Error);
    }

    [Fact]
    public async Task Out_is_required()
    {
        var result = await Cli.RunAsync("templates");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Option '--out' is required.", result.Error);
    }
}
