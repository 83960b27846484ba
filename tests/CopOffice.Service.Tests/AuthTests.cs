using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CopOffice.Service.Tests;

/// <summary>
/// Entra ID bearer tokens through the real JwtBearer handler (8.0.34, on the .NET 10 shared framework),
/// app roles from the "roles" claim, and development mode's localhost-only rule.
/// </summary>
public sealed class AuthTests
{
    private static readonly object Check = new { kind = "value-survey", version = 1, answers = new { } };

    private static async Task<HttpResponseMessage> Me(ServiceFactory factory, string? token)
    {
        var client = factory.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/me");
    }

    [Fact]
    public async Task A_valid_token_signs_the_caller_in_with_their_email_and_app_roles()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory(f => f.Settings["CopOffice:Coordinators:Bo.Chen@contoso.com:0"] = "Data Science");
        var response = await Me(factory, tokens.For("Bo.Chen@contoso.com", "Member", "Coordinator"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.ReadJson();
        Assert.Equal("bo.chen@contoso.com", me.Str("email"));
        Assert.Equal(["Coordinator", "Member"], me.Strings("roles"));
        Assert.False(me.GetProperty("development").GetBoolean());
        Assert.Equal(["Data Science"], me.Strings("communities"));
    }

    [Fact]
    public async Task The_api_audience_is_accepted_as_application_id_uri_too()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        Assert.Equal(HttpStatusCode.OK, (await Me(factory, tokens.ForAudience(TestTokens.Audience, "ana@contoso.com", "Member"))).StatusCode);
    }

    [Fact]
    public async Task Missing_expired_foreign_or_misaddressed_tokens_get_a_sign_in_problem()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        foreach (var token in new[] { null, tokens.Expired("ana@contoso.com", "Member"), TestTokens.SignedByStranger("ana@contoso.com", "Member"),
                     tokens.ForAudience("api://someone-else", "ana@contoso.com", "Member"), "not-a-token" })
        {
            var response = await Me(factory, token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var problem = await response.ReadJson();
            Assert.Equal("Sign-in needed", problem.Str("title"));
            Assert.Equal("Sign in to CopOffice: the request carried no valid Microsoft Entra ID token for this service (open the add-in again to sign in).", problem.Str("detail"));
        }
    }

    [Fact]
    public async Task A_token_without_a_copoffice_role_is_forbidden_with_the_roles_named()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var response = await Me(factory, tokens.For("guest@contoso.com"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Your account lacks the CopOffice role this needs (Member, Coordinator, Sponsor). Ask your CopOffice administrator to assign it to you.",
            (await response.ReadJson()).Str("detail"));
    }

    [Fact]
    public async Task Without_development_mode_no_request_is_let_in_unauthenticated_even_from_this_computer()
    {
        var tokens = new TestTokens();
        using var factory = tokens.Factory();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/answers/validate", Check);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Development_mode_admits_this_computer_with_every_role()
    {
        using var factory = new DevServiceFactory();
        var me = await (await Me(factory, null)).ReadJson();
        Assert.True(me.GetProperty("development").GetBoolean());
        Assert.Equal(["Coordinator", "Member", "Sponsor"], me.Strings("roles"));
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("192.168.1.20")]
    [InlineData("::ffff:10.0.0.5")]
    public async Task Development_mode_refuses_other_computers(string address)
    {
        using var factory = new DevServiceFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ServiceFactory.RemoteAddressHeader, address);
        var response = await client.PostAsJsonAsync("/api/answers/validate", Check);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadJson();
        Assert.Equal("Development mode is for this computer only", problem.Str("title"));
        Assert.Equal("This CopOffice server runs in development mode, which accepts unauthenticated requests from its own computer only. Use it from that computer, or sign in with a Microsoft Entra ID token.",
            problem.Str("detail"));
    }

    [Fact]
    public async Task Development_mode_accepts_ipv6_loopback()
    {
        using var factory = new DevServiceFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ServiceFactory.RemoteAddressHeader, "::1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_service_does_not_start_without_sign_in_settings_unless_in_development_mode()
    {
        var error = StartFailure.Of<CopOffice.Service.Hosting.ServiceConfigurationException>(() => new ServiceFactory(dev: false));
        Assert.Equal("Sign-in is not configured: set CopOffice:Auth:Authority (e.g. https://login.microsoftonline.com/{tenant-id}/v2.0) and CopOffice:Auth:Audience (the API's application id URI), or run `copoffice serve --dev` on this computer only.",
            error.Message);
    }
}
