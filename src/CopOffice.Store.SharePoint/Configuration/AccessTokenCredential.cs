using System.Text;
using System.Text.Json;
using Azure.Core;

namespace CopOffice.Store.SharePoint.Configuration;

/// <summary>
/// A token acquired elsewhere (<c>Graph:Credential token</c>), handed to Graph as is. Its expiry is read
/// from the JWT's "exp" claim when it is one, so Graph's refusal of an expired token is not the only clue.
/// </summary>
internal sealed class AccessTokenCredential(string token) : TokenCredential
{
    private readonly AccessToken _accessToken = new(token, ExpiresOn(token));

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => Check();

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(Check());

    private AccessToken Check()
    {
        if (_accessToken.ExpiresOn <= DateTimeOffset.UtcNow)
            throw new GraphConfigurationException($"{GraphSettings.Section}:AccessToken expired at {_accessToken.ExpiresOn:yyyy-MM-dd HH:mm} UTC: acquire a new one.");
        return _accessToken;
    }

    private static DateTimeOffset ExpiresOn(string token)
    {
        var parts = token.Split('.');
        if (parts.Length == 3)
        {
            try
            {
                var payload = parts[1].Replace('-', '+').Replace('_', '/');
                payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
                using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
                if (json.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds))
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
            catch (Exception e) when (e is FormatException or JsonException) { }
        }
        // Not a JWT we can read: Graph will say when it is no longer valid.
        return DateTimeOffset.MaxValue;
    }
}
