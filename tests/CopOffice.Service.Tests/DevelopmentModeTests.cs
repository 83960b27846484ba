using System.Net;
using System.Net.Http.Json;
using CopOffice.Service.Hosting;

namespace CopOffice.Service.Tests;

/// <summary>Development mode opens the service to whoever reaches it as a developer: it must hold only on the developer's computer.</summary>
public sealed class DevelopmentModeTests
{
    private static readonly object Check = new { kind = "ValueSurvey", answers = new Dictionary<string, string>() };

    [Fact]
    public void The_dev_setting_in_configuration_stops_the_service_instead_of_turning_development_mode_on()
    {
        var error = StartFailure.Of<ServiceConfigurationException>(() => new TestTokens().Factory(f => f.Settings["CopOffice:Dev"] = "true"));
        Assert.Equal("CopOffice:Dev is set (in a settings file or as CopOffice__Dev in the environment), but development mode is turned on only by `copoffice serve --dev`. Remove the setting.",
            error.Message);
    }

    [Fact]
    public void Development_mode_refuses_any_environment_but_development()
    {
        var error = StartFailure.Of<ServiceConfigurationException>(() => new ServiceFactory(dev: true) { EnvironmentName = "Production" });
        Assert.Equal("`--dev` runs only in the Development environment, and this one is \"Production\" (ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT). Unset it, or run without --dev.",
            error.Message);
    }

    [Fact]
    public void Development_mode_refuses_to_run_where_sign_in_is_configured()
    {
        var error = StartFailure.Of<ServiceConfigurationException>(() =>
        {
            var factory = new ServiceFactory(dev: true);
            factory.Settings["CopOffice:Auth:Authority"] = TestTokens.Issuer;
            factory.Settings["CopOffice:Auth:ClientId"] = TestTokens.ApiClientId;
            return factory;
        });
        Assert.Equal("`--dev` signs nobody in, and sign-in is configured (CopOffice:Auth:Authority, CopOffice:Auth:ClientId): this looks like a real deployment. Run without --dev, or remove those settings on a developer's computer.",
            error.Message);
    }

    [Theory]
    [InlineData("copoffice.contoso.com")]
    [InlineData("rebound.attacker.example:5000")]
    [InlineData("192.168.1.20:3000")]
    public async Task Development_mode_answers_requests_addressed_to_localhost_only(string host)
    {
        using var factory = new DevServiceFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/answers/validate") { Content = JsonContent.Create(Check) };
        request.Headers.Host = host;
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"This CopOffice server runs in development mode, which answers requests addressed to localhost only, and this one was addressed to \"{host}\". Open it as https://localhost:PORT/.",
            (await response.ReadJson()).Str("detail"));
    }

    [Theory]
    [InlineData("localhost:3000")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]:5000")]
    public async Task Development_mode_answers_localhost_by_any_of_its_names(string host)
    {
        using var factory = new DevServiceFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Host = host;
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_from_another_site_lacks_the_task_panes_header_and_is_refused()
    {
        using var factory = new DevServiceFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Remove(DevelopmentMode.Header);
        var response = await client.PostAsync("/api/submissions", new FormUrlEncodedContent([new("file", "x")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("This CopOffice server runs in development mode, which answers the task pane only: the request lacks the X-CopOffice-Client header the task pane sends.",
            (await response.ReadJson()).Str("detail"));
    }

    [Fact]
    public async Task A_reverse_proxy_on_this_computer_reaching_a_network_address_is_not_a_developer()
    {
        using var factory = new DevServiceFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ServiceFactory.LocalAddressHeader, "192.168.1.20");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public void Development_mode_refuses_to_listen_beyond_this_computer()
    {
        DevelopmentMode.Enabled.CheckListening(["http://127.0.0.1:5000", "https://localhost:3000", "http://[::1]:5000"]);
        var error = Assert.Throws<ServiceConfigurationException>(() =>
            DevelopmentMode.Enabled.CheckListening(["http://127.0.0.1:5000", "http://[::]:5000", "http://0.0.0.0:5001", "http://copoffice.local:80"]));
        Assert.Equal("`--dev` listens on this computer only, and http://[::]:5000, http://0.0.0.0:5001, http://copoffice.local:80 can be reached from other computers. Use --urls with localhost or 127.0.0.1 (e.g. https://localhost:3000).",
            error.Message);
        DevelopmentMode.Disabled.CheckListening(["http://0.0.0.0:80"]);
    }
}
