using CopOffice.Aggregation;

namespace CopOffice.Domain.Tests.Aggregation;

public class PrivacyOptionsTests
{
    [Fact]
    public void Defaults_are_five_ten_and_complementary_suppression_on()
    {
        var options = PrivacyOptions.Default;
        Assert.Equal((5, 10, true), (options.MinGroupSize, options.FreeTextMinGroupSize, options.ComplementarySuppression));
        Assert.Null(options.Problem);
    }

    [Theory]
    [InlineData(2, "The minimum group size is 2; it must be from 3 to 25 (the default is 5). Below 3, readers could recognise individual answers.")]
    [InlineData(26, "The minimum group size is 26; it must be from 3 to 25 (the default is 5). Below 3, readers could recognise individual answers.")]
    public void The_minimum_group_size_is_validated_with_a_clear_message(int k, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => PrivacyOptions.Create(k));
        Assert.Equal(message, error.Message);
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => Surveys.Build([], options: new PrivacyOptions { MinGroupSize = k })).Message);
    }

    [Fact]
    public void The_free_text_threshold_may_not_be_below_the_minimum_group_size()
    {
        var error = Assert.Throws<ArgumentException>(() => PrivacyOptions.Create(8, 6));
        Assert.Equal("The free-text threshold is 6; it must be from the minimum group size (8) to 100 (the default is 10): a sentence says more about its writer than a score.", error.Message);
    }

    [Theory]
    [InlineData(3, 10)]
    [InlineData(12, 12)]
    [InlineData(25, 25)]
    public void Raising_k_alone_raises_the_free_text_threshold_with_it(int k, int freeText) =>
        Assert.Equal(freeText, PrivacyOptions.Create(k).FreeTextMinGroupSize);
}
