namespace CopOffice.Store;

/// <summary>
/// A store that can give people access to one published file: read only, signed in, never a link.
/// </summary>
public interface IFileSharing
{
    /// <summary>False where the store only passes sharing on and the store behind it cannot share.</summary>
    bool CanShare => true;

    /// <summary>
    /// Lets each of <paramref name="people"/> (email addresses) open <paramref name="file"/> (read, sign-in
    /// required), unless they already can. With <paramref name="alone"/>, every other direct grant on the file
    /// (another person's, a sharing link) is taken away, so that the file is theirs alone besides the owners.
    /// <paramref name="invitation"/>, when given, is e-mailed to those newly granted, with a link; otherwise the
    /// grant is silent. Returns how many were newly granted access.
    /// </summary>
    Task<int> ShareWithAsync(StoredFile file, IReadOnlyList<string> people, string? invitation, bool alone, CancellationToken cancellationToken = default);
}
