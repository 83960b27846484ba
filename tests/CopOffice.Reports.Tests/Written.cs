using CopOffice.Aggregation;

namespace CopOffice.Reports.Tests;

/// <summary>The sample's workbooks, written once for the whole suite (each write costs a ClosedXML save).</summary>
internal static class Written
{
    private static readonly Lazy<ValuePicture> LazyPicture = new(() => Sample.Picture());
    private static readonly Lazy<WrittenWorkbook> LazyOrganisation = new(() =>
        WrittenWorkbook.Write(s => OrganisationReport.Write(Picture.Organisation(Sample.Q4), Sample.Ledger(), Sample.Context, s)));
    private static readonly Dictionary<string, WrittenWorkbook> Books = [];

    public static ValuePicture Picture => LazyPicture.Value;

    public static OrganisationView OrganisationView => Picture.Organisation(Sample.Q4);

    public static WrittenWorkbook Organisation => LazyOrganisation.Value;

    public static WrittenWorkbook Community(string community) => Cached($"community:{community}", () =>
        WrittenWorkbook.Write(s => CommunityReport.Write(Picture.Community(community, Sample.Q4), Sample.Ledger(), Sample.Context, s)));

    public static WrittenWorkbook Member(string email) => Cached($"member:{email}", () =>
        WrittenWorkbook.Write(s => PersonalWorkbook.Write(Picture.Member(email), Sample.Context, s)));

    private static WrittenWorkbook Cached(string key, Func<WrittenWorkbook> write)
    {
        lock (Books)
        {
            if (!Books.TryGetValue(key, out var book)) Books[key] = book = write();
            return book;
        }
    }
}
