using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// A member's address as their accepted value surveys give it: whether any of them carried it from the
/// respondent's sign-in (<see cref="Response.EmailSignedIn"/>), and the latest survey, which a note about
/// the address points at.
/// </summary>
public sealed record MemberAddress(string Email, bool SignedIn, Source Latest);
