using CopOffice.Store.SharePoint.Locations;

namespace CopOffice.Store.SharePoint.Tests;

public class LocationParsingTests
{
    private static readonly string[] Intake = ["sites", "CoP", "Shared Documents", "Intake"];

    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Intake/")]
    [InlineData("  https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Intake  ")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Forms/AllItems.aspx?id=%2Fsites%2FCoP%2FShared%20Documents%2FIntake&viewid=6c8e0d1a%2D1b2c")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Forms/AllItems.aspx?RootFolder=%2Fsites%2FCoP%2FShared+Documents%2FIntake")]
    [InlineData("https://contoso.sharepoint.com/:f:/r/sites/CoP/Shared%20Documents/Intake?csf=1&web=1&e=AbCdEf")]
    public void A_browser_address_becomes_host_and_segments(string address)
    {
        var location = Assert.IsType<SiteFolder>(SharePointLocation.Parse(address));
        Assert.Equal("contoso.sharepoint.com", location.Host);
        Assert.Equal(Intake, location.Segments);
        Assert.Equal(2, location.SiteCollectionLength);
    }

    [Fact]
    public void A_library_view_without_a_folder_is_the_library()
    {
        var location = Assert.IsType<SiteFolder>(SharePointLocation.Parse("https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Forms/AllItems.aspx"));
        Assert.Equal(["sites", "CoP", "Shared Documents"], location.Segments);
    }

    [Fact]
    public void The_root_site_has_no_site_collection_segments()
    {
        var location = Assert.IsType<SiteFolder>(SharePointLocation.Parse("https://contoso.sharepoint.com/Shared Documents/Intake"));
        Assert.Equal(0, location.SiteCollectionLength);
    }

    [Theory]
    [InlineData("drive:b!AbC-12_x/Intake/2026", "b!AbC-12_x", "Intake/2026")]
    [InlineData("drive:b!AbC-12_x", "b!AbC-12_x", "")]
    [InlineData("DRIVE:b!AbC-12_x//Intake/", "b!AbC-12_x", "Intake")]
    public void The_drive_form_names_drive_and_folder(string text, string driveId, string folder)
    {
        Assert.Equal(new DriveFolder(driveId, folder), SharePointLocation.Parse(text));
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/:f:/s/CoP/EaBcDeFgHiJk?e=xyz", "https://contoso.sharepoint.com/:f:/s/CoP/EaBcDeFgHiJk?e=xyz: this is a sharing link, not the folder's address. Open it in the browser and copy the address bar once the folder is shown (it looks like https://contoso.sharepoint.com/sites/<site>/<library>/<folder>).")]
    [InlineData("https://contoso.sharepoint.com", "https://contoso.sharepoint.com: the address names no document library; add the library and folder, e.g. https://contoso.sharepoint.com/sites/<site>/Shared Documents/<folder>.")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/SitePages/Home.aspx", "https://contoso.sharepoint.com/sites/CoP/SitePages/Home.aspx: this is a page, not a document library folder. Open the folder in the browser and copy its address.")]
    [InlineData("http://contoso.sharepoint.com/sites/CoP/Shared Documents", "http://contoso.sharepoint.com/sites/CoP/Shared Documents: expected a SharePoint address starting with https:// (as copied from the browser), or drive:{drive id}/folder.")]
    [InlineData("drive:/Intake", "drive:/Intake: expected drive:{drive id} or drive:{drive id}/folder/path.")]
    public void A_bad_address_says_what_to_do(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<StoreException>(() => SharePointLocation.Parse(text)).Message);
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/CoP", true)]
    [InlineData("drive:b!x", true)]
    [InlineData("intake", false)]
    [InlineData("/data/intake", false)]
    [InlineData(@"C:\data\intake", false)]
    public void Folders_and_SharePoint_addresses_are_told_apart(string text, bool sharePoint)
    {
        Assert.Equal(sharePoint, SharePointLocation.IsSharePoint(text));
    }
}

public class LocationResolutionTests
{
    [Fact]
    public async Task A_browser_address_resolves_to_site_library_and_folder()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");
        var store = harness.Store();

        var folder = await store.ResolveAsync();

        var intake = harness.Documents.ByPath(harness.Documents.RootId, "Intake")!;
        Assert.Equal(new LibraryFolder(harness.Documents.Id, intake.Id, "Intake", "Documents", "https://contoso.sharepoint.com/sites/CoP/Shared%20Documents/Intake"), folder);
        Assert.Equal(
            ["GET /v1.0/sites/contoso.sharepoint.com:/sites/CoP", $"GET /v1.0/sites/{harness.Site.Id}/drives?$select=id,name,webUrl,driveType", $"GET /v1.0/drives/{harness.Documents.Id}/root:/Intake?$select=id,name,folder,file,webUrl"],
            harness.Server.GraphRequests.Select(r => $"{r.Method} {Uri.UnescapeDataString(r.PathAndQuery)}"));
    }

    [Fact]
    public async Task A_subsite_and_the_root_site_resolve_too()
    {
        await using var harness = await Harness.StartAsync();
        var europe = harness.SharePoint.AddSite(Harness.Host, "/sites/CoP/Europe", "Documents=Shared Documents");
        var root = harness.SharePoint.AddSite(Harness.Host, "", "Documents=Shared Documents");
        harness.SharePoint.Put(europe.Drives[0], "Intake/Q1/a.xlsx", "a");
        harness.SharePoint.Put(root.Drives[0], "Intake/a.xlsx", "a");

        var sub = await harness.Store("https://contoso.sharepoint.com/sites/CoP/Europe/Shared%20Documents/Intake/Q1").ResolveAsync();
        var top = await harness.Store("https://contoso.sharepoint.com/Shared Documents/Intake").ResolveAsync();

        Assert.Equal((europe.Drives[0].Id, "Intake/Q1"), (sub.DriveId, sub.FolderPath));
        Assert.Equal((root.Drives[0].Id, "Intake"), (top.DriveId, top.FolderPath));
    }

    [Fact]
    public async Task The_drive_form_resolves_without_the_site()
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Reports, "2026/x.xlsx", "x");

        var folder = await harness.Store($"drive:{harness.Reports.Id}/2026").ResolveAsync();

        Assert.Equal((harness.Reports.Id, "2026", "https://contoso.sharepoint.com/sites/CoP/Reports/2026"), (folder.DriveId, folder.FolderPath, folder.WebUrl));
        Assert.Single(harness.Server.GraphRequests);
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/Nope/Shared Documents/Intake", "https://contoso.sharepoint.com/sites/Nope/Shared Documents/Intake: there is no SharePoint site at https://contoso.sharepoint.com/sites/Nope.")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Shared Documents/Missing", "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Missing: the library Documents has no folder Missing. Create it, or check the address.")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Intake", "https://contoso.sharepoint.com/sites/CoP/Intake: no document library of the site https://contoso.sharepoint.com/sites/CoP matches the address. Its libraries: Documents (https://contoso.sharepoint.com/sites/CoP/Shared%20Documents), Reports (https://contoso.sharepoint.com/sites/CoP/Reports).")]
    [InlineData("https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake/a.xlsx", "https://contoso.sharepoint.com/sites/CoP/Shared Documents/Intake/a.xlsx: Intake/a.xlsx is a file, not a folder.")]
    public async Task A_folder_that_cannot_be_found_says_what_is_missing(string address, string message)
    {
        await using var harness = await Harness.StartAsync();
        harness.SharePoint.Put(harness.Documents, "Intake/a.xlsx", "a");

        var error = await Assert.ThrowsAnyAsync<StoreException>(() => harness.Store(address).ResolveAsync());

        Assert.Equal(message, error.Message);
    }
}
