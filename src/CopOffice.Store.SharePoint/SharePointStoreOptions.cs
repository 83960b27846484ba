using System.Globalization;
using CopOffice.Store.SharePoint.Configuration;
using Microsoft.Extensions.Configuration;

namespace CopOffice.Store.SharePoint;

/// <summary>How the SharePoint store lists, downloads and uploads. Read from <c>Graph:*</c> with <see cref="From"/>.</summary>
public sealed record SharePointStoreOptions
{
    /// <summary>SharePoint accepts upload-session slices in multiples of 320 KiB.</summary>
    public const int SliceUnit = 320 * 1024;

    /// <summary>Files up to this size are uploaded in one PUT; larger ones through an upload session.</summary>
    public long LargeUploadThreshold { get; init; } = 4 * 1024 * 1024;

    /// <summary>The size of one upload-session slice.</summary>
    public int UploadChunkSize { get; init; } = 10 * SliceUnit;

    /// <summary>Children per page when a folder is listed in full.</summary>
    public int PageSize { get; init; } = 200;

    /// <summary>
    /// Downloads in flight at once during a run (Graph:MaxConcurrentDownloads): a download waits on the network,
    /// not on a core. Sixteen stays well inside SharePoint's throttling limits for one app.
    /// </summary>
    public int MaxConcurrentDownloads { get; init; } = 16;

    /// <summary>Tries of one download whose connection drops, before the file is given up.</summary>
    public int DownloadAttempts { get; init; } = 3;

    /// <summary>Resumes of an upload (session or single PUT) whose connection drops, before the publish fails.</summary>
    public int UploadAttempts { get; init; } = 3;

    /// <summary>The pause before trying again after a dropped connection, times the number of the try.</summary>
    public TimeSpan RetryPause { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where the incremental state (delta link and versions) is kept; null: list in full every time.</summary>
    public string? StateFolder { get; init; } = DefaultStateFolder;

    /// <summary>The per-user local data folder's CopOffice/state, else .copoffice/state in the working folder.</summary>
    public static string DefaultStateFolder
    {
        get
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(local)
                ? Path.GetFullPath(Path.Combine(".copoffice", "state"))
                : Path.Combine(local, "CopOffice", "state");
        }
    }

    /// <summary>Graph:StateFolder, Graph:MaxConcurrentDownloads, Graph:LargeUploadThresholdBytes, Graph:UploadChunkBytes.</summary>
    public static SharePointStoreOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphSettings.Section);
        var options = new SharePointStoreOptions();
        if (section["StateFolder"] is { Length: > 0 } state)
            options = options with { StateFolder = state.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Path.GetFullPath(state) };
        if (section["MaxConcurrentDownloads"] is { Length: > 0 } downloads)
            options = options with { MaxConcurrentDownloads = (int)Number("MaxConcurrentDownloads", downloads, 1, 64) };
        if (section["LargeUploadThresholdBytes"] is { Length: > 0 } threshold)
            options = options with { LargeUploadThreshold = Number("LargeUploadThresholdBytes", threshold, 1, 250L * 1024 * 1024) };
        if (section["UploadChunkBytes"] is { Length: > 0 } chunk)
        {
            var size = Number("UploadChunkBytes", chunk, SliceUnit, 60L * 1024 * 1024);
            if (size % SliceUnit != 0)
                throw new GraphConfigurationException($"{GraphSettings.Section}:UploadChunkBytes '{chunk}' must be a multiple of {SliceUnit} (320 KiB), as SharePoint requires.");
            options = options with { UploadChunkSize = (int)size };
        }
        return options;
    }

    private static long Number(string key, string value, long min, long max)
    {
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            throw new GraphConfigurationException($"{GraphSettings.Section}:{key} '{value}' must be a whole number from {min} to {max}.");
        return number;
    }
}
