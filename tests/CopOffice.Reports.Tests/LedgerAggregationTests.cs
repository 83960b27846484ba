using CopOffice.Aggregation;
using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

/// <summary>
/// A run aggregates the facts its intake read (<see cref="ValueAggregation.Build(Ledger, Roster, PrivacyOptions)"/>),
/// not the responses decoded again: the reports must be cell for cell those of the accepted responses.
/// </summary>
public class LedgerAggregationTests
{
    private static readonly PrivacyOptions Privacy = PrivacyOptions.Create(5);

    private static IEnumerable<string> Cells(WrittenWorkbook book) => book.AllCells().Select(c => $"{c.Sheet}!{c.Row},{c.Column}={c.Value}");

    private static void AssertSameReports(ValuePicture expected, ValuePicture actual, Ledger ledger)
    {
        Assert.Equal(Cells(WrittenWorkbook.Write(s => OrganisationReport.Write(expected.Organisation(Sample.Q4), ledger, Sample.Context, s))),
            Cells(WrittenWorkbook.Write(s => OrganisationReport.Write(actual.Organisation(Sample.Q4), ledger, Sample.Context, s))));
        Assert.Equal(Cells(WrittenWorkbook.Write(s => CommunityReport.Write(expected.Community("Data", Sample.Q4), ledger, Sample.Context, s))),
            Cells(WrittenWorkbook.Write(s => CommunityReport.Write(actual.Community("Data", Sample.Q4), ledger, Sample.Context, s))));
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(Cells(WrittenWorkbook.Write(s => PersonalWorkbook.Write(expected.Member("data3@contoso.example"), Sample.Context, s))),
            Cells(WrittenWorkbook.Write(s => PersonalWorkbook.Write(actual.Member("data3@contoso.example"), Sample.Context, s))));
    }

    [Fact]
    public void Facts_read_against_the_runs_roster_give_the_reports_of_the_accepted_responses()
    {
        var roster = Sample.RosterOf();
        var builder = new LedgerBuilder(new MemorySpool(), roster);
        foreach (var result in Sample.Results()) builder.Add(result);
        var ledger = builder.Build();

        var fromFacts = ValueAggregation.Build(ledger, roster, Privacy);

        AssertSameReports(ValueAggregation.Build(ledger.Accepted, roster, Privacy), fromFacts, ledger);
        // The roster emails came with the facts: response rates are shown, not "not on the roster".
        var rate = fromFacts.Organisation(Sample.Q4).ResponseRates.First(r => r.Group.Community == "Data");
        Assert.True(Assert.IsType<Shown<Participation>>(rate.Participation).Value.Respondents > 0);
    }

    [Fact]
    public void Facts_read_without_the_roster_take_its_emails_from_the_responses()
    {
        var ledger = Sample.Ledger();
        var roster = Sample.RosterOf();

        AssertSameReports(ValueAggregation.Build(ledger.Accepted, roster, Privacy), ValueAggregation.Build(ledger, roster, Privacy), ledger);
    }
}
