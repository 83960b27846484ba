using System.Diagnostics;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace CopOffice.Intake.Probing;

/// <summary>
/// Tells an exception a damaged file causes from a bug in CopOffice. Damage shows as a broken zip,
/// malformed XML, a stream that ends early, or anything ExcelDataReader throws while it parses the
/// file (a damaged .xls can make it fail in any way); an exception thrown by CopOffice's own code is
/// a bug and is not explained away.
/// </summary>
internal static class DamagedFile
{
    private static readonly System.Reflection.Assembly Parser = typeof(IExcelDataReader).Assembly;
    private static readonly System.Reflection.Assembly Ours = typeof(DamagedFile).Assembly;

    public static bool Explains(Exception e)
    {
        if (e is InvalidDataException or XmlException or EndOfStreamException or DecoderFallbackException or ExcelReaderException) return true;
        // The frame nearest the throw that is not the runtime's decides whose code failed.
        foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly == Parser) return true;
            if (assembly == Ours) return false;
        }
        return false;
    }

    public static string Reason(Exception e) =>
        $"The workbook is damaged and cannot be read ({e.Message.TrimEnd('.')}). Open it in Excel and save it again; if Excel cannot open it either, fill in a fresh copy of the template.";
}
