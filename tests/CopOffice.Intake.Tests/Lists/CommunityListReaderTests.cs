using CopOffice.Intake.Lists;
using CopOffice.Intake.Tests.Forms;

namespace CopOffice.Intake.Tests.Lists;

public sealed class CommunityListReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("communities-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(params object?[][] rows)
    {
        var path = Path.Combine(_dir, "communities.csv");
        File.WriteAllBytes(path, SheetFiles.Csv(rows));
        return path;
    }

    [Fact]
    public void The_coordinator_column_names_each_communitys_coordinators()
    {
        var path = Write(
            ["Community", "Organisational unit", "Coordinators"],
            ["Data Science", "Operations", "Ada@Contoso.com; grace@contoso.com,ada@contoso.com"],
            ["Field Service", "Finance", null]);

        var lists = CommunityListReader.Read(path);

        Assert.Equal(["Data Science", "Field Service"], lists.Communities);
        Assert.Equal(["ada@contoso.com", "grace@contoso.com"], lists.CoordinatorsOf("data science"));
        Assert.Empty(lists.CoordinatorsOf("Field Service"));
    }

    [Fact]
    public void A_coordinator_that_is_no_address_stops_the_list_with_its_row()
    {
        var path = Write(["Community", "Coordinator"], ["Data Science", "Ada Lovelace"]);

        var error = Assert.Throws<InputFileException>(() => CommunityListReader.Read(path));

        Assert.Equal("communities.csv, row 2: \"Ada Lovelace\" in the Coordinator column is not an email address (name@example.com).", error.Message);
    }
}
