using CopOffice.Cli;
using CopOffice.Cli.Configuration;
using CopOffice.FakeGraph;

namespace CopOffice.Store.SharePoint.Tests;

/// <summary>
/// <c>copoffice config check</c> run in-process against the fake Graph server. One class, so its tests
/// run one after the other: one of them sets COPOFFICE__ environment variables.
/// </summary>
public class ConfigCheckCommandTests
{
    private sealed record Result(int ExitCode, string Output, string Error);

    private static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CopOfficeCommand.RunAsync(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }

    private static string[] Options(Harness harness, params string[] more) =>
        ["config", "check", "--Graph:BaseUrl", harness.Server.BaseUrl, $"--Graph:AccessToken={FakeGraphServer.Token}", "--Graph:MaxRetries", "0", .. more];

    [Fact]
    public async Task Prints_the_configuration_without_secrets_and_checks_the_root_site()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.AddSite(Harness.Host, "", "Documents=Shared Documents");

        var result = await RunAsync(Options(harness));

        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"""
            Microsoft Graph configuration (appsettings.json, COPOFFICE__* environment variables, --Graph:Key options):
              Graph:Credential             token (because Graph:AccessToken is set)
              Graph:TenantId               not set
              Graph:ClientId               not set
              Graph:ClientSecret           not set
              Graph:CertificatePath        not set
              Graph:CertificatePassword    not set
              Graph:CertificateThumbprint  not set
              Graph:AccessToken            set
              Graph:BaseUrl                {harness.Server.BaseUrl}
              Graph:AuthorityHost          https://login.microsoftonline.com/
              Graph:TimeoutSeconds         100
              Graph:MaxRetries             0
              Graph:RetryDelaySeconds      2
            Checking: GET {harness.Server.BaseUrl}/sites/root
            OK: signed in with the token credential; the tenant's root site is https://contoso.sharepoint.com.

            """, result.Output);
    }

    [Fact]
    public async Task With_a_source_it_resolves_that_folder()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");

        var result = await RunAsync(Options(harness, "--source", "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Checking: resolve https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake\nOK: signed in with the token credential; found folder Intake of library Documents (https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Intake).\nWho can read each folder:\n  Warning: Intake", result.Output);
    }

    [Fact]
    public async Task It_says_who_can_read_each_folder_and_refuses_a_private_one_others_can_read()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        lock (harness.SharePoint.Gate)
            FakeAccess.KeepOwnersOnly(harness.Documents, harness.SharePoint.CreateFolder(harness.Documents, harness.Documents.RootId, "Personal"));
        const string documents = "https://contoso.sharepoint.com/sites/CoP/Shared Documents";

        var result = await RunAsync(Options(harness, "--source", $"{documents}/Intake", "--out", Harness.ReportsUrl, "--members-out", $"{documents}/Personal", "--ledger-out", Harness.ReportsUrl + "/admin"));

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith(
            $"""
            Who can read each folder:
              Warning: Intake (members' raw answers), {documents}/Intake: readable beyond its owners by CoP Members (site group, edit); CoP Visitors (site group, read). Members' raw answers should be private too. {Pipeline.PrivateFolders.Advice}
              Reports (sponsors and coordinators), {Harness.ReportsUrl}: read by CoP Members (site group, edit); CoP Visitors (site group, read).
              Personal workbooks, {documents}/Personal: only its owners can open it.
              Refused: Ledger, {Harness.ReportsUrl}/admin: readable beyond its owners by CoP Members (site group, edit); CoP Visitors (site group, read); copoffice report would publish nothing. {Pipeline.PrivateFolders.Advice}

            """, result.Output);
    }

    [Fact]
    public async Task A_forbidden_root_site_points_to_Sites_Selected()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Inject(new Fault("GET", "/sites/root", 403));

        var result = await RunAsync(Options(harness));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("copoffice config check: Microsoft Graph answered 403 Forbidden (injected: Injected 403.): the app may not do this here; it needs Sites.Selected with access granted to this site, or Sites.ReadWrite.All (see src/CopOffice.Store.SharePoint/README.md). With Sites.Selected that is expected: check a site the app was granted with --source <folder address>.\n", result.Error);
    }

    [Fact]
    public async Task Failures_never_show_the_secrets()
    {
        await using var harness = await Harness.StartAsync();
        const string token = "eyJ0eXAiOiJKV1Qi.refused-Token-4711.sig";
        const string secret = "Client~Secret~0815";

        var refused = await RunAsync("config", "check", "--Graph:BaseUrl", harness.Server.BaseUrl, "--Graph:AccessToken", token, "--source", Harness.IntakeUrl);
        var incomplete = await RunAsync("config", "check", "--Graph:Credential", "clientsecret", "--Graph:ClientSecret", secret, "--Graph:ClientId", "c");
        var stray = await RunAsync("config", "check", "--Graph:AccessToken", token, secret);

        Assert.Equal(3, refused.ExitCode);
        Assert.Equal($"copoffice config check: {Harness.IntakeUrl}: Microsoft Graph answered 401 Unauthorized (InvalidAuthenticationToken: Access token validation failure. Invalid audience.): the credential was refused; check Graph:TenantId, Graph:ClientId and the secret, certificate or token, and that the token was issued for 127.0.0.1.\n", refused.Error);
        Assert.Equal((2, "copoffice config check: Graph:Credential is clientsecret, so Graph:TenantId, Graph:ClientId and Graph:ClientSecret must be set; not set: Graph:TenantId.\n"), (incomplete.ExitCode, incomplete.Error));
        Assert.Equal((2, "copoffice config check: unexpected argument at position 3. Configuration options look like --Graph:TenantId value.\n"), (stray.ExitCode, stray.Error));
        foreach (var result in new[] { refused, incomplete, stray })
        {
            Assert.DoesNotContain("refused-Token", result.Output + result.Error);
            Assert.DoesNotContain("Secret~0815", result.Output + result.Error);
        }
    }

    [Fact]
    public async Task Environment_variables_configure_and_the_command_line_wins()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.AddSite(Harness.Host, "", "Documents=Shared Documents");
        var variables = new Dictionary<string, string>
        {
            ["COPOFFICE__Graph__BaseUrl"] = harness.Server.BaseUrl,
            ["COPOFFICE__Graph__AccessToken"] = FakeGraphServer.Token,
            ["COPOFFICE__Graph__TimeoutSeconds"] = "7",
        };
        try
        {
            foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);

            var result = await RunAsync("config", "check", "--Graph:TimeoutSeconds=9");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("  Graph:TimeoutSeconds         9\n", result.Output);
            Assert.Contains("  Graph:AccessToken            set\n", result.Output);
            Assert.EndsWith("OK: signed in with the token credential; the tenant's root site is https://contoso.sharepoint.com.\n", result.Output);
        }
        finally
        {
            foreach (var name in variables.Keys) Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Appsettings_json_is_read_from_the_folder_and_overridden_by_options()
    {
        var folder = Directory.CreateTempSubdirectory("copoffice-config-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "Graph": { "TenantId": "from-file", "ClientId": "file-client" } }""");

            var configuration = CliConfiguration.Build(["--Graph:ClientId", "from-option"], folder);

            Assert.Equal(("from-file", "from-option"), (configuration["Graph:TenantId"], configuration["Graph:ClientId"]));

            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "Graph": { "TenantId": """);
            var error = Assert.Throws<ConfigurationArgumentException>(() => CliConfiguration.Build([], folder));
            Assert.StartsWith($"{Path.Combine(folder, "appsettings.json")}: not valid JSON (", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--graph-tenant", "unknown option --graph-tenant. Configuration options look like --Graph:TenantId value.")]
    [InlineData("--Graph:TenantId", "--Graph:TenantId needs a value: --Graph:TenantId value or --Graph:TenantId=value.")]
    public async Task A_configuration_option_that_is_not_one_is_refused(string argument, string message)
    {
        var result = await RunAsync("config", "check", argument);
        Assert.Equal((2, $"copoffice config check: {message}\n"), (result.ExitCode, result.Error));
    }
}

public class StoreLocationTests
{
    [Fact]
    public async Task A_folder_path_opens_a_local_store_and_an_address_a_SharePoint_store()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        var configuration = harness.Configuration(("Graph:StateFolder", "none"));

        var local = StoreLocation.Open("some/folder", configuration);
        using var remote = (SharePointStore)StoreLocation.Open(Harness.IntakeUrl, configuration);

        Assert.Equal(Path.GetFullPath("some/folder"), Assert.IsType<LocalFolderStore>(local).Root);
        Assert.Equal(Harness.IntakeUrl, remote.Description);
        Assert.Equal(["a.xlsx"], (await remote.SyncAsync()).Files.Select(f => f.Path));
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/:f:/s/CoP/Token", "https://contoso.sharepoint.com/:f:/s/CoP/Token: this is a sharing link")]
    [InlineData("drive:b!x", "Graph:UploadChunkBytes '400000' must be a multiple of 327680 (320 KiB), as SharePoint requires.")]
    public async Task A_bad_address_or_configuration_fails_before_anything_is_contacted(string address, string message)
    {
        await using var harness = await Harness.StartAsync();
        var error = Assert.ThrowsAny<StoreException>(() => StoreLocation.Open(address, harness.Configuration(("Graph:UploadChunkBytes", "400000"))));
        Assert.StartsWith(message, error.Message);
        Assert.Empty(harness.Server.Requests);
    }
}

public class LocalFolderStoreTests
{
    [Fact]
    public async Task A_file_gone_after_the_listing_is_unavailable_with_the_reason()
    {
        var folder = Directory.CreateTempSubdirectory("copoffice-local-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.xlsx"), "a");
            var store = new LocalFolderStore(folder);
            var files = new List<StoredFile>();
            await foreach (var file in store.ListAsync()) files.Add(file);
            File.Delete(Path.Combine(folder, "a.xlsx"));

            var error = await Assert.ThrowsAsync<DocumentUnavailableException>(() => store.OpenReadAsync(files.Single()));

            Assert.Equal("a.xlsx: the file could not be read: it was deleted or moved after the folder was listed", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
