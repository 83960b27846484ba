namespace CopOffice.Store;

/// <summary>
/// A report could not be published. Nothing was changed at <see cref="Path"/>: the previous file (if
/// any) is still there, and no partial file was left behind. The run fails with this message.
/// </summary>
public sealed class PublishFailedException : StoreException
{
    public PublishFailedException(string path, string location, string reason, Exception? innerException = null)
        : base($"The report {path} could not be published to {location}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    public string Path { get; }

    public string Reason { get; }
}
