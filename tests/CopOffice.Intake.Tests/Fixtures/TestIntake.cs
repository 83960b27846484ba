using CopOffice.Responses;

namespace CopOffice.Intake.Tests.Fixtures;

/// <summary>Runs the intake on bytes the way a store would hand them over.</summary>
internal static class TestIntake
{
    public static readonly DateTimeOffset FileTime = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static Source Source(string name) => new(name) { FileTime = FileTime };

    public static IReadOnlyList<ReadItem> Items(byte[] bytes, string name = "member.xlsx", IntakeLimits? limits = null) =>
        [.. WorkbookIntake.Read(new MemoryStream(bytes, writable: false), Source(name), limits)];

    public static ReadItem Item(byte[] bytes, string name = "member.xlsx", IntakeLimits? limits = null) => Assert.Single(Items(bytes, name, limits));

    public static RawResponse Raw(byte[] bytes, string name = "member.xlsx")
    {
        var item = Item(bytes, name);
        Assert.True(item.Raw is not null, item.Rejected is null ? "no response" : string.Join("; ", item.Rejected.Findings));
        return item.Raw!;
    }

    /// <summary>The rejection's one finding, as "message (location)".</summary>
    public static Finding Rejection(byte[] bytes, string name = "member.xlsx", IntakeLimits? limits = null)
    {
        var item = Item(bytes, name, limits);
        Assert.True(item.Rejected is not null, "expected a rejection, got a response");
        Assert.Null(item.Rejected!.Response);
        return Assert.Single(item.Rejected.Findings);
    }

    public static IntakeResult Judged(byte[] bytes, string name = "member.xlsx", IntakeRules? rules = null) => Item(bytes, name).Judge(rules ?? IntakeRules.Default);
}
