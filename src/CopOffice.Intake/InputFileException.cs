namespace CopOffice.Intake;

/// <summary>An input file that cannot be used, with where and why in words a person can act on.</summary>
public sealed class InputFileException(string file, string? location, string reason, Exception? inner = null)
    : Exception(location is null ? $"{file}: {reason}" : $"{file}, {location}: {reason}", inner)
{
    public string File { get; } = file;
    public string? Location { get; } = location;
    public string Reason { get; } = reason;
}
