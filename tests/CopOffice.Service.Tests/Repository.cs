namespace CopOffice.Service.Tests;

internal static class Repository
{
    /// <summary>The repository root: the folder holding CopOffice.sln above the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CopOffice.sln"))) return dir.FullName;
        throw new InvalidOperationException("CopOffice.sln not found above " + AppContext.BaseDirectory);
    }
}
