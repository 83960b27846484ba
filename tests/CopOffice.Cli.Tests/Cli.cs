namespace CopOffice.Cli.Tests;

/// <summary>Runs the copoffice command in-process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CopOfficeCommand.RunAsync(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }
}

/// <summary>Where the value-survey template places an answer, from the writer itself: (sheet, cell), and "Sheet!C7".</summary>
internal static class Placed
{
    private static readonly Dictionary<string, (string Sheet, string Cell)> Cells = Write();

    public static (string Sheet, string Cell) Of(string name) => Cells[name];

    public static string At(string name) => $"{Cells[name].Sheet}!{Cells[name].Cell}";

    /// <summary>How many ratings the value survey asks, as messages count them.</summary>
    public static int Ratings => Framework.ValueFramework.Indicators.Count;

    private static Dictionary<string, (string, string)> Write()
    {
        using var sink = new MemoryStream();
        return Templates.TemplateWriter.Write(Questionnaires.Questionnaire.ValueSurvey, sink).ToDictionary(c => c.Question.Name, c => (c.Sheet, c.Address));
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "copoffice-cli-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null) System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
