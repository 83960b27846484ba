using CopOffice.Responses;

namespace CopOffice.Intake;

/// <summary>
/// One input as a reader delivers it: a raw response for <see cref="ResponseValidator"/> to judge,
/// or a rejection the reader already decided (a file that cannot be read, a Forms export whose
/// questions do not match). A template file gives one item; a Forms export one item per row.
/// </summary>
public sealed record ReadItem
{
    private ReadItem(Source source, RawResponse? raw, IntakeResult? rejected)
    {
        Source = source;
        Raw = raw;
        Rejected = rejected;
    }

    public Source Source { get; }
    public RawResponse? Raw { get; }
    public IntakeResult? Rejected { get; }

    public static ReadItem Read(RawResponse raw) => new(raw.Source, raw, null);

    public static ReadItem Reject(Source source, string reason, Location? location = null) =>
        new(source, null, IntakeResult.Unreadable(source, reason, location));

    /// <summary>The item judged: a rejection stands, a raw response is validated against the rules.</summary>
    public IntakeResult Judge(IntakeRules rules) => Rejected ?? ResponseValidator.Validate(Raw!, rules);
}
