namespace CopOffice.Store;

/// <summary>
/// A store could not do what was asked, for a reason outside our code (a missing folder, a refused
/// credential, a service that does not answer). The message is written for a person and never
/// contains a secret. An <see cref="IOException"/>, so callers that already handle I/O failures keep working.
/// </summary>
public class StoreException : IOException
{
    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception? innerException) : base(message, innerException) { }
}
