namespace CopOffice.Responses;

public enum Severity
{
    /// <summary>The response is kept; the person may want to fix it next time.</summary>
    Warning,
    /// <summary>The response is rejected until it is fixed.</summary>
    Error,
}

/// <summary>Something wrong with an input, in words a person can act on, and where to look.</summary>
public sealed record Finding(Severity Severity, string Message, Location Location)
{
    public static Finding Error(string message, Location location) => new(Severity.Error, message, location);
    public static Finding Warning(string message, Location location) => new(Severity.Warning, message, location);

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Message} ({Location})";
}
