using CopOffice.Responses;

namespace CopOffice.Reports;

/// <summary>How a member's address was verified before their workbook is shared with it.</summary>
public enum AddressProof
{
    /// <summary>Typed in the survey and found nowhere else: anyone could have typed it.</summary>
    None,
    /// <summary>On the organisation's roster.</summary>
    Roster,
    /// <summary>The address the respondent signed in with (a Microsoft Forms form that requires sign-in, or the CopOffice service that recorded them).</summary>
    SignIn,
}

/// <summary>What becomes of a member's personal workbook once it is published.</summary>
public enum MemberSharing
{
    /// <summary>Shared with the member alone: read, sign-in required.</summary>
    Shared,
    /// <summary>Published to the private folder, not shared: the address is not verified.</summary>
    NotVerified,
    /// <summary>Published to a folder that cannot share files (a local folder): handed over by the administrator.</summary>
    FolderCannotShare,
    /// <summary>Published, but SharePoint refused the grant (an address it does not know, a guest): see <see cref="MemberDelivery.Problem"/>.</summary>
    Refused,
}

/// <summary>One personal workbook: whose, where, how the address is known, and whether it is shared; a row of the ledger's Delivery sheet.</summary>
public sealed record MemberDelivery(string Email, string Workbook, AddressProof Proof, MemberSharing Sharing, Source Latest)
{
    /// <summary>Why SharePoint refused the grant, for <see cref="MemberSharing.Refused"/>.</summary>
    public string? Problem { get; init; }

    public string ProofText => Proof switch
    {
        AddressProof.Roster => "on the roster",
        AddressProof.SignIn => "signed in (Microsoft Forms or the CopOffice service)",
        _ => "not verified",
    };

    public string SharingText => Sharing switch
    {
        MemberSharing.Shared => "shared with the member alone (read, sign-in required)",
        MemberSharing.NotVerified => "not shared: the address was only typed in the survey. Add the member to the roster (--roster), or collect the survey with a form that requires sign-in, and run again",
        MemberSharing.Refused => $"not shared: {Problem} Share it with the member by hand, or correct the address and run again",
        _ => "not shared: the folder is not a SharePoint folder; hand the workbook to the member yourself",
    };
}
