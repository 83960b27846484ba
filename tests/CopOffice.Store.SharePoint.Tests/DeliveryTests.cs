using System.IO.Compression;
using System.Text;
using CopOffice.Cli;
using CopOffice.Questionnaires;
using CopOffice.FakeGraph;
using CopOffice.Templates;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary>
/// <c>copoffice report</c> by audience against a fake tenant: the Reports library inherits the site's groups
/// (Visitors read it), the Personal and Admin folders of the Documents library keep owners only.
/// </summary>
public class DeliveryTests
{
    private const string Period = "2026-Q4";
    private const string PersonalUrl = "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Personal";
    private const string AdminUrl = "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Admin";
    private const int Members = 12;
    private const int OnRoster = 11; // member 12 typed an address that nothing verifies

    [Fact]
    public async Task Each_audience_receives_only_its_own_and_a_rerun_adds_no_grant()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, personal, admin) = Tenant(harness);

        var first = await RunAsync(harness, PersonalUrl, roster);
        var second = await RunAsync(harness, PersonalUrl, roster);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"Wrote {Members} personal workbooks to {PersonalUrl}: {OnRoster} newly shared with their member, 0 already shared, 1 not shared because the address is not verified", first.Output);
        Assert.Contains($"Wrote {Members} personal workbooks to {PersonalUrl}: 0 newly shared with their member, {OnRoster} already shared, 1 not shared", second.Output);
        Assert.Contains($"Wrote ledger.xlsx to {AdminUrl}.", second.Output);

        // Reports: the aggregate reports only, and no respondent's address in any file name or any part of any workbook.
        Assert.Equal(["communities/Data Science 2026-Q4.xlsx", "organisation/CoP value report 2026-Q4.xlsx"], Files(harness.Reports, harness.Reports.RootId));
        foreach (var item in harness.Reports.Items.Values.Where(i => !i.IsFolder))
        {
            var text = AllParts(item.Content);
            for (var i = 1; i <= Members; i++)
            {
                Assert.DoesNotContain(Email(i), harness.Reports.PathOf(item), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(Email(i), text, StringComparison.OrdinalIgnoreCase);
            }
        }
        // The named story's "name" was an address, and another story quoted one: both withheld, the stories still shown.
        Assert.Contains("(address withheld)", AllParts(Content(harness.Reports, "organisation/CoP value report 2026-Q4.xlsx")));

        // Admin: the ledger, with a Delivery sheet that says why member 12 has no grant.
        Assert.Equal(["ledger.xlsx"], Files(harness.Documents, admin.Id));
        var delivery = Sheets.Rows(harness.Documents.ByPath(admin.Id, "ledger.xlsx")!.Content, "Delivery");
        Assert.Equal(["Member", "Personal workbook", "Address", "Shared", "Latest survey", "Row"], delivery[0].ToList());
        var unverified = delivery.Single(r => r[0] == Email(Members));
        Assert.Equal("not verified", unverified[2]);
        Assert.StartsWith("not shared: the address was only typed in the survey. Add the member to the roster", unverified[3]);
        Assert.Equal($"Data Science/member-{Members}.xlsx", unverified[4]);
        Assert.Equal(["on the roster", "shared with the member alone (read, sign-in required)"], delivery.Single(r => r[0] == Email(1))[2..4].ToList());

        // Personal: one workbook per member, each readable by the owners and its member alone (read, sign-in required).
        Assert.Equal([.. Enumerable.Range(1, Members).Select(i => $"{Email(i)}.xlsx").Order(StringComparer.Ordinal)], Files(harness.Documents, personal.Id));
        for (var i = 1; i <= Members; i++)
        {
            var item = harness.Documents.ByPath(personal.Id, $"{Email(i)}.xlsx")!;
            var beyondOwners = FakeAccess.Effective(harness.Documents, item).Where(p => p.Role != "owner").ToList();
            if (i <= OnRoster)
                Assert.Equal([(FakeGrantee.User, "read", Email(i))], beyondOwners.Select(p => (p.Grantee, p.Role, p.Email)));
            else
                Assert.Empty(beyondOwners);
        }
        var invitations = harness.Server.Invitations.ToList();
        Assert.Equal(OnRoster, invitations.Count);
        Assert.All(invitations, v => Assert.True(v.RequireSignIn && !v.SendInvitation && v.Role == "read" && v.Message is null));
        Assert.DoesNotContain(harness.Server.GraphRequests, r => r.PathAndQuery.Contains("/createLink", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Personal_workbooks_are_uploaded_several_at_once_each_whole()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, personal, _) = Tenant(harness);
        harness.Server.Latency = TimeSpan.FromMilliseconds(200);

        var run = await RunAsync(harness, PersonalUrl, roster);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Members, Files(harness.Documents, personal.Id).Count);
        // Each personal workbook is one PUT answered 200 ms after it arrives: count the most that overlapped.
        var uploads = harness.Server.GraphRequests.Where(r => r.Method == "PUT" && r.PathAndQuery.Contains("contoso.example", StringComparison.Ordinal)).Select(r => r.At).Order().ToList();
        Assert.Equal(Members, uploads.Count);
        var mostAtOnce = uploads.Max(start => uploads.Count(other => other >= start && other < start + TimeSpan.FromMilliseconds(200)));
        Assert.True(mostAtOnce >= 2, $"at most {mostAtOnce} uploads at once");
    }

    [Fact]
    public async Task On_one_core_the_ledger_waiting_for_the_members_grants_holds_no_writer_they_need()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, personal, admin) = Tenant(harness);

        // copoffice itself, as a process the runtime gives one core (DOTNET_PROCESSOR_COUNT).
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_PROCESSOR_COUNT"] = "1" },
        };
        foreach (var argument in (string[])[typeof(CopOfficeCommand).Assembly.Location, "report", "--source", Harness.IntakeUrl, "--out", Harness.ReportsUrl,
                     "--members-out", PersonalUrl, "--ledger-out", AdminUrl, "--roster", roster, "--Graph:BaseUrl", harness.Server.BaseUrl,
                     $"--Graph:AccessToken={FakeGraphServer.Token}", "--Graph:StateFolder", harness.StateFolder])
            start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("copoffice report on one core did not finish within 2 minutes (a deadlock)");
        }

        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains($"Wrote {Members} personal workbooks to {PersonalUrl}", await output);
        Assert.Equal(["ledger.xlsx"], Files(harness.Documents, admin.Id));
        Assert.Equal(Members, Files(harness.Documents, personal.Id).Count);
    }

    [Fact]
    public async Task Personal_workbooks_into_a_folder_the_Visitors_read_are_refused_with_nothing_published()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, _, admin) = Tenant(harness);

        var run = await RunAsync(harness, Harness.ReportsUrl + "/members", roster);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"copoffice report: Personal workbooks would be readable beyond the owners of {Harness.ReportsUrl}/members: CoP Members (site group, edit); CoP Visitors (site group, read). "
            + "Nothing was published. Keep the folder to its owners: in SharePoint, stop inheriting permissions on it and remove every group and link but the site's Owners "
            + "(src/CopOffice.Store.SharePoint/README.md, \"A private folder\"); on disk, chmod 700. Or choose another folder.\n", run.Error);
        Assert.DoesNotContain(harness.Reports.Items.Values, i => !i.IsFolder);
        Assert.Empty(Files(harness.Documents, admin.Id));
        Assert.Empty(harness.Server.Invitations);
        // Refused before the intake read a single workbook.
        Assert.Empty(harness.Server.FileRequests);
    }

    [Fact]
    public async Task A_ledger_folder_with_an_organisation_wide_link_is_refused()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, _, admin) = Tenant(harness);
        lock (harness.SharePoint.Gate)
            admin.Permissions.Add(new FakePermission(FakeAccess.NewId(), FakeGrantee.Link, "read", "link", LinkScope: "organization"));

        var run = await RunAsync(harness, PersonalUrl, roster);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"copoffice report: The ledger would be readable beyond the owners of {AdminUrl}: anyone in the organisation with the link (sharing link, read). Nothing was published.", run.Error);
        Assert.DoesNotContain(harness.Reports.Items.Values, i => !i.IsFolder);
    }

    [Fact]
    public async Task A_personal_workbook_shared_with_someone_else_is_taken_back_to_its_member_alone_and_notify_emails_them()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, personal, _) = Tenant(harness);
        // Someone shared member 1's workbook from an earlier run with a colleague and by a link.
        var earlier = harness.SharePoint.Put(harness.Documents, $"Personal/{Email(1)}.xlsx", [1, 2, 3]);
        lock (harness.SharePoint.Gate)
        {
            earlier.Permissions.Add(new FakePermission(FakeAccess.NewId(), FakeGrantee.User, "read", "Colleague", "colleague@contoso.example"));
            earlier.Permissions.Add(new FakePermission(FakeAccess.NewId(), FakeGrantee.Link, "read", "link", LinkScope: "organization"));
        }

        var run = await RunAsync(harness, PersonalUrl, roster, "--notify");

        Assert.Equal(0, run.ExitCode);
        var item = harness.Documents.ByPath(personal.Id, $"{Email(1)}.xlsx")!;
        Assert.Equal(earlier.Id, item.Id);
        Assert.Equal([(FakeGrantee.User, Email(1))], FakeAccess.Effective(harness.Documents, item).Where(p => p.Role != "owner").Select(p => (p.Grantee, p.Email)));
        var invitation = harness.Server.Invitations.Single(v => v.Email == Email(1));
        Assert.True(invitation.SendInvitation);
        Assert.Equal($"Your personal CopOffice workbook, up to {Period}: your own answers and value profile beside your community's figures. Only you can open it.", invitation.Message);
    }

    [Fact]
    public async Task A_grant_SharePoint_refuses_stops_no_one_else_and_the_ledger_says_so()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, _, admin) = Tenant(harness);
        harness.Server.Inject(new Fault("POST", "/invite", 400));

        var run = await RunAsync(harness, PersonalUrl, roster);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{OnRoster - 1} newly shared with their member, 0 already shared, 1 not shared because the address is not verified, 1 not shared because SharePoint refused the grant (the ledger's Delivery sheet names them).", run.Output);
        var refused = Sheets.Rows(harness.Documents.ByPath(admin.Id, "ledger.xlsx")!.Content, "Delivery").Where(r => r[3]!.Contains("could not be shared", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(refused);
        Assert.Equal($"not shared: {PersonalUrl}/{row[0]}.xlsx could not be shared with {row[0]}: Microsoft Graph answered 400 BadRequest (injected: Injected 400.). Share it with the member by hand, or correct the address and run again", row[3]);
        Assert.Equal(OnRoster - 1, harness.Server.Invitations.Count);
    }

    [Fact]
    public async Task A_community_report_is_shared_with_the_coordinators_the_list_names()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, _, _) = Tenant(harness);
        var communities = Path.Combine(harness.StateFolder, "communities.csv");
        File.WriteAllLines(communities, ["Community,Coordinator", "Data Science,coord@contoso.example;lead@contoso.example"]);

        var first = await RunAsync(harness, PersonalUrl, roster, "--communities", communities, "--notify");
        var second = await RunAsync(harness, PersonalUrl, roster, "--communities", communities, "--notify");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("\nShared the community reports with 2 more coordinators named in the communities list.\n", first.Output);
        Assert.DoesNotContain("coordinators named", second.Output);
        var report = harness.Reports.ByPath(harness.Reports.RootId, "communities/Data Science 2026-Q4.xlsx")!;
        Assert.Equal([("coord@contoso.example", "read"), ("lead@contoso.example", "read")],
            report.Permissions.Select(p => (p.Email, p.Role)).Order());
        Assert.Empty(harness.Reports.ByPath(harness.Reports.RootId, "organisation/CoP value report 2026-Q4.xlsx")!.Permissions);
        var invitation = harness.Server.Invitations.Single(v => v.Email == "lead@contoso.example");
        Assert.Equal((true, true, "The CopOffice report of the Data Science community for 2026-Q4: its value, stories, roles and health, for its coordinators."),
            (invitation.RequireSignIn, invitation.SendInvitation, invitation.Message));
    }

    [Fact]
    public async Task A_survey_the_service_recorded_its_member_handing_in_is_shared_without_the_roster()
    {
        await using var harness = await Harness.StartAsync();
        var (roster, personal, admin) = Tenant(harness);
        // Member 12, not on the roster, handed the survey in through the service, which recorded the sign-in.
        var item = harness.Documents.ByPath(harness.Documents.RootId, $"Intake/Data Science/member-{Members}.xlsx")!;
        harness.SharePoint.Put(harness.Documents, $"Intake/Data Science/member-{Members}.xlsx", Service.Submissions.SubmitterStamp.Apply(item.Content, Email(Members)));

        var run = await RunAsync(harness, PersonalUrl, roster);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($": {Members} newly shared with their member, 0 already shared.", run.Output);
        var row = Sheets.Rows(harness.Documents.ByPath(admin.Id, "ledger.xlsx")!.Content, "Delivery").Single(r => r[0] == Email(Members));
        Assert.Equal("signed in (Microsoft Forms or the CopOffice service)", row[2]);
        Assert.Equal(Email(Members), Sheets.Rows(harness.Documents.ByPath(admin.Id, "ledger.xlsx")!.Content, "Ledger").Single(r => r[0] == $"Data Science/member-{Members}.xlsx")[11]);
        Assert.Contains(harness.Server.Invitations, v => v.Email == Email(Members));
    }

    /// <summary>Twelve surveys in Intake, a roster of the first eleven, and the Personal and Admin folders kept to the owners.</summary>
    private static (string Roster, FakeItem Personal, FakeItem Admin) Tenant(Harness harness)
    {
        var filler = new TemplateFiller();
        for (var i = 1; i <= Members; i++)
            harness.SharePoint.Put(harness.Documents, $"Intake/Data Science/member-{i}.xlsx", Survey(filler, i));
        FakeItem personal, admin;
        lock (harness.SharePoint.Gate)
        {
            var root = harness.Documents.RootId;
            personal = harness.SharePoint.CreateFolder(harness.Documents, root, "Personal");
            admin = harness.SharePoint.CreateFolder(harness.Documents, root, "Admin");
            FakeAccess.KeepOwnersOnly(harness.Documents, personal);
            FakeAccess.KeepOwnersOnly(harness.Documents, admin);
        }
        Directory.CreateDirectory(harness.StateFolder);
        var roster = Path.Combine(harness.StateFolder, "roster.csv");
        File.WriteAllLines(roster, ["Name,Email,Community", .. Enumerable.Range(1, OnRoster).Select(i => $"Member {i},{Email(i)},Data Science")]);
        return (roster, personal, admin);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(Harness harness, string membersOut, string roster, params string[] more)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CopOfficeCommand.RunAsync(
            ["report", "--source", Harness.IntakeUrl, "--out", Harness.ReportsUrl, "--members-out", membersOut, "--ledger-out", AdminUrl, "--roster", roster, .. more,
             "--Graph:BaseUrl", harness.Server.BaseUrl, $"--Graph:AccessToken={FakeGraphServer.Token}", "--Graph:StateFolder", harness.StateFolder],
            output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Email(int i) => $"member{i}@contoso.example";

    private static byte[] Survey(TemplateFiller filler, int i)
    {
        var answers = new Dictionary<string, object?>
        {
            // Member 1 consents to be named but typed an address as the name; member 2's story quotes an address.
            [AnswerNames.Name] = i == 1 ? Email(1) : $"Member {i}",
            [AnswerNames.Email] = Email(i),
            [AnswerNames.Community] = "Data Science",
            [AnswerNames.Period] = Period,
            [AnswerNames.Consent] = i == 1 ? Consent.Named : Consent.Anonymous,
            [AnswerNames.Story("activities")] = i == 2 ? $"Ask {Email(2)} about the data clinic." : $"Data clinic number {i}.",
            [AnswerNames.Story("insights")] = "A new way to test models.",
        };
        foreach (var indicator in Framework.ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = 1 + (i + indicator.Id.Length) % 5;
        using var stream = new MemoryStream();
        filler.Fill(TemplateKind.ValueSurvey, answers, stream);
        return stream.ToArray();
    }

    /// <summary>The files below a folder, by path from it (read once the run is over: the server is idle).</summary>
    private static List<string> Files(FakeDrive drive, string folderId)
    {
        var under = drive.PathOf(drive.Items[folderId]);
        var prefix = under.Length == 0 ? "" : under + "/";
        return [.. drive.Items.Values.Where(i => !i.IsFolder && !i.Deleted && drive.PathOf(i).StartsWith(prefix, StringComparison.Ordinal))
            .Select(i => drive.PathOf(i)[prefix.Length..]).Order(StringComparer.Ordinal)];
    }

    private static byte[] Content(FakeDrive drive, string path) => drive.ByPath(drive.RootId, path)!.Content;

    /// <summary>Every part of a workbook as text: cells, shared strings, names, properties, charts.</summary>
    private static string AllParts(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(entry.FullName).Append('\n').Append(reader.ReadToEnd()).Append('\n');
        }
        return text.ToString();
    }
}
