using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

public class RosterTests
{
    private static readonly RosterEntry AdaInData = new("Ada Lovelace", "ada@example.org", "Analytics", "Data Science", "Expert");
    private static readonly RosterEntry Grace = new("Grace Hopper", "grace@example.org", "Operations", "Field Service", null);
    private static readonly RosterEntry AdaInField = new("Ada Lovelace", "ADA@example.org", "Analytics", "Field Service", "Core member");

    [Fact]
    public void A_member_is_found_by_email_whatever_its_case_with_every_entry_in_roster_order()
    {
        var roster = new Roster([AdaInData, Grace, AdaInField]);

        Assert.Equal([AdaInData, AdaInField], roster.ByEmail("Ada@Example.ORG"));
        Assert.Equal([Grace], roster.ByEmail("grace@example.org"));
        Assert.Empty(roster.ByEmail("alan@example.org"));
        Assert.Empty(Roster.Empty.ByEmail("ada@example.org"));
    }

    [Fact]
    public void A_roster_holds_its_entries_as_they_were_given()
    {
        var entries = new List<RosterEntry> { AdaInData };
        var roster = new Roster(entries);
        entries.Add(Grace);

        Assert.Equal([AdaInData], roster.Entries);
        Assert.Empty(roster.ByEmail("grace@example.org"));
        Assert.Equal(["Data Science"], roster.Communities);
    }
}
