namespace CopOffice.Service.Hosting;

/// <summary>The service's settings: the "CopOffice" configuration section (appsettings, environment, command line).</summary>
public sealed class ServiceOptions
{
    public const string Section = "CopOffice";

    /// <summary>The public HTTPS address the add-in is served from; the manifest's URLs and the CORS origin come from it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public StoreSettings Store { get; set; } = new();
    public AuthSettings Auth { get; set; } = new();
    public UploadSettings Uploads { get; set; } = new();
    public ReportSettings Reports { get; set; } = new();
    public PrivacySettings Privacy { get; set; } = new();

    /// <summary>An organisation's list of communities and units (.csv or .xlsx), checked against like the intake does.</summary>
    public string? Communities { get; set; }

    /// <summary>The organisation's roster (.csv or .xlsx): completes and checks members' answers as the intake does.</summary>
    public string? Roster { get; set; }

    /// <summary>Which communities each coordinator looks after: email → community names.</summary>
    public Dictionary<string, string[]> Coordinators { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The origin (scheme, host, port) the task pane runs on, when the public base URL is known.</summary>
    public string? AddInOrigin => PublicBaseUrl?.GetLeftPart(UriPartial.Authority);
}

public sealed class StoreSettings
{
    /// <summary>The local folder submissions are stored in and reports are read from (the default store).</summary>
    public string Folder { get; set; } = "copoffice-data";

    /// <summary>A SharePoint library folder's address; when set it is the store instead of <see cref="Folder"/> (Graph:* settings sign in).</summary>
    public string? Location { get; set; }

    /// <summary>
    /// SharePoint folders the service may fetch members' workbooks from by address (for an Excel that cannot
    /// hand the file over). Empty: the service fetches nothing.
    /// </summary>
    public string[] FetchFrom { get; set; } = [];

    /// <summary>The folder inside the store that holds each community's submissions: {IntakeFolder}/{community}/.</summary>
    public string IntakeFolder { get; set; } = "intake";
}

public sealed class AuthSettings
{
    /// <summary>The Entra ID authority, e.g. https://login.microsoftonline.com/{tenant-id}/v2.0.</summary>
    public string? Authority { get; set; }

    /// <summary>The API's audience: its application id URI (api://…) or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>The add-in's own app registration (a single-page app): the client id MSAL.js signs in with.</summary>
    public string? ClientId { get; set; }

    /// <summary>The scopes the task pane asks for, e.g. api://{api-client-id}/access_as_user.</summary>
    public string[] Scopes { get; set; } = [];
}

public sealed class UploadSettings
{
    /// <summary>The largest workbook accepted, in bytes (a filled template is well under 1 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Workbooks one caller may upload a minute (check, submit, by-url together).</summary>
    public int PerMinute { get; set; } = 30;
}

public sealed class ReportSettings
{
    /// <summary>The folder of the store the organisation and community reports are written to, beside the intake folder.</summary>
    public string Folder { get; set; } = "reports";

    /// <summary>
    /// The folder of the store for personal workbooks, one per member, shared in SharePoint with each member alone.
    /// It must be readable by its owners alone (checked before each run) and lie outside <see cref="Folder"/>.
    /// Not set (the default): no personal workbook is written.
    /// </summary>
    public string? MembersFolder { get; set; }

    /// <summary>The folder of the store for ledger.xlsx, readable by its owners alone. Not set (the default): no ledger is written.</summary>
    public string? LedgerFolder { get; set; }

    /// <summary>SharePoint e-mails members a link when their workbook is first shared with them.</summary>
    public bool Notify { get; set; }

    /// <summary>How long after the last submission the reports are regenerated, so that a burst makes one run.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest the first of a stream of submissions waits for its run, however many more keep coming.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the reports are regenerated regardless; zero turns the schedule off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}

public sealed class PrivacySettings
{
    /// <summary>The fewest respondents a group figure is shown for (3 to 25); smaller groups are withheld.</summary>
    public int MinGroupSize { get; set; } = CopOffice.Aggregation.PrivacyOptions.DefaultMinGroupSize;

    /// <summary>The fewest responses a driver analysis needs (default 30; never below the free-text threshold); null for the default.</summary>
    public int? MinDriverGroupSize { get; set; }

    public CopOffice.Aggregation.PrivacyOptions Options => CopOffice.Aggregation.PrivacyOptions.Create(MinGroupSize, minDriverGroupSize: MinDriverGroupSize);
}
