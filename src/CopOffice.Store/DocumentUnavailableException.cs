namespace CopOffice.Store;

/// <summary>
/// One listed file could not be read (deleted after the listing, access denied, the connection kept
/// dropping). The pipeline turns it into a rejected ledger entry with <see cref="Reason"/> and goes on
/// with the other files.
/// </summary>
public sealed class DocumentUnavailableException : StoreException
{
    public DocumentUnavailableException(StoredFile file, string reason, Exception? innerException = null)
        : base($"{file.Path}: the file could not be read: {reason}", innerException)
    {
        File = file;
        Reason = reason;
    }

    public StoredFile File { get; }

    /// <summary>Why, for a person, without the file name: "it was deleted after the folder was listed".</summary>
    public string Reason { get; }
}
