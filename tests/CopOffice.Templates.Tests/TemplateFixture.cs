using CopOffice.Questionnaires;

namespace CopOffice.Templates.Tests;

/// <summary>Writes the template set once into a temporary folder for all tests of a class.</summary>
public sealed class TemplateFixture : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "copoffice-templates-" + Guid.NewGuid().ToString("N"));
    public IReadOnlyList<string> Written { get; }

    public TemplateFixture() => Written = TemplateSet.Write(Directory);

    public string PathOf(TemplateKind kind) => Path.Combine(Directory, TemplateWriter.FileName(kind));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

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
