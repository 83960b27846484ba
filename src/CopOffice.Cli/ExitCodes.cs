namespace CopOffice.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The run could not produce what it was asked for (no accepted response, a report that could not be published); the message says why.</summary>
    public const int Failed = 1;
    /// <summary>An input the command needs (a list, a roster, a folder, an option's value) could not be used.</summary>
    public const int BadInput = 2;
    /// <summary>Microsoft Graph could not be reached, refused the sign-in, or refused the request.</summary>
    public const int GraphFailed = 3;
}
