using CopOffice.Intake.Forms;
using CopOffice.Questionnaires;

namespace CopOffice.Intake.Tests.Forms;

public class ChoiceMatcherTests
{
    private static readonly ChoiceMatcher Matcher = new(
    [
        new("Docs, wikis and notes", "tool.docs"),
        new("Chat; calls", "tool.chat_calls"),
        new("Chat", "tool.chat"),
        new("Calls", "tool.calls"),
        new("Q&A (forum)", "tool.forum"),
    ]);

    private static (string[] Chosen, string[] Unknown) Match(string cell)
    {
        List<FormsItem> chosen = [];
        List<string> unknown = [];
        Matcher.Match(cell, chosen, unknown);
        return ([.. chosen.Select(c => c.Name).Order(StringComparer.Ordinal)], [.. unknown]);
    }

    [Fact]
    public void Options_holding_commas_and_semicolons_are_found_whole_and_not_split()
    {
        var (chosen, unknown) = Match("Chat; calls;Docs, wikis and notes;Q&A (forum);");

        Assert.Equal(["tool.chat_calls", "tool.docs", "tool.forum"], chosen);
        Assert.Empty(unknown);
    }

    [Fact]
    public void A_shorter_option_is_found_beside_a_longer_one_that_contains_it()
    {
        var (both, none) = Match("Chat; calls;Chat;");
        Assert.Equal(["tool.chat", "tool.chat_calls"], both);
        Assert.Empty(none);
        var (apart, nothing) = Match("chat;CALLS;");
        Assert.Equal(["tool.calls", "tool.chat"], apart);
        Assert.Empty(nothing);
    }

    [Fact]
    public void Text_matching_no_option_is_returned_as_written_between_the_options()
    {
        var (chosen, unknown) = Match("Chatter;Calls;Smoke signals, drums; Docs, wikis and notes");

        Assert.Equal(["tool.calls", "tool.docs"], chosen);
        Assert.Equal(["Chatter", "Smoke signals, drums"], unknown);
    }
}
