namespace CopOffice.Framework;

/// <summary>A framework file that cannot be used, with every problem found, each saying where and what to do.</summary>
public sealed class FrameworkFileException(string file, IReadOnlyList<string> problems)
    : Exception($"{file} cannot be used as the framework:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  - " + p))}")
{
    public string File { get; } = file;
    public IReadOnlyList<string> Problems { get; } = problems;
}
