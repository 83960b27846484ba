using CopOffice.Framework;

namespace CopOffice.Domain.Tests;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData(0, "no")]
    [InlineData(1, "one")]
    [InlineData(12, "twelve")]
    [InlineData(20, "twenty")]
    [InlineData(22, "22")]
    [InlineData(1500, "1,500")]
    public void A_count_is_words_up_to_twenty_and_figures_above(int count, string expected) => Assert.Equal(expected, NumberWords.Of(count));

    [Fact]
    public void Texts_count_the_frameworks_indicators_and_roles()
    {
        Assert.Equal("twenty", NumberWords.Indicators);
        Assert.Equal("twelve", NumberWords.Roles);
    }
}
