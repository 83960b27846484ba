using CopOffice.Service.Hosting;

namespace CopOffice.Service.Tests;

/// <summary>Settings the service will not run without: it stops at start with the setting to change.</summary>
public sealed class StartupTests
{
    [Fact]
    public void The_service_does_not_start_without_a_list_of_communities()
    {
        var error = StartFailure.Of<ServiceConfigurationException>(() => new TestTokens().Factory(f => f.Settings.Remove("CopOffice:Communities")));
        Assert.Equal("CopOffice:Communities is not set: the service checks each submission's community against the organisation's list of communities (.csv or .xlsx with a \"Community\" column, the one `copoffice templates --communities` took). Set it to that file.",
            error.Message);
    }

    [Fact]
    public async Task With_the_list_a_community_spelled_otherwise_is_not_submitted()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.For("ana.lima@contoso.com", "Member"));
        var response = await client.PostAsync("/api/submissions", WorkbooksApiTests.Body(Workbooks.Survey(Workbooks.ValidSurvey(community: "Data Science?"))));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJson();
        Assert.Equal("Not submitted", problem.Str("title"));
        Assert.Equal("\"Data Science?\" is not a community the organisation knows; did you mean \"Data Science\"? Choose one of: Agile Coaching, Data Science, Field Service.",
            problem.GetProperty("findings")[0].Str("message"));
    }
}
