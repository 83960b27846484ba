namespace CopOffice.Store;

/// <summary>How a file was shared with its person.</summary>
public enum ShareOutcome
{
    /// <summary>Access was granted by this call.</summary>
    Granted,
    /// <summary>The person could already open the file: nothing was added.</summary>
    AlreadyShared,
}

/// <summary>
/// A store that can give one person access to one published file: read only, signed in, never a link.
/// </summary>
public interface IFileSharing
{
    /// <summary>False where the store only passes sharing on and the store behind it cannot share.</summary>
    bool CanShare => true;

    /// <summary>
    /// Lets <paramref name="email"/> open <paramref name="file"/> (read, sign-in required), unless they already
    /// can, and takes away every other direct grant on the file, so that it is shared with that person alone.
    /// <paramref name="invitation"/>, when given, is e-mailed to them with a link; otherwise the grant is silent.
    /// </summary>
    Task<ShareOutcome> ShareWithAsync(StoredFile file, string email, string? invitation, CancellationToken cancellationToken = default);
}
