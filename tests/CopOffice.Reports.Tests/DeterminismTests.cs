using System.IO.Compression;
using System.Text.RegularExpressions;

namespace CopOffice.Reports.Tests;

/// <summary>Same input and context, same workbook: every sheet's cells, every table and chart, every part of the package.</summary>
public class DeterminismTests
{
    private static void AssertSame(WrittenWorkbook first, WrittenWorkbook second)
    {
        Assert.Equal(first.Sheets.Keys, second.Sheets.Keys);
        foreach (var (sheet, rows) in first.Sheets)
        {
            Assert.Equal(rows.Count, second.Sheets[sheet].Count);
            for (var r = 0; r < rows.Count; r++) Assert.Equal(rows[r], second.Sheets[sheet][r]);
        }
        Assert.Equal(first.Tables.Select(t => $"{t.Sheet}!{t.Name} {t.FirstRow},{t.FirstColumn}:{t.LastRow},{t.LastColumn} {string.Join("|", t.Columns)}"),
            second.Tables.Select(t => $"{t.Sheet}!{t.Name} {t.FirstRow},{t.FirstColumn}:{t.LastRow},{t.LastColumn} {string.Join("|", t.Columns)}"));
        Assert.Equal(first.Charts.Select(c => (c.Sheet, c.Title, string.Join("|", c.Series.Select(s => $"{s.Name} {s.Categories} {s.Values} {string.Join(",", s.CachedValues)}")))),
            second.Charts.Select(c => (c.Sheet, c.Title, string.Join("|", c.Series.Select(s => $"{s.Name} {s.Categories} {s.Values} {string.Join(",", s.CachedValues)}")))));
        Assert.Equal(Parts(first.Bytes), Parts(second.Bytes));
    }

    /// <summary>
    /// Every part of the package, with the two things System.IO.Packaging draws at random when it saves
    /// (the core-properties part's name and a few relationship ids) replaced by placeholders.
    /// </summary>
    private static List<(string Name, string Content)> Parts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return (Normalised(e.FullName), Normalised(reader.ReadToEnd()));
        }).OrderBy(p => p.Item1, StringComparer.Ordinal)];
    }

    private static string Normalised(string text) =>
        Regex.Replace(Regex.Replace(text, "core-properties/[0-9a-f]{32}\\.psmdcp", "core-properties/*.psmdcp"), "Id=\"R[0-9a-f]{16}\"", "Id=\"R*\"");

    [Fact]
    public void Two_writes_of_the_organisation_report_are_identical()
    {
        // A fresh aggregation of the same responses in reverse order, written again.
        var picture = Aggregation.ValueAggregation.Build(Sample.All().Reverse(), Sample.RosterOf(), Aggregation.PrivacyOptions.Create(5));
        var again = WrittenWorkbook.Write(s => OrganisationReport.Write(picture.Organisation(Sample.Q4), Sample.Ledger(), Sample.Context, s));

        AssertSame(Written.Organisation, again);
    }

    [Fact]
    public void Two_writes_of_a_community_report_and_a_personal_workbook_are_identical()
    {
        var picture = Sample.Picture();
        AssertSame(Written.Community("Data"), WrittenWorkbook.Write(s => CommunityReport.Write(picture.Community("Data", Sample.Q4), Sample.Ledger(), Sample.Context, s)));
        AssertSame(Written.Member("data1@contoso.example"), WrittenWorkbook.Write(s => PersonalWorkbook.Write(picture.Member("data1@contoso.example"), Sample.Context, s)));
    }
}

/// <summary>The pipeline may write many workbooks at once: writers share no state, so parallel writes give the same workbooks.</summary>
public class ParallelWritingTests
{
    [Fact]
    public void Workbooks_written_in_parallel_are_the_same_as_written_one_by_one()
    {
        var picture = Sample.Picture();
        string[] members = ["data1@contoso.example", "data3@contoso.example", "field2@contoso.example", "tiny1@contoso.example"];
        var views = members.Select(picture.Member).ToList();
        var parallel = new WrittenWorkbook[views.Count * 3];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            parallel[i] = i % 3 == 2
                ? WrittenWorkbook.Write(s => CommunityReport.Write(picture.Community("Data", Sample.Q4), Sample.Ledger(), Sample.Context, s))
                : WrittenWorkbook.Write(s => PersonalWorkbook.Write(views[i / 3], Sample.Context, s)));

        for (var i = 0; i < parallel.Length; i++)
        {
            var alone = i % 3 == 2 ? Written.Community("Data") : Written.Member(members[i / 3]);
            Assert.Equal(alone.AllCells().Select(c => $"{c.Sheet}!{c.Row},{c.Column}={c.Value}"), parallel[i].AllCells().Select(c => $"{c.Sheet}!{c.Row},{c.Column}={c.Value}"));
        }
    }
}
