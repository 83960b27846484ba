using CopOffice.Aggregation;

namespace CopOffice.Domain.Tests.Aggregation;

public class ClaimReaderTests
{
    // text → claims as "stated | amount | unit", separated by " ; " (amount "-" for a range)
    [Theory]
    [InlineData("We saved 12 hours on the audit.", "12 hours | 12 | hours")]
    [InlineData("saved about 12 hours", "about 12 hours | 12 | hours")]
    [InlineData("It cost €3,000 less.", "€3,000 | 3000 | EUR")]
    [InlineData("It cost 3,000 EUR less.", "3,000 EUR | 3000 | EUR")]
    [InlineData("It cost 3.000 EUR less.", "3.000 EUR | 3000 | EUR")]
    [InlineData("It cost 3 000 € less.", "3 000 € | 3000 | EUR")]
    [InlineData("It cost EUR 3,000 less.", "EUR 3,000 | 3000 | EUR")]
    [InlineData("€3k saved", "€3k | 3000 | EUR")]
    [InlineData("3k€ saved", "3k€ | 3000 | EUR")]
    [InlineData("a €1.2m contract", "€1.2m | 1200000 | EUR")]
    [InlineData("2.5 million dollars", "2.5 million dollars | 2500000 | USD")]
    [InlineData("$450 and £200", "$450 | 450 | USD ; £200 | 200 | GBP")]
    [InlineData("1.234,56 euro", "1.234,56 euro | 1234.56 | EUR")]
    [InlineData("1,234.56 CHF", "1,234.56 CHF | 1234.56 | CHF")]
    [InlineData("2 days of rework avoided", "2 days | 2 | days")]
    [InlineData("two working days", "two working days | 2 | days")]
    [InlineData("1,5 hours per person", "1,5 hours | 1.5 | hours")]
    [InlineData("0,125 FTE", "0,125 FTE | 0.125 | FTE")]
    [InlineData("half a day", "half a day | 0.5 | days")]
    [InlineData("a 40% faster turnaround", "40% | 40 | %")]
    [InlineData("40 percent fewer errors", "40 percent | 40 | %")]
    [InlineData("3 person-days", "3 person-days | 3 | days")]
    [InlineData("30 min per meeting", "30 min | 30 | minutes")]
    [InlineData("12h", "12h | 12 | hours")]
    [InlineData("2 hours a week", "2 hours a week | 2 | hours per week")]
    [InlineData("10 hrs/month", "10 hrs/month | 10 | hours per month")]
    [InlineData("€10,000 per year", "€10,000 per year | 10000 | EUR per year")]
    [InlineData("€10k p.a.", "€10k p.a. | 10000 | EUR per year")]
    [InlineData("about 3 weeks earlier", "about 3 weeks | 3 | weeks")]
    [InlineData("10-12 hours", "10-12 hours | - | hours")]
    [InlineData("between €3,000–5,000", "€3,000–5,000 | - | EUR")]
    [InlineData("12+ hours", "12+ hours | 12 | hours")]
    // The pattern is tried only near numbers: a qualifier and a currency before one are still read, and a number
    // word inside a word ("often", "halfway") is not one.
    [InlineData("Often, halfway through, we saved more than   EUR 3,000 and (~ten days) 2 weeks ago.", "more than   EUR 3,000 | 3000 | EUR ; ~ten days | 10 | days")]
    [InlineData("more than 20 hours", "more than 20 hours | 20 | hours")]
    public void Reads_claims_as_stated_with_amount_and_unit(string text, string expected)
    {
        var claims = ClaimReader.Read(text).Select(c => $"{c.Stated} | {(c.Amount is { } a ? a.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} | {c.Unit}");
        Assert.Equal(expected, string.Join(" ; ", claims));
    }

    [Theory]
    [InlineData("We ran 3 projects in 2026-Q4.")]
    [InlineData("Version 2.5 of the tool")]
    [InlineData("One day a colleague asked me")]
    [InlineData("two weeks ago we met")]
    [InlineData("every 2 weeks we meet")]
    [InlineData("over the last 3 months")]
    [InlineData("a 12-hour workshop")]
    [InlineData("5 people came; 24/7 support")]
    [InlineData("the 3 moments that mattered")]
    [InlineData("")]
    public void Numbers_without_a_unit_or_telling_when_are_no_claims(string text) =>
        Assert.Empty(ClaimReader.Read(text));

    [Theory]
    [InlineData("3,000", 3000)]
    [InlineData("3.000", 3000)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("3.5", 3.5)]
    [InlineData("3,5", 3.5)]
    [InlineData("0,125", 0.125)]
    [InlineData("12,50", 12.5)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("twelve", 12)]
    public void Numbers_read_thousands_and_decimals_by_the_documented_rule(string text, double expected) =>
        Assert.Equal((decimal)expected, ClaimReader.Number(text));

    [Fact]
    public void Percentages_and_ranges_are_listed_but_not_added_up()
    {
        var claims = ClaimReader.Read("40% fewer errors, 10-12 hours, and 3 hours saved");
        Assert.Equal([false, false, true], claims.Select(c => c.CountsInTotal));
    }
}
