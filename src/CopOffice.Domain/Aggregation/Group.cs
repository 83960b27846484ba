using CopOffice.Responses;

namespace CopOffice.Aggregation;

public enum GroupKind
{
    Organisation,
    Community,
    /// <summary>The members of one type within one community (coordinators compare core and peripheral members).</summary>
    CommunityMemberType,
    Unit,
    /// <summary>The members of one type across the organisation.</summary>
    MemberType,
}

/// <summary>
/// A group figures are shown for, in one period. GroupNames are shown as the organisation spells them;
/// a group of responses that did not say their unit or member type is named "(unit not given)" or
/// "(member type not given)": it is part of the whole, so it is a row like any other.
/// </summary>
public sealed record Group(GroupKind Kind, Period Period)
{
    public string? Community { get; init; }
    public string? Unit { get; init; }
    public string? MemberType { get; init; }

    /// <summary>What a row header shows: "Organisation", the community, the unit, the member type, or "Community · type".</summary>
    public string Name => Kind switch
    {
        GroupKind.Organisation => "Organisation",
        GroupKind.Community => Community!,
        GroupKind.CommunityMemberType => $"{Community} · {MemberType}",
        GroupKind.Unit => Unit!,
        GroupKind.MemberType => MemberType!,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    public override string ToString() => $"{Name} ({Period})";
}
