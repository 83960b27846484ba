using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CopOffice.Service.Tests;

/// <summary>
/// Entra-shaped access tokens signed with a key of the test's own: the service's real JwtBearer handler
/// validates them, with the signing key handed over in place of the tenant's published metadata.
/// </summary>
public sealed class TestTokens
{
    public const string Issuer = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0";
    public const string ApiClientId = "0b7e1d4c-9a2f-4c38-8e61-3f5a2d9c7b10";
    public const string Audience = "api://" + ApiClientId;

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "test-key" };

    /// <summary>A service configured for Entra sign-in (no development mode) that trusts this test's key.</summary>
    public ServiceFactory Factory(Action<ServiceFactory>? configure = null)
    {
        var factory = new ServiceFactory(dev: false) { TestServices = services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, Trust) };
        factory.Settings["CopOffice:Auth:Authority"] = Issuer;
        factory.Settings["CopOffice:Auth:Audience"] = Audience;
        factory.Settings["CopOffice:Communities"] = factory.WriteCommunities("Data Science", "Agile Coaching", "Field Service");
        configure?.Invoke(factory);
        return factory;
    }

    private void Trust(JwtBearerOptions options)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        configuration.SigningKeys.Add(_key);
        options.Configuration = configuration;
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
    }

    /// <summary>An access token as Entra issues it for the API: v2 audience (the client id), app roles in "roles".</summary>
    public string For(string email, params string[] roles) => Create(email, roles, ApiClientId, _key, DateTime.UtcNow.AddHours(1));

    public string Expired(string email, params string[] roles) => Create(email, roles, ApiClientId, _key, DateTime.UtcNow.AddHours(-1));

    public string ForAudience(string audience, string email, params string[] roles) => Create(email, roles, audience, _key, DateTime.UtcNow.AddHours(1));

    /// <summary>A token whose only address is the optional "email" claim, which Entra does not verify.</summary>
    public string WithOnlyEmailClaim(string email, params string[] roles) =>
        WithClaims(Issuer, new() { ["email"] = email, ["roles"] = roles, ["scp"] = "access_as_user", ["tid"] = "11111111-2222-3333-4444-555555555555" });

    public static string SignedByStranger(string email, params string[] roles) =>
        Create(email, roles, ApiClientId, new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "test-key" }, DateTime.UtcNow.AddHours(1));

    private static string Create(string email, string[] roles, string audience, SecurityKey key, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        NotBefore = expires.AddHours(-2),
        IssuedAt = expires.AddHours(-2),
        Expires = expires,
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        Claims = new Dictionary<string, object> { ["preferred_username"] = email, ["roles"] = roles, ["scp"] = "access_as_user", ["tid"] = "11111111-2222-3333-4444-555555555555" },
    });

    /// <summary>A token as the named issuer would sign it (v1's sts.windows.net, another tenant's), with the test's key.</summary>
    public string FromIssuer(string issuer, string upn, params string[] roles) =>
        WithClaims(issuer, new() { ["upn"] = upn, ["roles"] = roles, ["scp"] = "access_as_user" });

    /// <summary>An app-only token: the app's roles, no delegated scope, no person.</summary>
    public string AppOnly(params string[] roles) =>
        WithClaims(Issuer, new() { ["roles"] = roles, ["azp"] = "99999999-0000-0000-0000-000000000000", ["tid"] = "11111111-2222-3333-4444-555555555555" });

    /// <summary>A token for the API with exactly these claims, signed with the test's key.</summary>
    private string WithClaims(string issuer, Dictionary<string, object> claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = ApiClientId,
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        Claims = claims,
    });
}
