using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

public class PeriodTests
{
    [Theory]
    [InlineData("2026-Q4", 2026, 4)]
    [InlineData("2026 q1", 2026, 1)]
    [InlineData("2026/Q2", 2026, 2)]
    [InlineData("Q4 2026", 2026, 4)]
    [InlineData("q3-2026", 2026, 3)]
    [InlineData(" 2026-11 ", 2026, 4)]
    [InlineData("2026-1", 2026, 1)]
    [InlineData("2026-11-15", 2026, 4)]
    [InlineData("2026-05-15T10:00:00", 2026, 2)]
    [InlineData("15/11/2026", 2026, 4)]
    [InlineData("15.8.2026", 2026, 3)]
    [InlineData("November 2026", 2026, 4)]
    [InlineData("Mar 2026", 2026, 1)]
    public void Reads_the_ways_people_write_a_period(string text, int year, int quarter)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(year, quarter), period);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("2026")]
    [InlineData("2026-Q5")]
    [InlineData("Q0 2026")]
    [InlineData("2026-13")]
    [InlineData("1999-Q4")]
    [InlineData("next quarter")]
    [InlineData("11/15/2026")]
    [InlineData("15/11/1905")]
    public void Turns_down_what_names_no_quarter(string text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Reads_date_cells_and_date_serials()
    {
        Assert.True(Period.TryParse((object)new DateTime(2026, 2, 28), out var fromDate));
        Assert.Equal(new Period(2026, 1), fromDate);
        Assert.True(Period.TryParse((object)46341d, out var fromSerial)); // 15 November 2026
        Assert.Equal(new Period(2026, 4), fromSerial);
        Assert.True(Period.TryParse((object)"2026-Q3", out var fromText));
        Assert.Equal(new Period(2026, 3), fromText);
    }

    [Fact]
    public void A_year_typed_as_a_number_is_not_a_date_serial_of_1905()
    {
        Assert.False(Period.TryParse((object)2026d, out _));
        Assert.False(Period.TryParse((object)new DateTime(1905, 7, 18), out _));
        Assert.False(Period.TryParse((object)true, out _));
        Assert.False(Period.TryParse((object?)null, out _));
    }

    [Fact]
    public void Orders_prints_and_steps_back()
    {
        Assert.Equal("2026-Q4", new Period(2026, 4).ToString());
        Assert.Equal(new Period(2025, 4), new Period(2026, 1).Previous);
        Assert.Equal(new Period(2026, 2), new Period(2026, 3).Previous);
        Assert.True(new Period(2025, 4).CompareTo(new Period(2026, 1)) < 0);
        Assert.Equal(new Period(2026, 3), Period.Of(new DateTime(2026, 9, 30)));
    }
}
