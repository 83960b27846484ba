using ClosedXML.Excel;
using CopOffice.Intake;
using CopOffice.Pipeline;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Responses;
using CopOffice.Store;

namespace CopOffice.Bench;

/// <summary>What one benchmark scenario does with the inputs; returns a count to show the work was done.</summary>
internal static class Scenarios
{
    public static IReadOnlyDictionary<string, Func<string, long>> All { get; } = new Dictionary<string, Func<string, long>>
    {
        ["bare-reader:forms"] = folder => BareReader([Path.Combine(folder, BenchInputs.FormsFile)]),
        ["bare-reader:templates"] = folder => BareReader(Directory.GetFiles(Path.Combine(folder, BenchInputs.TemplatesFolder)).Order()),
        ["read:forms"] = folder => ReadOnly(Path.Combine(folder, BenchInputs.FormsFile)),
        ["judge:forms"] = folder => JudgeOnly(Path.Combine(folder, BenchInputs.FormsFile)),
        ["intake:forms"] = folder => Intake(Path.Combine(folder, BenchInputs.FormsFolder)),
        ["bare-reader:forms-shared"] = folder => BareReader([Path.Combine(folder, BenchInputs.SharedFormsFile)]),
        ["intake:forms-shared"] = folder => Intake(Path.Combine(folder, BenchInputs.SharedFormsFolder)),
        ["intake:templates"] = folder => Intake(Path.Combine(folder, BenchInputs.TemplatesFolder)),
        ["report:forms"] = folder => Report(Path.Combine(folder, BenchInputs.FormsFolder)),
        ["report-on-disk:forms"] = folder => Report(Path.Combine(folder, BenchInputs.FormsFolder), onDisk: true),
        ["report:templates"] = folder => Report(Path.Combine(folder, BenchInputs.TemplatesFolder)),
        ["closedxml:forms"] = folder => ClosedXmlLoad([Path.Combine(folder, BenchInputs.FormsFile)]),
        ["closedxml:templates"] = folder => ClosedXmlLoad(Directory.GetFiles(Path.Combine(folder, BenchInputs.TemplatesFolder)).Order()),
        // The same library through the fake Graph server: without latency (the anchor), then 200 ms on every request.
        ["network:150"] = folder => NetworkScenarios.Intake(folder, 150, TimeSpan.Zero, rerun: false, Timed),
        ["network:150@200ms"] = folder => NetworkScenarios.Intake(folder, 150, TimeSpan.FromMilliseconds(200), rerun: false, Timed),
        ["network:150@200ms-rerun"] = folder => NetworkScenarios.Intake(folder, 150, TimeSpan.FromMilliseconds(200), rerun: true, Timed),
        ["network:1000"] = folder => NetworkScenarios.Intake(folder, 1000, TimeSpan.Zero, rerun: false, Timed),
        ["network:1000@200ms"] = folder => NetworkScenarios.Intake(folder, 1000, TimeSpan.FromMilliseconds(200), rerun: false, Timed),
        ["network:1000@200ms-rerun"] = folder => NetworkScenarios.Intake(folder, 1000, TimeSpan.FromMilliseconds(200), rerun: true, Timed),
    };

    /// <summary>The time of the part a user waits for, where a scenario sets up more than it measures.</summary>
    public static TimeSpan? Took { get; private set; }

    private static void Timed(TimeSpan took) => Took = took;

    public static void Keep(object held) => Held = held;

    /// <summary>ExcelDataReader touching every cell of every sheet and nothing more: the floor.</summary>
    private static long BareReader(IEnumerable<string> files)
    {
        long cells = 0;
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var reader = SpreadsheetFile.OpenReader(stream, file);
            do
            {
                while (reader.Read())
                    for (var c = 0; c < reader.FieldCount; c++)
                        if (reader.GetValue(c) is not null) cells++;
            } while (reader.NextResult());
        }
        return cells;
    }

    /// <summary>What the last scenario made and a report would go on to use: kept so that its memory can be measured.</summary>
    public static object? Held { get; private set; }

    /// <summary>The intake as <c>copoffice check</c> and <c>report</c> run it: read, judge, resolve repeats into a ledger.</summary>
    private static long Intake(string folder)
    {
        var ledger = IntakeRun.LedgerAsync(new LocalFolderStore(folder), IntakeRules.Default).GetAwaiter().GetResult();
        Held = ledger;
        return ledger.Accepted.LongCount();
    }

    /// <summary>
    /// The whole <c>copoffice report</c> run: intake, aggregation, the organisation report, a report per
    /// community and ledger.xlsx, written to a folder that is removed afterwards. Personal workbooks are
    /// left out: one per member is 100,000 workbooks here, a job measured in workbooks per second, not
    /// against one read of the input.
    /// </summary>
    private static long Report(string folder, bool onDisk = false)
    {
        var output = Path.Combine(Path.GetTempPath(), "copoffice-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var destinations = new ReportDestinations(new LocalFolderStore(Path.Combine(output, "reports")))
            {
                Ledger = new LocalFolderStore(Path.Combine(output, "admin"), privateFolder: true),
            };
            var summary = ReportRun.RunAsync(new LocalFolderStore(folder), destinations, new ReportOptions { ResultsOnDisk = onDisk })
                .GetAwaiter().GetResult();
            return summary.Written.Count;
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The intake's reading alone (probe, layout, raw responses), nothing judged: the reader's share of the intake.</summary>
    private static long ReadOnly(string file)
    {
        using var stream = File.OpenRead(file);
        return WorkbookIntake.Read(stream, new Source(Path.GetFileName(file))).LongCount(item => item.Raw is not null);
    }

    /// <summary>Reading and judging, the results dropped as they come: the validator's share, without what the ledger keeps.</summary>
    private static long JudgeOnly(string file)
    {
        using var stream = File.OpenRead(file);
        return WorkbookIntake.Read(stream, new Source(Path.GetFileName(file))).LongCount(item => item.Judge(IntakeRules.Default).Response is not null);
    }

    private static long ClosedXmlLoad(IEnumerable<string> files)
    {
        long cells = 0;
        foreach (var file in files)
        {
            using var workbook = new XLWorkbook(file);
            foreach (var sheet in workbook.Worksheets) cells += sheet.CellsUsed().Count();
        }
        return cells;
    }
}
