using CopOffice.Intake;
using CopOffice.Service.Hosting;
using Microsoft.Net.Http.Headers;

namespace CopOffice.Service.Uploads;

/// <summary>The two container formats an Excel workbook comes in.</summary>
public enum WorkbookFormat
{
    /// <summary>.xlsx / .xlsm: a zip package.</summary>
    OpenXml,
    /// <summary>.xls (and password-protected workbooks): an OLE compound file.</summary>
    Ole,
}

/// <summary>A workbook received in a request: its bytes, a file name for messages, and its container format.</summary>
public sealed record WorkbookUpload(string FileName, byte[] Content, WorkbookFormat Format)
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, WorkbookFormat?> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = WorkbookFormat.OpenXml,
        ["application/vnd.ms-excel.sheet.macroEnabled.12"] = WorkbookFormat.OpenXml,
        ["application/vnd.ms-excel"] = WorkbookFormat.Ole,
        // A generic binary body is judged by its first bytes alone.
        ["application/octet-stream"] = null,
    };

    private const string Accepted = "an Excel workbook (.xlsx, .xlsm or .xls) as the request body (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream), or as the one file of a multipart/form-data upload";

    /// <summary>
    /// Reads the workbook from the request: the body itself, or the one file of a multipart form. The size
    /// limit is enforced while reading (a lying or missing Content-Length does not get past it), the declared
    /// type must be a workbook type, and the first bytes must be a zip package or an OLE file as that type says.
    /// </summary>
    public static async Task<(WorkbookUpload? Upload, IResult? Problem)> ReadAsync(HttpRequest request, UploadSettings limits, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > 0 and var length && length > limits.MaxBytes) return (null, TooLarge(limits));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
            return (null, Unsupported($"The request has no Content-Type. Send {Accepted}."));

        string? fileName = request.Query["name"];
        Stream body = request.Body;
        string contentType = mediaType.MediaType.Value ?? "";
        if (contentType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count != 1)
                return (null, Problems.Of(StatusCodes.Status400BadRequest, "One workbook expected",
                    $"The form holds {form.Files.Count} files; send exactly one workbook."));
            var file = form.Files[0];
            if (file.Length > limits.MaxBytes) return (null, TooLarge(limits));
            fileName ??= file.FileName;
            contentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var fileType) ? fileType.MediaType.Value ?? "" : "";
            body = file.OpenReadStream();
        }
        if (!ContentTypes.TryGetValue(contentType, out var declared))
            return (null, Unsupported($"\"{contentType}\" is not a workbook type. Send {Accepted}."));

        var content = await ReadBoundedAsync(body, limits.MaxBytes, cancellationToken);
        if (content is null) return (null, TooLarge(limits));
        if (content.Length == 0)
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "No workbook", $"The request is empty. Send {Accepted}."));

        WorkbookFormat? actual = content.AsSpan().StartsWith(ZipSignature) ? WorkbookFormat.OpenXml
            : content.AsSpan().StartsWith(OleSignature) ? WorkbookFormat.Ole
            : null;
        if (actual is null)
            return (null, Unsupported("The file is not an Excel workbook: it starts neither like an .xlsx file (a zip package) nor like an .xls file. Open it in Excel, save it as an Excel Workbook (.xlsx) and send that."));
        if (declared is not null && declared != actual)
            return (null, Unsupported($"The request says \"{contentType}\" but the file is {(actual == WorkbookFormat.OpenXml ? "an .xlsx-style zip package" : "an .xls-style OLE file")}. Send the file with its own content type, or as application/octet-stream."));

        return (new WorkbookUpload(SafeName(fileName, actual.Value), content, actual.Value), null);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>A file name fit for messages and the intake reader: no folders, no control characters, a workbook extension.</summary>
    public static string SafeName(string? name, WorkbookFormat format)
    {
        var plain = Path.GetFileName((name ?? "").Replace('\\', '/'));
        plain = new string([.. plain.Where(c => !char.IsControl(c) && c != '/' && c != ':')]).Trim();
        if (plain.Length > 120) plain = plain[..120];
        if (plain.Length == 0 || plain.StartsWith('.')) plain = "workbook" + plain;
        var extension = Path.GetExtension(plain).ToLowerInvariant();
        var fits = format == WorkbookFormat.OpenXml ? extension is ".xlsx" or ".xlsm" : extension == ".xls";
        return fits ? plain : plain + (format == WorkbookFormat.OpenXml ? ".xlsx" : ".xls");
    }

    private static IResult TooLarge(UploadSettings limits) => Problems.Of(StatusCodes.Status413PayloadTooLarge, "Workbook too large",
        $"The workbook is larger than {IntakeLimits.Describe(limits.MaxBytes)}, the most this service accepts. A filled CopOffice template is well under 1 MB: remove pictures or extra sheets, or start again from the template.");

    private static IResult Unsupported(string detail) => Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Not an Excel workbook", detail);
}
