using CopOffice.Samples;

namespace CopOffice.Cli.Tests;

/// <summary>
/// <c>copoffice report</c> and <c>copoffice demo</c> over local folders. The sample set is written once:
/// the small sample organisation of src/CopOffice.Samples.
/// </summary>
public sealed class ReportCommandTests : IClassFixture<ReportCommandTests.SmallSample>
{
    public sealed class SmallSample : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "copoffice-sample-" + Guid.NewGuid().ToString("N"));

        public SampleSetSummary Set { get; }

        public SmallSample() => Set = SampleSet.Write(_folder, SampleSize.Small);

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }

    private readonly SmallSample _sample;

    public ReportCommandTests(SmallSample sample) => _sample = sample;

    [Fact]
    public async Task Reports_the_latest_period_with_roster_and_community_list()
    {
        using var output = new TempFolder();

        var result = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", output.Path,
            "--roster", _sample.Set.RosterFile, "--communities", _sample.Set.CommunitiesFile);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Matches(@"^Read \d+ inputs from .+: \d+ accepted \(\d+ with warnings\), \d+ superseded, 5 rejected\.$", lines[0]);
        Assert.Equal($"Wrote 4 reports for 2026-Q4 to {output.Path}:", lines[1]);
        // Product Discovery is being formed: its report holds its forming check.
        Assert.Equal(["  organisation/CoP value report 2026-Q4.xlsx", "  communities/Agile Coaching 2026-Q4.xlsx", "  communities/Data Science 2026-Q4.xlsx",
            "  communities/Product Discovery 2026-Q4.xlsx"], lines[2..6]);
        Assert.Equal("No personal workbooks were written: add --members-out FOLDER, a folder only its owners can open, to write one per member (shared in SharePoint with each member alone).", lines[6]);
        Assert.Equal($"No ledger was written: add --ledger-out FOLDER, a folder only its owners can open, for ledger.xlsx; copoffice check {_sample.Set.IntakeFolder} prints what became of every input.", lines[7]);
        Assert.True(File.Exists(Path.Combine(output.Path, "organisation", "CoP value report 2026-Q4.xlsx")));
        Assert.Equal(["communities", "organisation"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Personal_workbooks_and_the_ledger_go_to_their_own_folders_made_for_their_owner_alone()
    {
        using var output = new TempFolder();
        var reports = Path.Combine(output.Path, "reports");
        var members = Path.Combine(output.Path, "members");
        var admin = Path.Combine(output.Path, "admin");

        var result = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", reports, "--members-out", members, "--ledger-out", admin,
            "--roster", _sample.Set.RosterFile, "--communities", _sample.Set.CommunitiesFile);

        Assert.Equal(0, result.ExitCode);
        var written = Directory.GetFiles(members, "*@contoso.example.xlsx").Length;
        Assert.InRange(written, 15, 24);
        Assert.Contains($"\nWrote {written} personal workbooks to {members}: a local folder, so none is shared; hand each to its member.\nWrote ledger.xlsx to {admin}.\n", result.Output);
        Assert.Equal(["ledger.xlsx"], Directory.GetFiles(admin).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetFiles(reports, "*", SearchOption.AllDirectories), f => f.Contains('@') || f.EndsWith("ledger.xlsx", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(members));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(admin));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(admin, "ledger.xlsx")));
            foreach (var file in Directory.GetFiles(members)) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Personal_workbooks_inside_the_reports_folder_are_refused_with_nothing_written()
    {
        using var output = new TempFolder();
        var members = Path.Combine(output.Path, "members");

        var result = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", output.Path, "--members-out", members);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"copoffice report: Personal workbooks would go to {members}, inside the reports' folder {output.Path}, which coordinators and sponsors read. Nothing was published. Choose a folder outside it that only its owners can open.\n", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public async Task A_ledger_folder_others_can_open_is_refused()
    {
        if (OperatingSystem.IsWindows()) return; // folder modes are POSIX
        using var output = new TempFolder();
        var admin = Directory.CreateDirectory(Path.Combine(output.Path, "admin")).FullName;
        File.SetUnixFileMode(admin, (UnixFileMode)0b111_101_101);

        var result = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", Path.Combine(output.Path, "reports"), "--ledger-out", admin);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"copoffice report: The ledger would be readable beyond the owners of {admin}: other accounts of this computer ({admin} has mode 755; chmod 700 keeps it to its owner). Nothing was published.", result.Error);
        Assert.Equal(["admin"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Two_communities_whose_report_files_would_collide_are_refused()
    {
        using var source = new TempFolder();
        using var output = new TempFolder();
        var filler = new Templates.TemplateFiller();
        foreach (var (file, community, i) in new[] { ("a.xlsx", "Data Science?", 1), ("b.xlsx", "Data Science", 2) })
        {
            var answers = new Dictionary<string, object?>
            {
                [Questionnaires.AnswerNames.Email] = $"member{i}@contoso.example",
                [Questionnaires.AnswerNames.Community] = community,
                [Questionnaires.AnswerNames.Period] = "2026-Q4",
            };
            foreach (var indicator in Framework.ValueFramework.Indicators) answers[Questionnaires.AnswerNames.Indicator(indicator.Id)] = 3;
            using var stream = File.Create(Path.Combine(source.Path, file));
            filler.Fill(Questionnaires.TemplateKind.ValueSurvey, answers, stream);
        }

        var result = await Cli.RunAsync("report", "--source", source.Path, "--out", output.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("copoffice report: The communities \"Data Science\" and \"Data Science?\" would share one report file, communities/Data Science 2026-Q4.xlsx, and one would overwrite the other. "
            + "Give the run the organisation's communities list (--communities) so that each community is spelled one way, or correct the workbooks. Nothing was published.\n", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public async Task An_earlier_period_can_be_asked_for_and_a_missing_one_is_named()
    {
        using var output = new TempFolder();

        var earlier = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", output.Path, "--period", "Q3 2026");
        var missing = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", output.Path, "--period", "2025-Q1");

        Assert.Equal(0, earlier.ExitCode);
        Assert.Contains("Wrote 4 reports for 2026-Q3 to", (await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", output.Path, "--period", "Q3 2026",
            "--communities", _sample.Set.CommunitiesFile)).Output);
        Assert.Contains("communities/Dete Science 2026-Q3.xlsx", earlier.Output); // without the list, a typo is a community of its own
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("copoffice report: No accepted responses are for 2025-Q1. The periods with responses are: 2026-Q3, 2026-Q4.\n", missing.Error);
    }

    [Theory]
    [InlineData("--min-group-size", "2", "copoffice report: --min-group-size: The minimum group size is 2; it must be from 3 to 25 (the default is 5). Below 3, readers could recognise individual answers.\n")]
    [InlineData("--driver-min", "5", "copoffice report: --driver-min: The driver analysis minimum is 5; it must be from the free-text threshold (10) to 10,000 (the default is 30): correlations of a few people tell more about them than about value.\n")]
    [InlineData("--period", "last quarter", "copoffice report: --period: \"last quarter\" is not a period: write it as 2026-Q4, Q4 2026 or 2026-11.")]
    [InlineData("--roster", "missing-roster.csv", "copoffice report: missing-roster.csv: the file does not exist.")]
    public async Task An_option_that_cannot_be_used_stops_the_run_before_it_reads(string option, string value, string message)
    {
        using var output = new TempFolder();

        var result = await Cli.RunAsync("report", "--source", _sample.Set.IntakeFolder, "--out", output.Path, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message.EndsWith('\n') ? message : message + "\n", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public async Task A_source_folder_that_does_not_exist()
    {
        using var output = new TempFolder();
        var result = await Cli.RunAsync("report", "--source", Path.Combine(output.Path, "nowhere"), "--out", output.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"copoffice report: {Path.Combine(output.Path, "nowhere")}: no such folder.\n", result.Error);
    }

    [Fact]
    public async Task Nothing_accepted_writes_the_ledger_and_says_why_there_is_no_report()
    {
        using var source = new TempFolder();
        using var output = new TempFolder();
        File.WriteAllText(Path.Combine(source.Path, "notes.txt"), "not a survey");

        var admin = Path.Combine(output.Path, "admin");

        var result = await Cli.RunAsync("report", "--source", source.Path, "--out", Path.Combine(output.Path, "reports"), "--ledger-out", admin);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("copoffice report: None of the 1 inputs was accepted, so there is nothing to report. The ledger (ledger.xlsx in the ledger's folder, or copoffice check on the source) says why each was rejected.\n", result.Error);
        Assert.Equal(["admin"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(admin, "ledger.xlsx")));
    }

    [Fact]
    public async Task The_demo_generates_a_sample_organisation_and_reports_on_it()
    {
        using var output = new TempFolder();

        var result = await Cli.RunAsync("demo", "--out", output.Path, "--size", "small");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Sample inputs: ", result.Output);
        var written = Directory.GetFiles(Path.Combine(output.Path, "members"), "*.xlsx").Length;
        Assert.Contains($"\nWrote {written} personal workbooks to {Path.Combine(output.Path, "members")}: a local folder, so none is shared; hand each to its member.\n", result.Output);
        Assert.EndsWith($"Start with {Path.Combine(output.Path, "reports", "organisation", "CoP value report 2026-Q4.xlsx")}.\n", result.Output);
        Assert.True(File.Exists(Path.Combine(output.Path, "admin", "ledger.xlsx")));
        Assert.Equal(["communities", "organisation"], Directory.GetFileSystemEntries(Path.Combine(output.Path, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(output.Path, "roster.xlsx")));
    }
}
