using System.Text;

namespace CopOffice;

/// <summary>What a file name may hold where CopOffice writes it: a local folder on any system, or SharePoint.</summary>
public static class FileNames
{
    // SharePoint and Windows reject these in file names.
    private const string Rejected = "\"*:<>?/\\|#%";
    private const int MaxNameLength = 120;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "_vti_", "desktop.ini",
    };

    /// <summary>
    /// The name without the characters SharePoint and Windows reject (and control characters), runs of
    /// spaces made one, without leading or trailing dots and spaces, at most 120 characters;
    /// <paramref name="fallback"/> when nothing is left, and a Windows device name ("CON") gets a trailing "_".
    /// </summary>
    public static string Safe(string name, string fallback)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                continue;
            }
            if (Rejected.Contains(ch) || char.IsControl(ch)) continue;
            builder.Append(ch);
        }
        var safe = builder.ToString();
        if (safe.Length > MaxNameLength) safe = safe[..MaxNameLength];
        safe = safe.Trim(' ', '.');
        if (safe.Length == 0) return fallback;
        return Reserved.Contains(safe) || Reserved.Contains(safe.Split('.')[0]) ? safe + "_" : safe;
    }
}
