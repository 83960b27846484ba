using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CopOffice.Reports.Tests;

/// <summary>
/// The workbooks are valid Office Open XML after the charts and fixes are added to ClosedXML's output:
/// Excel opens them without offering to repair them.
/// </summary>
public class ValidityTests
{
    private static void AssertValid(WrittenWorkbook book)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(book.Bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void The_organisation_report_is_valid() => AssertValid(Written.Organisation);

    [Fact]
    public void The_community_reports_are_valid()
    {
        AssertValid(Written.Community("Data"));
        AssertValid(Written.Community("Tiny"));
    }

    [Fact]
    public void Personal_workbooks_are_valid()
    {
        AssertValid(Written.Member("data1@contoso.example"));
        AssertValid(Written.Member("tiny1@contoso.example"));
    }

    [Fact]
    public void Reports_with_a_driver_analysis_scatter_chart_and_error_bars_are_valid()
    {
        // A driver minimum of 10 gives Data (12 respondents) and the organisation a driver analysis and its chart.
        var picture = Aggregation.ValueAggregation.Build(Sample.All(), Sample.RosterOf(), Aggregation.PrivacyOptions.Create(5, minDriverGroupSize: 10));
        var organisation = WrittenWorkbook.Write(s => OrganisationReport.Write(picture.Organisation(Sample.Q4), Sample.Ledger(), Sample.Context, s));
        var data = WrittenWorkbook.Write(s => CommunityReport.Write(picture.Community("Data", Sample.Q4), Sample.Ledger(), Sample.Context, s));

        AssertValid(organisation);
        AssertValid(data);
        Assert.Contains(data.Charts, c => c.Sheet == "Drivers" && c.Title.StartsWith("Importance", StringComparison.Ordinal));
        Assert.NotEmpty(data.Rows("Drivers"));
    }
}
