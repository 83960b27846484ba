using System.Globalization;

namespace CopOffice.Intake;

/// <summary>
/// How much the intake reads of one file before it gives up on it: a bound on what a malicious or
/// broken file (a zip bomb, a runaway export) can cost. A filled template is tens of kilobytes; a
/// Forms export of 100,000 responses some tens of megabytes. Every rejection names the limit it hit.
/// </summary>
public sealed record IntakeLimits
{
    private const long Megabyte = 1024 * 1024;

    public static IntakeLimits Default { get; } = new();

    /// <summary>The largest file read, as stored (compressed).</summary>
    public long MaxFileBytes { get; init; } = 100 * Megabyte;

    /// <summary>
    /// The most a workbook may unpack to: the sum of its zip entries' sizes. Reading streams, so this
    /// bounds time rather than memory: a 100,000-row Forms export unpacks to about 400 MB.
    /// </summary>
    public long MaxUnpackedBytes { get; init; } = 1024 * Megabyte;

    /// <summary>
    /// How many times its stored size a part may unpack to, for parts above <see cref="RatioCheckedFromBytes"/>.
    /// Worksheet XML packs 5 to 30 times; a zip bomb, a run of zeros, packs a thousand times and more.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Parts smaller than this unpacked are not checked for their ratio: tiny parts pack oddly.</summary>
    public long RatioCheckedFromBytes { get; init; } = 1 * Megabyte;

    /// <summary>The most parts (zip entries) a workbook may have.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>The most any one part (a sheet, a drawing) may unpack to.</summary>
    public long MaxPartBytes { get; init; } = 1024 * Megabyte;

    /// <summary>
    /// The most the shared strings part may unpack to: ExcelDataReader holds every shared string in memory
    /// while it reads the workbook. A 100,000-row Forms export's are some tens of megabytes.
    /// </summary>
    public long MaxSharedStringsBytes { get; init; } = 256 * Megabyte;

    /// <summary>The most xl/workbook.xml (the sheet list and the defined names, all held in memory) may unpack to.</summary>
    public long MaxWorkbookPartBytes { get; init; } = 16 * Megabyte;

    /// <summary>
    /// The limits for one workbook a person uploads to the service: a filled template is tens of kilobytes,
    /// its shared strings a few, its defined names some hundreds. Several uploads are read at once, so each
    /// is held to a small fraction of the service's memory.
    /// </summary>
    public static IntakeLimits Upload { get; } = new()
    {
        MaxFileBytes = 10 * Megabyte,
        MaxUnpackedBytes = 64 * Megabyte,
        MaxZipEntries = 1_000,
        MaxPartBytes = 32 * Megabyte,
        MaxSharedStringsBytes = 8 * Megabyte,
        MaxWorkbookPartBytes = 1 * Megabyte,
    };

    /// <summary>
    /// How many bytes of downloaded files (their stored size) may wait in memory at once to be judged. Downloads
    /// run ahead of judging, many at a time across a network; this keeps a library of large exports from piling
    /// up in memory. A file larger than this is read alone.
    /// </summary>
    public long MaxBytesWaiting { get; init; } = 256 * Megabyte;

    /// <summary>A size as people read it: "200 MB", "1.5 MB", "640 KB", "12 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= Megabyte => $"{Round(bytes / (double)Megabyte)} MB",
        >= 1024 => $"{Round(bytes / 1024.0)} KB",
        1 => "1 byte",
        _ => $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes",
    };

    private static string Round(double value) => Math.Round(value, 1).ToString("#,##0.#", CultureInfo.InvariantCulture);
}
