using CopOffice.Questionnaires;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace CopOffice.Service.Submissions;

/// <summary>
/// Records in a workbook who handed it in (<see cref="SubmitterProperty"/>), replacing whatever the upload
/// carried under that name, so that the intake, the ledger and the delivery of personal workbooks can rely on
/// the sign-in rather than on what was typed. Without a submitter (development mode) any such property is removed.
/// </summary>
public static class SubmitterStamp
{
    // The format id Office gives user-defined custom properties.
    private const string UserDefined = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static byte[] Apply(byte[] workbook, string? submitter)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        buffer.Position = 0;
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var part = document.CustomFilePropertiesPart;
            if (part is null && submitter is null) return workbook;
            part ??= document.AddCustomFilePropertiesPart();
            var properties = part.Properties ??= new Properties();
            foreach (var forged in properties.Elements<CustomDocumentProperty>().Where(p => p.Name?.Value == SubmitterProperty.Name).ToList())
                forged.Remove();
            if (submitter is not null)
            {
                var id = properties.Elements<CustomDocumentProperty>().Select(p => p.PropertyId?.Value ?? 1).DefaultIfEmpty(1).Max() + 1;
                properties.AppendChild(new CustomDocumentProperty { FormatId = UserDefined, PropertyId = id, Name = SubmitterProperty.Name, VTLPWSTR = new VTLPWSTR(submitter) });
            }
            properties.Save();
        }
        return buffer.ToArray();
    }
}
