using CopOffice.Responses;

namespace CopOffice.Reports.Tests;

public class ReportFilesTests
{
    private static readonly Period Q4 = new(2026, 4);

    [Fact]
    public void Paths_are_relative_with_forward_slashes()
    {
        Assert.Equal("organisation/CoP value report 2026-Q4.xlsx", ReportFiles.Organisation(Q4));
        Assert.Equal("communities/Data Science 2026-Q4.xlsx", ReportFiles.Community("Data Science", Q4));
        Assert.Equal("ada.lovelace@contoso.example.xlsx", ReportFiles.Member("Ada.Lovelace@contoso.example "));
    }

    [Theory]
    [InlineData("R&D: \"A/B\" tests?", "communities/R&D AB tests 2026-Q4.xlsx")]
    [InlineData("  .Hidden. ", "communities/Hidden 2026-Q4.xlsx")]
    [InlineData("50% #1 <team>|*", "communities/50 1 team 2026-Q4.xlsx")]
    [InlineData("Back\\slash\ttab", "communities/Backslash tab 2026-Q4.xlsx")]
    [InlineData("CON", "communities/CON_ 2026-Q4.xlsx")]
    [InlineData("???", "communities/community 2026-Q4.xlsx")]
    public void Community_names_become_file_names_SharePoint_and_Windows_accept(string community, string path) =>
        Assert.Equal(path, ReportFiles.Community(community, Q4));

    [Fact]
    public void Long_names_are_cut_and_an_unusable_email_still_gets_a_file()
    {
        Assert.Equal($"communities/{new string('a', 120)} 2026-Q4.xlsx", ReportFiles.Community(new string('a', 300), Q4));
        Assert.Equal("member.xlsx", ReportFiles.Member("<>"));
    }
}
