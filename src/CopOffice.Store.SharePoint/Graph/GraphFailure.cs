using System.Net;
using Azure.Identity;
using CopOffice.Store.SharePoint.Configuration;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CopOffice.Store.SharePoint.Graph;

/// <summary>
/// Turns what Graph, the network or sign-in threw into a reason a person can act on, with every secret
/// redacted. Anything else is not a failure of SharePoint but a bug: <see cref="Reason"/> returns null
/// and the caller lets it fly.
/// </summary>
internal static class GraphFailure
{
    public static string? Reason(Exception exception, GraphSettings settings)
    {
        var reason = exception switch
        {
            GraphConfigurationException e => e.Message,
            TimeoutException e => e.Message.TrimEnd('.'),
            AggregateException { InnerExceptions: var inner } when inner.LastOrDefault() is ApiException last =>
                $"Microsoft Graph still answered {Status(last.ResponseStatusCode)} after {settings.MaxRetries} retries that waited as its Retry-After asked ({GraphSettings.Section}:MaxRetries); try again later",
            ODataError e => Answer(e.ResponseStatusCode, e.Error?.Code, e.Error?.Message, settings),
            ApiException e => Answer(e.ResponseStatusCode, null, null, settings),
            AuthenticationFailedException or CredentialUnavailableException =>
                $"signing in with the {settings.Credential.Id()} credential failed: {FirstLine(exception.Message)}",
            HttpRequestException { StatusCode: null } e => $"could not reach {e.Data["host"] ?? "Microsoft Graph"}: {FirstLine(e.Message)}",
            HttpRequestException e => Answer((int)e.StatusCode!.Value, null, null, settings),
            IOException and not StoreException => $"the connection dropped ({FirstLine(exception.Message)})",
            _ => null,
        };
        return reason is null ? null : settings.Redact(reason);
    }

    /// <summary>The HTTP status of a Graph error, when there is one.</summary>
    public static int? StatusCode(Exception exception) => exception switch
    {
        ApiException e => e.ResponseStatusCode,
        HttpRequestException { StatusCode: { } status } => (int)status,
        AggregateException { InnerExceptions: var inner } when inner.LastOrDefault() is ApiException last => last.ResponseStatusCode,
        _ => null,
    };

    /// <summary>A dropped or refused connection: worth one more try.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException { StatusCode: null } || (exception is IOException && exception is not StoreException);

    private static string Answer(int status, string? code, string? message, GraphSettings settings)
    {
        var detail = string.Join(": ", new[] { code, message }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var answered = $"Microsoft Graph answered {Status(status)}" + (detail.Length > 0 ? $" ({detail})" : "");
        return status switch
        {
            401 => $"{answered}: the credential was refused; check {GraphSettings.Section}:TenantId, {GraphSettings.Section}:ClientId and the secret, certificate or token, and that the token was issued for {settings.Host}",
            403 => $"{answered}: the app may not do this here; it needs Sites.Selected with access granted to this site, or Sites.ReadWrite.All (see src/CopOffice.Store.SharePoint/README.md)",
            404 => $"{answered}: not found",
            429 or 503 or 504 => $"{answered}: SharePoint is throttling or busy; try again later",
            507 => $"{answered}: the library's storage is full",
            _ => answered,
        };
    }

    private static string Status(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status) ? $"{status} {(HttpStatusCode)status}" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
