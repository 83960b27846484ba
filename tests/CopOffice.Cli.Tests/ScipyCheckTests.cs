using System.Diagnostics;
using CopOffice.Reports;
using CopOffice.Responses;
using CopOffice.Samples;

namespace CopOffice.Cli.Tests;

/// <summary>
/// The reports' margins and change readings against an independent computation: scipy, run over the tables of the
/// small sample's reports of 2026-Q4 and 2026-Q3 (Scipy/check_intervals.py).
/// </summary>
public sealed class ScipyCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_margin_and_every_judged_change_agrees_with_scipy_on_the_sample()
    {
        await DebianScipy.EnsureAsync();
        var set = SampleSet.Write(_folder.Path, SampleSize.Small);
        Period q3 = new(2026, 3), q4 = new(2026, 4);
        foreach (var period in new[] { "2026-Q3", "2026-Q4" })
            Assert.Equal(0, (await Cli.RunAsync("report", "--source", set.IntakeFolder, "--out", Path.Combine(_folder.Path, period), "--period", period,
                "--roster", set.RosterFile, "--communities", set.CommunitiesFile)).ExitCode);

        string Report(Period period, string? community) => Path.Combine(_folder.Path, period.ToString(),
            community is null ? ReportFiles.Organisation(period) : ReportFiles.Community(community, period));
        Assert.Equal("24 margins, 24 readings agree with scipy", await Check(Report(q4, null), Report(q3, null)));
        // Two of the community's 24 changes are not judged (fewer than 10 ratings on a side): nothing to check there.
        Assert.Equal("24 margins, 22 readings agree with scipy", await Check(Report(q4, "Data Science"), Report(q3, "Data Science")));
    }

    private static async Task<string> Check(string now, string before)
    {
        var start = new ProcessStartInfo(DebianScipy.Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Scipy", "check_intervals.py"), now, before }) start.ArgumentList.Add(arg);
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"check_intervals.py: {error}{await output}");
        return (await output).Trim();
    }
}

/// <summary>
/// Debian's python3 with scipy and openpyxl, installed with apt-get on first use when the tests run as root (a fresh CI
/// machine); otherwise the failure says what to run.
/// </summary>
internal static class DebianScipy
{
    public const string Python = "/usr/bin/python3";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (await HasAsync()) return;
            const string install = "apt-get install -y --no-install-recommends python3-scipy python3-openpyxl";
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
                throw new InvalidOperationException($"The scipy check needs Debian's python3-scipy and python3-openpyxl: run `sudo {install}` (or `bash .ci/run`, which installs them).");
            foreach (var command in new[] { "apt-get update -qq", install })
            {
                var (exit, error) = await RunAsync("/bin/sh", "-c", command);
                if (exit != 0) throw new InvalidOperationException($"`{command}` failed ({exit}) while installing scipy for the tests: {error}");
            }
            if (!await HasAsync()) throw new InvalidOperationException("apt-get installed python3-scipy and python3-openpyxl, but /usr/bin/python3 still cannot import them.");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<bool> HasAsync() => File.Exists(Python) && (await RunAsync(Python, "-c", "import scipy, openpyxl")).Exit == 0;

    private static async Task<(int Exit, string Error)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" } };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }
}
