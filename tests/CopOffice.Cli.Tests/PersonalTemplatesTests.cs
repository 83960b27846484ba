using ClosedXML.Excel;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Samples;

namespace CopOffice.Cli.Tests;

/// <summary>
/// <c>copoffice templates --personal</c> over the small sample: each member's next survey quotes their own open stories
/// and no one else's; filled in by defined names, as Excel would, and handed in, it links to the story it follows.
/// </summary>
public sealed class PersonalTemplatesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_members_template_quotes_their_own_open_stories_and_a_filled_follow_up_reaches_the_next_report()
    {
        var set = SampleSet.Write(_folder.Path, SampleSize.Small);
        var members = Path.Combine(_folder.Path, "members");

        var result = await Cli.RunAsync("templates", "--personal", "--source", set.IntakeFolder, "--out", members, "--communities", set.CommunitiesFile);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var templates = Directory.GetFiles(members, "*.xlsx", SearchOption.AllDirectories);
        Assert.Equal($"Wrote {templates.Length} personal templates to {members}, each in its member's own folder: hand each member theirs alone.\n", result.Output);
        var keys = templates.ToDictionary(t => t, Keys);
        // Every key in a template is one of its own member's stories: made of that member's email, community and period.
        foreach (var (template, own) in keys)
        {
            using var book = new XLWorkbook(template);
            var email = Value(book, AnswerNames.Email)!;
            var community = Value(book, AnswerNames.Community)!;
            Assert.Equal("2027-Q1", Value(book, AnswerNames.Period));
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(template)), email);
            Assert.All(own, key => Assert.True(StoryKeys.TryParse(key, out var told) && StoryKeys.Of(email, community, told) == key, $"{key} in {email}'s template"));
        }
        var (chosen, key1) = keys.Where(k => k.Value.Count > 0).Select(k => (k.Key, k.Value[0])).First();
        Assert.Single(keys, k => k.Value.Contains(key1));
        StoryKeys.TryParse(key1, out var toldIn);
        var before = RealisedLater(await Report(set, "2026-Q4"), toldIn);

        // The member answers in Excel (the cells by their defined names) and hands the workbook in for 2027-Q1.
        using (var book = new XLWorkbook(chosen))
        {
            Cell(book, AnswerNames.FollowUp(1, "outcome")).SetValue("realised");
            Cell(book, AnswerNames.FollowUp(1, "difference")).SetValue("Rework halved since we adopted it.");
            foreach (var quadrantRating in Questionnaire.ValueSurvey.Questions.Where(q => q.Type == AnswerType.Rating)) Cell(book, quadrantRating.Name).SetValue(4);
            Cell(book, AnswerNames.Consent).SetValue("no");
            book.SaveAs(Path.Combine(set.IntakeFolder, "value-survey", "2027-Q1 follow-up.xlsx"));
        }
        var after = RealisedLater(await Report(set, "2027-Q1"), toldIn);

        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task In_a_folder_that_shares_each_template_goes_to_its_member_alone_when_their_address_is_proven()
    {
        var set = SampleSet.Write(_folder.Path, SampleSize.Small);
        using var sharing = new SharingFolder(Path.Combine(_folder.Path, "members"));
        var source = new Store.LocalFolderStore(set.IntakeFolder);

        // Without a roster only sign-in proves an address: Forms respondents signed in; a typed address in a workbook proves nothing.
        var written = await Pipeline.PersonalTemplateRun.RunAsync(source, sharing, new Pipeline.ReportOptions(), period: null);

        Assert.Contains(written, w => w.Shared);
        Assert.Contains(written, w => !w.Shared);
        Assert.Equal(written.Where(w => w.Shared).Select(w => w.Path), sharing.Shares.Select(s => s.Path));
        Assert.All(sharing.Shares, s => Assert.Equal((Path.GetDirectoryName(s.Path), true), (s.People.Single(), s.Alone)));

        // With the roster every member's address is proven.
        var roster = Intake.Lists.RosterReader.Read(set.RosterFile);
        var all = await Pipeline.PersonalTemplateRun.RunAsync(source, sharing, new Pipeline.ReportOptions { Rules = new IntakeRules { Roster = roster } }, period: null);
        Assert.All(all, w => Assert.True(w.Shared, w.Path));
    }

    /// <summary>A private folder that can share, as a SharePoint one does, recording each grant.</summary>
    private sealed class SharingFolder(string root) : Store.IDocumentStore, Store.IFileSharing, Store.IPrivateFolder, IDisposable
    {
        private readonly Store.LocalFolderStore _inner = new(root, privateFolder: true);

        public List<(string Path, IReadOnlyList<string> People, bool Alone)> Shares { get; } = [];

        public string Description => _inner.Description;
        public IAsyncEnumerable<Store.StoredFile> ListAsync(CancellationToken cancellationToken = default) => _inner.ListAsync(cancellationToken);
        public Task<Stream> OpenReadAsync(Store.StoredFile file, CancellationToken cancellationToken = default) => _inner.OpenReadAsync(file, cancellationToken);
        public Task<Store.StoredFile> PublishAsync(string path, Stream content, CancellationToken cancellationToken = default) => _inner.PublishAsync(path, content, cancellationToken);
        public Task<IReadOnlyList<Store.FolderReader>> ReadersAsync(string folder, CancellationToken cancellationToken = default) => _inner.ReadersAsync(folder, cancellationToken);

        public Task<int> ShareWithAsync(Store.StoredFile file, IReadOnlyList<string> people, string? invitation, bool alone, CancellationToken cancellationToken = default)
        {
            Shares.Add((file.Path, people, alone));
            return Task.FromResult(people.Count);
        }

        public void Dispose() { }
    }

    [Fact]
    public async Task Without_a_source_or_with_a_missing_one_nothing_is_written_and_the_line_says_why()
    {
        var members = Path.Combine(_folder.Path, "members");
        var missing = Path.Combine(_folder.Path, "nowhere");

        var without = await Cli.RunAsync("templates", "--personal", "--out", members);
        var absent = await Cli.RunAsync("templates", "--personal", "--source", missing, "--out", members);

        Assert.Equal((2, "copoffice templates --personal: --source is required: the folder (or SharePoint folder) with the filled workbooks whose stories the templates follow up.\n"), (without.ExitCode, without.Error));
        Assert.Equal((2, $"copoffice templates --personal: {missing}: no such folder.\n"), (absent.ExitCode, absent.Error));
        Assert.False(Directory.Exists(members));
    }

    private async Task<string> Report(SampleSetSummary set, string period)
    {
        var output = Path.Combine(_folder.Path, "reports-" + period);
        var run = await Cli.RunAsync("report", "--source", set.IntakeFolder, "--out", output, "--period", period, "--communities", set.CommunitiesFile);
        Assert.Equal(0, run.ExitCode);
        return Path.Combine(output, "organisation", $"CoP value report {period}.xlsx");
    }

    private static int RealisedLater(string report, Period told)
    {
        using var book = new XLWorkbook(report);
        var table = book.Worksheets.SelectMany(s => s.Tables).Single(t => t.Name == "ValueFlow");
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        var row = table.DataRange.Rows().Single(r => r.Cell(headers.IndexOf("Told in") + 1).GetString() == told.ToString());
        return (int)row.Cell(headers.IndexOf("Realised later") + 1).GetDouble();
    }

    private static List<string> Keys(string template)
    {
        using var book = new XLWorkbook(template);
        return [.. Enumerable.Range(1, FollowUp.Slots).Select(slot => Value(book, AnswerNames.FollowUp(slot, "story"))).OfType<string>()];
    }

    private static IXLCell Cell(XLWorkbook book, string name) => book.NamedRanges.NamedRange(name).Ranges.Single().FirstCell();

    private static string? Value(XLWorkbook book, string name) => Cell(book, name).GetString() is { Length: > 0 } text ? text : null;
}
