namespace CopOffice.Questionnaires;

/// <summary>
/// The layout of a template's very hidden metadata sheet, shared by the writer and the readers:
/// key/value rows (kind, version, generator, and the community a community's own survey was made for) from row 2, then from <see cref="ManifestHeaderRow"/>
/// a manifest of every answer (name, sheet, cell, type, required, label), so that a reader which
/// cannot see defined names can still find the answers.
/// </summary>
public static class TemplateMetadata
{
    public const string SheetName = "Metadata";
    public const int KindRow = 2, VersionRow = 3, GeneratorRow = 4, MadeForRow = 5;
    public const int ManifestHeaderRow = 6;
    public static IReadOnlyList<string> ManifestColumns { get; } = ["name", "sheet", "cell", "type", "required", "label"];
}
