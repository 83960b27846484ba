using System.IO.Compression;
using CopOffice.Aggregation;
using CopOffice.Framework;

namespace CopOffice.Reports.Tests;

/// <summary>The organisation's programme (seed 001) for sponsors: every action, its evidence, and the programme lead's record.</summary>
public class ProgrammeSheetTests
{
    private static readonly ProgrammeStatus[] Kept =
    [
        new("Find sponsors to encourage participation", "under way", "Two of six communities have one"),
        new("publicize  successes", "done", null),
    ];

    private static WrittenWorkbook Book() => WrittenWorkbook.Write(s =>
        OrganisationReport.Write(Written.OrganisationView, Sample.Ledger(), Sample.Context with { Programme = Kept }, s));

    [Fact]
    public void Every_action_of_the_six_steps_is_listed_in_the_seeds_order_with_the_leads_record()
    {
        var rows = Book().Rows("Programme");

        Assert.Equal(ValueFramework.CultivationStages.Sum(s => s.Actions.Count), rows.Count);
        Assert.Equal(["Educate", "Set strategic context", "Support", "Get going", "Encourage", "Integrate"], rows.Select(r => (string)r["Step"]!).Distinct());
        var sponsors = rows.Single(r => (string?)r["Action"] == "Find sponsors to encourage participation");
        Assert.Equal("under way", sponsors["Status"]);
        Assert.Equal("Two of six communities have one", sponsors["Notes"]);
        Assert.Equal("done", rows.Single(r => (string?)r["Action"] == "Publicize successes")["Status"]);
        Assert.Null(rows.Single(r => (string?)r["Action"] == "Value the work of communities")["Status"]);
    }

    [Fact]
    public void The_evidence_comes_from_the_figures_the_report_shows()
    {
        var view = Written.OrganisationView;
        var rows = Book().Rows("Programme").ToDictionary(r => (string)r["Action"]!, r => (string?)r["What the responses show"]);

        // The sample's health checks rate the community-side factors; no one rates visible sponsorship.
        var core = view.FactorsAcrossCommunities.Single(f => f.Factor.Id == "domain_energizes_core_group").Statistics;
        Assert.Equal(1, core.N);
        Assert.Equal($"Domain that energizes a core group: {core.Mean:0.0} on average (1–5) across 1 community's latest health check.",
            rows["Gather a core group to prepare and initiate a launch process"]);
        Assert.Equal("Visible management sponsorship, but without micro-management: no community's health check rates it yet.", rows["Find sponsors to encourage participation"]);
        Assert.Equal(1, view.Stories.Sum(s => s.Claims.Count));
        Assert.Equal($"{view.Stories.Count} stories shared with consent ({view.Stories.Count(s => s.MemberName is not null)} named), carrying 1 claim of realised value: see the Stories and Claims sheets.",
            rows["Publicize successes"]);
        var top = view.Conditions.Challenges.Take(3).Select(c => $"{c.Text} ({c.Count})");
        Assert.Equal($"Most named challenges: {string.Join("; ", top)}.", rows["Identify and remove obvious barriers"]);
        Assert.Equal("No evidence in the responses: the programme lead records it in Status and Notes.", rows["Articulate need to leverage knowledge"]);
    }

    [Fact]
    public void The_status_column_offers_the_four_statuses_as_a_dropdown()
    {
        using var zip = new ZipArchive(new MemoryStream(Book().Bytes));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd());

        var programme = Assert.Single(sheets, x => x.Contains("dataValidation ", StringComparison.Ordinal));
        Assert.Contains("formula1>\"not started,under way,done,not needed\"</", programme, StringComparison.Ordinal);
    }
}
