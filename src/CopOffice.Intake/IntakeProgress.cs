namespace CopOffice.Intake;

/// <summary>
/// How far the intake has come: files listed so far (all of them once <paramref name="ListingDone"/>), those
/// whose content is in hand, and those judged into the ledger, in the store's order; the last one judged; and,
/// while the store waits because its service asked it to slow down (SharePoint's 429 or 503), until when.
/// </summary>
public sealed record IntakeProgress(int Listed, bool ListingDone, int Downloaded, int Judged, string? LastFile, DateTimeOffset? ThrottledUntil = null);
