using CopOffice.Questionnaires;

namespace CopOffice.Templates.Tests;

/// <summary>templates/ is committed; these tests fail when it drifts from the code. Fix: copoffice templates --out templates.</summary>
public class CommittedTemplatesTests(TemplateFixture fixture) : IClassFixture<TemplateFixture>
{
    private static string Committed(string relative) => Path.Combine(Repository.Root, "templates", relative);

    public static TheoryData<TemplateKind> Kinds => [.. TemplateKinds.All];

    [Theory, MemberData(nameof(Kinds))]
    public void Committed_workbooks_match_the_code(TemplateKind kind)
    {
        var file = TemplateWriter.FileName(kind);
        Assert.Equal(WorkbookContent.Describe(Path.Combine(fixture.Directory, file)), WorkbookContent.Describe(Committed(file)));
    }

    [Fact]
    public void Committed_text_files_match_the_code()
    {
        foreach (var relative in fixture.Written.Where(f => !f.EndsWith(".xlsx")))
            Assert.Equal(File.ReadAllText(Path.Combine(fixture.Directory, relative)), File.ReadAllText(Committed(relative)));
    }
}
