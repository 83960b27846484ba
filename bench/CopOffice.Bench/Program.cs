using System.Diagnostics;
using CopOffice.Bench;

// Usage:
//   dotnet run -c Release --project bench/CopOffice.Bench -- [--data DIR] [--rows N] [--templates N] [scenario ...]
// Generates the inputs once into DIR (default bench/data, not committed), then runs each scenario in
// a fresh child process so that its peak memory is its own, and prints a table.
var data = Path.GetFullPath(Option("--data") ?? Path.Combine("bench", "data"));
var rows = int.Parse(Option("--rows") ?? "100000");
var templates = int.Parse(Option("--templates") ?? "1000");

if (Option("--scenario") is { } only)
{
    var watch = Stopwatch.StartNew();
    var count = Scenarios.All[only](data);
    watch.Stop();
    var seconds = (Scenarios.Took ?? watch.Elapsed).TotalSeconds;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    var (allocated, gen2, pause) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    // What the run's result (the ledger) keeps alive, after a full collection: the part of the peak that grows with the rows.
    var held = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(Scenarios.Held);
    Console.WriteLine($"RESULT\t{only}\t{seconds:F3}\t{PeakMegabytes():F0}\t{count}\t{cpu:F3}\t{allocated / 1e6:F0}\t{gen2}\t{pause.TotalSeconds:F2}\t{held / 1e6:F1}");
    return 0;
}

BenchInputs.Generate(data, rows, templates);
var chosen = args.Where(a => Scenarios.All.ContainsKey(a)).DefaultIfEmpty().ToList();
var names = chosen[0] is null ? [.. Scenarios.All.Keys] : chosen!;
// CPU seconds (user + system, the whole child process, start-up included) beside wall seconds: on a
// shared machine the wall time swings with other work, the CPU time much less.
Console.WriteLine($"{"scenario",-26} {"seconds",8} {"cpu s",8} {"peak MB",8} {"rows or files/s",16} {"count",12} {"alloc MB",9} {"gen2 GCs",8} {"GC pause s",10} {"held MB",8}");
foreach (var name in names)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    // The yardstick at its best: ExcelDataReader's tight loop gains from profile-guided optimisation, which copoffice turns off.
    if (name!.StartsWith("bare-reader:", StringComparison.Ordinal)) start.Environment["DOTNET_TieredPGO"] = "1";
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Scenarios).Assembly.Location);
    foreach (var a in new[] { "--data", data, "--scenario", name! }) start.ArgumentList.Add(a);
    using var child = Process.Start(start)!;
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT\t"))?.Split('\t')
        ?? throw new InvalidOperationException($"{name} failed:\n{output}");
    var seconds = double.Parse(result[2]);
    var units = name!.Contains(":forms") ? rows : name.StartsWith("network:", StringComparison.Ordinal) ? long.Parse(result[4]) : templates;
    Console.WriteLine($"{name,-26} {seconds,8:F2} {double.Parse(result[5]),8:F2} {result[3],8} {units / seconds,16:N0} {result[4],12} {result[6],9} {result[7],8} {result[8],10} {result[9],8}");
}
return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

// VmHWM: the process's peak resident set, as the kernel counted it.
static double PeakMegabytes()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:"));
    return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 / 1e6 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
}
