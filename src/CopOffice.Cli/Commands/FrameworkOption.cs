using System.CommandLine;
using CopOffice.Framework;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>--framework FILE</c> on every command: the organisation's framework file (docs/framework.md). Chosen before
/// the command runs, because templates, intake and reports must all ask and read the same questions.
/// </summary>
public static class FrameworkOption
{
    public static Option<FileInfo?> Create() => new("--framework")
    {
        Description = "The organisation's framework file (JSON, see docs/framework.md): its own indicators and story questions. The seeds' framework without it.",
        Recursive = true,
    };

    /// <summary>Reads and chooses the file; false, with the problems written to <paramref name="stderr"/>, when it cannot be used.</summary>
    public static bool TryUse(FileInfo? file, TextWriter stderr)
    {
        if (file is null) return true;
        try
        {
            ValueFramework.Use(FrameworkFile.Parse(File.ReadAllText(file.FullName), file.Name));
            return true;
        }
        catch (FrameworkFileException e)
        {
            stderr.WriteLine($"copoffice: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"copoffice: the framework file {file.FullName} cannot be read: {e.Message}");
        }
        return false;
    }
}
