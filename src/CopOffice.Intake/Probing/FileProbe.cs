using System.IO.Compression;
using CopOffice.Intake.Spreadsheets;

namespace CopOffice.Intake.Probing;

/// <summary>What the probe found: a format to read the file as, or why it cannot be read at all.</summary>
internal sealed record Probe(SpreadsheetFormat Format, string? Rejection)
{
    public static Probe Readable(SpreadsheetFormat format) => new(format, null);
    public static Probe Reject(string reason) => new(default, reason);
}

/// <summary>
/// Looks at a file's bytes before any parser does: an empty file, something that is no spreadsheet
/// whatever its name, a damaged zip, a password-protected workbook or a zip bomb is turned away here
/// with a reason a member can act on, so that parsers only ever see plausible workbooks.
/// </summary>
internal static class FileProbe
{
    private const int TextSample = 8192;
    public const string PasswordProtected =
        "The workbook is password-protected: remove the password and save again (in Excel: File › Info › Protect Workbook › Encrypt with Password, clear the password), then send it again.";

    private static ReadOnlySpan<byte> ZipSignature => "PK"u8;

    public static string Empty => "The file is empty (0 bytes): it was not saved completely or its upload failed. Save it again in Excel and send it again.";

    public static string TooLarge(long? size, IntakeLimits limits) =>
        $"The file is {(size is { } s ? $"{IntakeLimits.Describe(s)}, more than" : "larger than")} the {IntakeLimits.Describe(limits.MaxFileBytes)} CopOffice reads of one file: a filled template or a Forms export is far smaller. Check that this is the right file.";

    /// <summary>Inspects <paramref name="stream"/> (seekable, from its start); leaves it at position 0.</summary>
    public static Probe Inspect(Stream stream, string fileName, IntakeLimits limits)
    {
        try
        {
            if (stream.Length == 0) return Probe.Reject(Empty);
            var head = new byte[Math.Min(TextSample, stream.Length)];
            stream.Position = 0;
            stream.ReadExactly(head);
            if (head.AsSpan().StartsWith(ZipSignature)) return Package(stream, limits);
            if (head.AsSpan().StartsWith(CompoundFile.Signature)) return Compound(stream);
            return Text(head, fileName);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static Probe Package(Stream stream, IntakeLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxZipEntries)
                return Probe.Reject($"The workbook has {entries.Count:N0} parts, more than the {limits.MaxZipEntries:N0} CopOffice reads of one file (a guard against zip bombs): no filled template or Forms export has that many. Check that this is the right file.");
            // The runtime never unpacks an entry beyond the size its header declares, so the declared
            // sizes bound what any reader of this file (ours or ExcelDataReader) can unpack.
            long unpacked = 0;
            foreach (var entry in entries)
            {
                unpacked += entry.Length;
                var (holds, cap) = PartCap(entry.FullName, limits);
                if (entry.Length > cap)
                    return Probe.Reject($"The workbook's {holds} ({entry.FullName}) would unpack to {IntakeLimits.Describe(entry.Length)}, more than the {IntakeLimits.Describe(cap)} CopOffice reads of one part: "
                        + "no filled template or Forms export has that much. Check that this is the right file.");
                if (entry.Length >= limits.RatioCheckedFromBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                    return Probe.Reject($"The workbook's part {entry.FullName} would unpack to {IntakeLimits.Describe(entry.Length)} from {IntakeLimits.Describe(entry.CompressedLength)}, "
                        + $"more than {limits.MaxCompressionRatio} times its packed size (a guard against zip bombs): real workbooks pack far less tightly. Check that this is the right file.");
            }
            if (unpacked > limits.MaxUnpackedBytes)
                return Probe.Reject($"The workbook would unpack to {IntakeLimits.Describe(unpacked)}, more than the {IntakeLimits.Describe(limits.MaxUnpackedBytes)} CopOffice reads of one file (a guard against zip bombs): no filled template or Forms export is that large. Check that this is the right file.");
            if (zip.GetEntry("xl/workbook.xml") is not null) return Probe.Readable(SpreadsheetFormat.OpenXml);
            if (zip.GetEntry("xl/workbook.bin") is not null)
                return Probe.Reject("This is an Excel Binary Workbook (.xlsb), which CopOffice does not read: open it in Excel and save it as an Excel Workbook (.xlsx).");
            var what = zip.GetEntry("word/document.xml") is not null ? "a Word document"
                : zip.GetEntry("ppt/presentation.xml") is not null ? "a PowerPoint presentation"
                : "a zip archive";
            return Probe.Reject($"This is {what}, not an Excel workbook. Send the filled Excel workbook (.xlsx) instead.");
        }
        catch (InvalidDataException e)
        {
            return Probe.Reject($"The file is damaged: it is a zip package, as .xlsx workbooks are, but truncated or corrupt ({Detail(e)}). Save the workbook again in Excel, or upload it again if the copy was cut short.");
        }
    }

    /// <summary>
    /// What a part holds, as a member would call it, and the most it may unpack to. Parts are told by name
    /// as Excel writes them (part names ignore case); any other part holds to the general cap.
    /// </summary>
    private static (string What, long Cap) PartCap(string name, IntakeLimits limits)
    {
        var file = name[(name.LastIndexOf('/') + 1)..];
        if (file.Equals("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) return ("shared strings", Math.Min(limits.MaxSharedStringsBytes, limits.MaxPartBytes));
        if (file.Equals("workbook.xml", StringComparison.OrdinalIgnoreCase)) return ("sheet list and defined names", Math.Min(limits.MaxWorkbookPartBytes, limits.MaxPartBytes));
        if (name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)) return ("sheet", limits.MaxPartBytes);
        return ("part", limits.MaxPartBytes);
    }

    private static Probe Compound(Stream stream)
    {
        IReadOnlyList<string> names;
        try
        {
            names = CompoundFile.StreamNames(stream);
        }
        catch (InvalidDataException e)
        {
            return Probe.Reject($"The file is damaged: it is an Office compound file, as .xls workbooks are, but its structure is broken ({Detail(e)}). Open it in Excel and save it as an Excel Workbook (.xlsx).");
        }
        // Excel keeps a password-protected .xlsx as an encrypted package inside a compound file.
        if (names.Contains("EncryptionInfo") || names.Contains("EncryptedPackage")) return Probe.Reject(PasswordProtected);
        if (names.Contains("Workbook") || names.Contains("Book")) return Probe.Readable(SpreadsheetFormat.Binary);
        return Probe.Reject("This is an Office document in the old binary format, but not an Excel workbook (a Word or PowerPoint file?). Send the filled Excel workbook (.xlsx) instead.");
    }

    private static Probe Text(byte[] head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!LooksLikeText(head))
            return Probe.Reject($"This is not a spreadsheet: its content is neither an Excel workbook (.xlsx, .xlsm, .xls) nor text, whatever its name{(extension.Length > 0 ? $" ({extension})" : "")} says. Send the filled Excel workbook (.xlsx) instead.");
        if (extension == ".csv") return Probe.Readable(SpreadsheetFormat.Csv);
        return Probe.Reject($"This file is named {(extension.Length > 0 ? extension : "without an extension")} but holds text, not an Excel workbook (a CSV file or a web page, renamed?). Open it in Excel and save it as an Excel Workbook (.xlsx).");
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return false;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) control++;
        }
        return control * 50 <= head.Length;
    }

    private static string Detail(Exception e) => e.Message.TrimEnd('.');
}
