using System.Text.RegularExpressions;

namespace CopOffice.Reports.Tests;

/// <summary>src/CopOffice.Reports/README.md is the contract Power Query users rely on: every sheet, table and column of each workbook, in order.</summary>
public partial class DocumentedTablesTests
{
    /// <summary>Workbook heading → sheet → table → columns, as the page lists them.</summary>
    private static Dictionary<string, List<(string Sheet, string Table, List<string> Columns)>> Documented() => Read().Tables;

    /// <summary>Workbook heading → its sheets in order, those without a table (the community report's Plan) included.</summary>
    private static Dictionary<string, List<string>> DocumentedSheets() => Read().Sheets;

    private static (Dictionary<string, List<(string Sheet, string Table, List<string> Columns)>> Tables, Dictionary<string, List<string>> Sheets) Read()
    {
        var documented = new Dictionary<string, List<(string, string, List<string>)>>();
        var sheets = new Dictionary<string, List<string>>();
        List<(string, string, List<string>)>? workbook = null;
        string? sheet = null;
        List<string>? columns = null;
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "reports.md")))
        {
            if (line.StartsWith('#')) columns = null;
            if (line.StartsWith("## ", StringComparison.Ordinal)) { documented[line[3..]] = workbook = []; sheets[line[3..]] = []; }
            else if (SheetHeading().Match(line) is { Success: true } s) { sheet = s.Groups[1].Value; sheets.Values.Last().Add(sheet); }
            else if (TableHeading().Match(line) is { Success: true } t) workbook!.Add((sheet!, t.Groups[1].Value, columns = []));
            else if (columns is not null && line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Column |", StringComparison.Ordinal)
                && !line.StartsWith("| --- |", StringComparison.Ordinal)
                // An italic name stands for columns that only a framework file adds (a community's own indicators).
                && !line.Split('|')[1].Trim().StartsWith('*'))
                columns.Add(line.Split('|')[1].Trim());
        }
        return (documented, sheets);
    }

    private static void AssertDocumented(string heading, WrittenWorkbook book)
    {
        var documented = Documented()[heading];
        Assert.Equal(documented.Select(d => $"{d.Sheet} / {d.Table}"), book.Tables.Select(t => $"{t.Sheet} / {t.Name}"));
        foreach (var (sheet, table, columns) in documented) Assert.Equal(columns, book.Table(table).Columns);
        // Sheets in the documented order, and no sheet left undocumented.
        Assert.Equal(DocumentedSheets()[heading], book.Sheets.Keys);
    }

    [Fact]
    public void The_organisation_report_has_exactly_the_documented_tables_and_columns() => AssertDocumented("Organisation report", Written.Organisation);

    [Fact]
    public void The_community_report_has_exactly_the_documented_tables_and_columns() => AssertDocumented("Community report", Written.Community("Data"));

    [Fact]
    public void The_personal_workbook_has_exactly_the_documented_tables_and_columns() => AssertDocumented("Personal workbook", Written.Member("data1@contoso.example"));

    [Fact]
    public void The_ledger_with_a_delivery_sheet_has_exactly_the_documented_tables_and_columns()
    {
        var ledger = Sample.Ledger();
        var delivery = new MemberDelivery("data1@contoso.example", "data1@contoso.example.xlsx", AddressProof.Roster, MemberSharing.Shared, ledger.Entries[0].Source);

        var book = WrittenWorkbook.Write(stream => LedgerWorkbook.Write(stream, ledger, [delivery]));

        AssertDocumented("Ledger", book);
        Assert.Equal(["data1@contoso.example", "data1@contoso.example.xlsx", "on the roster", "shared with the member alone (read, sign-in required)", ledger.Entries[0].Source.Path, null],
            book.Rows("Delivery").Single().Values.Select(v => v?.ToString()));
    }

    [Fact]
    public void Table_names_are_unique_in_each_workbook()
    {
        foreach (var book in new[] { Written.Organisation, Written.Community("Data"), Written.Member("data1@contoso.example") })
            Assert.Equal(book.Tables.Count, book.Tables.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [GeneratedRegex("^### Sheet \"(.+)\"$")]
    private static partial Regex SheetHeading();

    [GeneratedRegex("^#### Table `(.+)`$")]
    private static partial Regex TableHeading();
}
