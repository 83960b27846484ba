using CopOffice.Samples;

namespace CopOffice.Cli.Tests;

/// <summary>The sample organisation over three periods, as the demo writes it: the same files in every run, every one read.</summary>
public sealed class SampleSetTests : IDisposable
{
    private readonly TempFolder _first = new(), _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task Three_periods_give_action_plans_updated_after_the_first_and_the_same_files_every_time()
    {
        var size = new SampleSize(2, 24, 3);
        var set = SampleSet.Write(_first.Path, size);
        SampleSet.Write(_second.Path, size);

        static IEnumerable<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal);
        Assert.Equal(Files(_first.Path), Files(_second.Path));
        Assert.Equal(["agile-coaching-2026-Q3.xlsx", "agile-coaching-2026-Q4.xlsx", "data-science-2026-Q3.xlsx", "data-science-2026-Q4.xlsx"],
            Directory.GetFiles(Path.Combine(set.IntakeFolder, "action-plan")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var check = await Cli.RunAsync("check", Path.Combine(set.IntakeFolder, "action-plan"));
        Assert.Equal(0, check.ExitCode);
        Assert.EndsWith("4 inputs: 4 accepted.\n", check.Output);
    }
}
