using System.Globalization;
using CopOffice.Store.SharePoint.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Content;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CopOffice.Store.SharePoint.Publishing;

/// <summary>
/// Uploads a file to its final name, replacing an existing one as a new version of the same item:
/// one PUT up to <see cref="SharePointStoreOptions.LargeUploadThreshold"/>, else an upload session in
/// slices. SharePoint commits either only when the last byte has arrived, so a reader sees the previous
/// version until then and never a partial file. (A temporary name renamed over the report with
/// conflictBehavior=replace would not do: SharePoint replaces the item then, and its version history
/// goes with it.) A failed session is resumed from the ranges SharePoint still expects, a bounded number
/// of times, and otherwise cancelled: never left dangling.
/// </summary>
internal sealed class ReportUploader(GraphConnection connection, SharePointStoreOptions options)
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    private IRequestAdapter Adapter => connection.Client.RequestAdapter;

    public Task<DriveItem> UploadAsync(string driveId, string parentId, string name, byte[] content, CancellationToken cancellationToken) =>
        content.Length <= options.LargeUploadThreshold
            ? PutAsync(driveId, parentId, name, content, cancellationToken)
            : UploadInSessionAsync(driveId, parentId, name, content, cancellationToken);

    private async Task<DriveItem> PutAsync(string driveId, string parentId, string name, byte[] content, CancellationToken cancellationToken)
    {
        var url = GraphPaths.ItemByPath(connection.Settings.BaseUrl, driveId, parentId, name) + "/content?@microsoft.graph.conflictBehavior=replace";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A seekable stream of known length: the retry handler may replay it after a 429 or 503.
                return await connection.CallAsync(ct => new ContentRequestBuilder(url, Adapter).PutAsync(new MemoryStream(content, writable: false), cancellationToken: ct), cancellationToken)
                    ?? throw new StoreException("Microsoft Graph accepted the upload but did not return the file.");
            }
            catch (Exception e) when (GraphFailure.IsTransient(e) && attempt < options.UploadAttempts)
            {
                // The PUT replaces the whole file, so sending it again is safe.
                await Task.Delay(options.RetryPause * attempt, cancellationToken);
            }
            catch (Exception e) when (GraphFailure.Reason(e, connection.Settings) is { } reason)
            {
                throw new UploadFailedException(reason, e);
            }
        }
    }

    private async Task<DriveItem> UploadInSessionAsync(string driveId, string parentId, string name, byte[] content, CancellationToken cancellationToken)
    {
        var url = GraphPaths.ItemByPath(connection.Settings.BaseUrl, driveId, parentId, name) + "/createUploadSession";
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
        };
        UploadSession session;
        try
        {
            session = await connection.CallAsync(ct => new CreateUploadSessionRequestBuilder(url, Adapter).PostAsync(body, cancellationToken: ct), cancellationToken)
                ?? throw new StoreException("Microsoft Graph did not open an upload session.");
        }
        catch (Exception e) when (GraphFailure.Reason(e, connection.Settings) is { } reason)
        {
            throw new UploadFailedException(reason, e);
        }
        var uploadUrl = session.UploadUrl ?? throw new UploadFailedException("Microsoft Graph opened an upload session without an upload URL.", new StoreException("no uploadUrl"));

        try
        {
            return await SendSlicesAsync(uploadUrl, content, cancellationToken);
        }
        catch (Exception e)
        {
            // Whatever went wrong, the session must not dangle: cancel it before anything else.
            var cancelled = await CancelAsync(uploadUrl);
            var what = cancelled
                ? "the upload session was cancelled"
                : $"the upload session could not be cancelled either; SharePoint discards it when it expires{(session.ExpirationDateTime is { } expiry ? $" ({expiry:yyyy-MM-dd HH:mm} UTC)" : "")}, and the library shows nothing of it";
            if (e is StoreException) throw new UploadFailedException($"{e.Message.TrimEnd('.')}; {what}", e);
            if (GraphFailure.Reason(e, connection.Settings) is { } reason) throw new UploadFailedException($"{reason}; {what}", e);
            throw; // cancelled by the caller, or a bug in our code
        }
    }

    private async Task<DriveItem> SendSlicesAsync(string uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        long total = content.Length;
        var slices = (total + options.UploadChunkSize - 1) / options.UploadChunkSize;
        var resumes = 0;
        long offset = 0;
        // Bounded: each send either moves on or spends one of the resumes.
        for (var sends = 0; sends < slices * (options.UploadAttempts + 1) + 1; sends++)
        {
            var end = Math.Min(offset + options.UploadChunkSize, total) - 1;
            try
            {
                var answer = await SendSliceAsync(uploadUrl, content, offset, end, cancellationToken);
                if (answer?.Id is not null) return answer; // the last slice: SharePoint committed the file
                offset = end + 1;
                if (offset >= total) throw new StoreException("SharePoint received every byte but did not return the file.");
            }
            catch (Exception e) when (IsResumable(e) && resumes < options.UploadAttempts)
            {
                resumes++;
                await Task.Delay(options.RetryPause * resumes, cancellationToken);
                offset = await NextExpectedAsync(uploadUrl, cancellationToken);
            }
        }
        throw new StoreException($"The upload did not complete after {options.UploadAttempts} resumes.");
    }

    /// <summary>A dropped connection, a range SharePoint did not expect (416), or a server error after the SDK's retries.</summary>
    private static bool IsResumable(Exception e) =>
        GraphFailure.IsTransient(e) || GraphFailure.StatusCode(e) is 416 or >= 500;

    private Task<DriveItem?> SendSliceAsync(string uploadUrl, byte[] content, long start, long end, CancellationToken cancellationToken)
    {
        // The upload URL is pre-authenticated and on a SharePoint host: the auth provider's allowed hosts keep the token off it.
        var request = new RequestInformation { HttpMethod = Method.PUT, URI = new Uri(uploadUrl) };
        request.Headers.Add("Content-Range", $"bytes {start}-{end}/{content.Length}");
        request.SetStreamContent(new MemoryStream(content, (int)start, (int)(end - start + 1), writable: false), "application/octet-stream");
        return connection.CallAsync(ct => Adapter.SendAsync(request, DriveItem.CreateFromDiscriminatorValue, ErrorMapping, ct), cancellationToken);
    }

    /// <summary>Where SharePoint wants the upload to go on: the start of its first expected range.</summary>
    private async Task<long> NextExpectedAsync(string uploadUrl, CancellationToken cancellationToken)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(uploadUrl) };
        var status = await connection.CallAsync(ct => Adapter.SendAsync(request, UploadSession.CreateFromDiscriminatorValue, ErrorMapping, ct), cancellationToken);
        var range = status?.NextExpectedRanges?.FirstOrDefault()
            ?? throw new StoreException("SharePoint reports no byte ranges left to upload, yet the upload did not complete.");
        return long.Parse(range.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Cancels the session (DELETE on its URL) with its own deadline, even when the caller was cancelled.</summary>
    private async Task<bool> CancelAsync(string uploadUrl)
    {
        try
        {
            var request = new RequestInformation { HttpMethod = Method.DELETE, URI = new Uri(uploadUrl) };
            await connection.CallAsync(ct => Adapter.SendNoContentAsync(request, ErrorMapping, ct), CancellationToken.None);
            return true;
        }
        catch (Exception e) when (GraphFailure.Reason(e, connection.Settings) is not null)
        {
            return false;
        }
    }
}
