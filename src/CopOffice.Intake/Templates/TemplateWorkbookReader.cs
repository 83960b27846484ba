using System.Globalization;
using CopOffice.Intake.Spreadsheets;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Templates;

/// <summary>
/// Reads a filled CopOffice template as Excel (desktop or web) saved it. The template is recognised by
/// its very hidden Metadata sheet (kind in B2, version in B3) or the names meta.kind/meta.version;
/// answers are found through the workbook's defined names, which Excel keeps pointing at the right
/// cells when a member inserts rows or renames the answer sheet, and through the Metadata manifest
/// where names cannot be read (.xls) or are missing. Values come from ExcelDataReader's streaming
/// reader as Excel stored them: shared or inline strings, numbers (also typed as text), the cached
/// result of a formula, dates as serials or date-formatted numbers. Judging them is the validator's work.
/// </summary>
internal static class TemplateWorkbookReader
{
    private static readonly CellAddress KindCell = new(TemplateMetadata.KindRow, 2), VersionCell = new(TemplateMetadata.VersionRow, 2);

    // Every name any template uses: the first pass reads them all before the kind is known.
    private static readonly string[] KnownNames =
        [AnswerNames.MetaKind, AnswerNames.MetaVersion, .. Questionnaire.All.SelectMany(q => q.Questions.Concat(q.Retired)).Select(q => q.Name).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// One read item for a template (a raw response, or a rejection naming what is wrong); null when the
    /// workbook carries no CopOffice metadata at all. <paramref name="content"/> is seekable and probed.
    /// </summary>
    public static ReadItem? Read(Stream content, SpreadsheetFormat format, Source source)
    {
        var definitions = format == SpreadsheetFormat.OpenXml ? WorkbookDefinitions.Read(content) : WorkbookDefinitions.None;
        // Decided from workbook.xml alone, so a Forms export is never parsed twice.
        if (format == SpreadsheetFormat.OpenXml && !definitions.HasSheet(TemplateMetadata.SheetName) && !definitions.Names.ContainsKey(AnswerNames.MetaKind))
            return null;

        var named = new Dictionary<string, NameTarget>(StringComparer.OrdinalIgnoreCase);
        var first = new CellRequest();
        first.AddBlock(TemplateMetadata.SheetName, TemplateManifest.MaxRows, TemplateMetadata.ManifestColumns.Count);
        foreach (var name in KnownNames)
        {
            if (definitions.Target(name) is not { } target) continue;
            named[name] = target;
            if (target is NameTarget.Cell cell && definitions.HasSheet(cell.Sheet)) first.Add(cell.Sheet, cell.Address);
        }

        using var reader = SpreadsheetFile.OpenReader(content, format);
        var values = first.Read(reader);
        if (!IsTemplate(values, named)) return null;

        var identity = Identify(values, named, source);
        if (identity.Rejection is not null) return identity.Rejection;
        var (kind, version) = (identity.Kind, identity.Version);
        // A newer template may name and place its answers differently: the validator rejects it for its version alone.
        if (version > Questionnaire.For(kind).Version || version < 1)
            return ReadItem.Read(new RawResponse(kind, version, source, new Dictionary<string, RawAnswer>()));
        // What this template asked: its version's questions, and its community's own indicators where it was made for one.
        var questionnaire = Questionnaire.For(kind, MadeFor(values), version);

        var manifest = TemplateManifest.Read(values);
        var places = Place(questionnaire, named, manifest, values);
        if (places.MissingSheet is { } missing) return ReadItem.Reject(source, missing.Reason, source.Location with { Sheet = missing.Sheet });

        // Cells found only through the manifest were not in the first pass: read them in a second.
        var second = new CellRequest();
        foreach (var (_, (sheet, address)) in places.Cells)
            if (!first.Covers(sheet, address)) second.Add(sheet, address);
        var more = second.IsEmpty ? null : second.Read(reader);

        var answers = new Dictionary<string, RawAnswer>(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            if (places.Cells.TryGetValue(question.Name, out var place))
            {
                var value = first.Covers(place.Sheet, place.Address) ? values.Get(place.Sheet, place.Address) : more!.Get(place.Sheet, place.Address);
                answers[question.Name] = new RawAnswer(value, source.Location.At(place.Sheet, place.Address.ToString(), question.Name));
            }
            else
            {
                var sheet = places.DeletedCells.GetValueOrDefault(question.Name);
                answers[question.Name] = new RawAnswer(null, source.Location.At(sheet, null, question.Name));
            }
        }
        // An earlier template's answer to a question no longer asked (the validator notes it), and the follow-up block only a
        // personal template has: read where the workbook names them.
        var personal = Questionnaire.For(kind).Sections.Where(s => s.TemplateOnly).SelectMany(s => s.Questions);
        foreach (var extra in questionnaire.Retired.Concat(personal))
            if (!answers.ContainsKey(extra.Name) && named.GetValueOrDefault(extra.Name) is NameTarget.Cell cell && values.HasSheet(cell.Sheet) && first.Covers(cell.Sheet, cell.Address))
                answers[extra.Name] = new RawAnswer(values.Get(cell.Sheet, cell.Address), source.Location.At(cell.Sheet, cell.Address.ToString(), extra.Name));
        return ReadItem.Read(new RawResponse(kind, version, source, answers)
        {
            MadeFor = questionnaire.MadeFor,
            Findings = places.Findings(questionnaire, source),
            SubmittedBy = definitions.SubmittedBy,
        });
    }

    /// <summary>The community a community's own survey was made for, from its Metadata sheet; null for anyone's.</summary>
    private static string? MadeFor(CellValues values) =>
        string.Equals(SpreadsheetFile.Text(values.Get(TemplateMetadata.SheetName, new CellAddress(TemplateMetadata.MadeForRow, 1))), "community", StringComparison.OrdinalIgnoreCase)
            ? SpreadsheetFile.Text(values.Get(TemplateMetadata.SheetName, new CellAddress(TemplateMetadata.MadeForRow, 2)))
            : null;

    /// <summary>
    /// A template carries the name meta.kind or a Metadata sheet laid out as the writer lays it out
    /// ("kind" beside the kind): a workbook of someone else's that merely has a sheet called Metadata is not one.
    /// </summary>
    private static bool IsTemplate(CellValues values, Dictionary<string, NameTarget> named) =>
        named.ContainsKey(AnswerNames.MetaKind) ||
        string.Equals(SpreadsheetFile.Text(values.Get(TemplateMetadata.SheetName, new CellAddress(TemplateMetadata.KindRow, 1))), "kind", StringComparison.OrdinalIgnoreCase);

    private sealed record Identity(TemplateKind Kind, int Version, ReadItem? Rejection);

    private static Identity Identify(CellValues values, Dictionary<string, NameTarget> named, Source source)
    {
        var kindAt = MetadataCell(values, named, AnswerNames.MetaKind, KindCell);
        var versionAt = MetadataCell(values, named, AnswerNames.MetaVersion, VersionCell);
        if (kindAt is null || versionAt is null)
            return Rejected(ReadItem.Reject(source,
                "This workbook was made from a CopOffice template, but its hidden Metadata sheet is gone, so which template and version it is cannot be told. Fill in a fresh copy of the template."));

        var kindLocation = source.Location.At(kindAt.Value.Sheet, kindAt.Value.Address.ToString(), AnswerNames.MetaKind);
        var kindText = SpreadsheetFile.Text(values.Get(kindAt.Value.Sheet, kindAt.Value.Address));
        if (kindText is null)
            return Rejected(ReadItem.Reject(source,
                "The template's kind is missing from its hidden Metadata sheet, so which template this is cannot be told. Fill in a fresh copy of the template.", kindLocation));
        if (!TemplateKinds.TryParse(kindText, out var kind))
            return Rejected(ReadItem.Reject(source,
                $"This workbook says it is a CopOffice template of kind \"{kindText}\", which this CopOffice does not know (it reads {string.Join(", ", TemplateKinds.All.Select(k => k.Id()))}). Update CopOffice, or fill in one of its current templates.", kindLocation));

        var versionLocation = source.Location.At(versionAt.Value.Sheet, versionAt.Value.Address.ToString(), AnswerNames.MetaVersion);
        var versionValue = values.Get(versionAt.Value.Sheet, versionAt.Value.Address);
        if (!TryVersion(versionValue, out var version))
            return Rejected(ReadItem.Reject(source,
                $"The template's version in its hidden Metadata sheet is {(SpreadsheetFile.Text(versionValue) is { } v ? $"\"{v}\", not a whole number" : "missing")}, so the workbook cannot be matched to a template version. Fill in a fresh copy of the template.", versionLocation));
        return new Identity(kind, version, null);

        static Identity Rejected(ReadItem item) => new(default, 0, item);
    }

    /// <summary>Where a metadata value is: its defined name's cell, else its fixed cell on the Metadata sheet.</summary>
    private static (string Sheet, CellAddress Address)? MetadataCell(CellValues values, Dictionary<string, NameTarget> named, string name, CellAddress fixedCell)
    {
        if (named.GetValueOrDefault(name) is NameTarget.Cell cell && values.HasSheet(cell.Sheet)) return (cell.Sheet, cell.Address);
        return values.HasSheet(TemplateMetadata.SheetName) ? (TemplateMetadata.SheetName, fixedCell) : null;
    }

    private static bool TryVersion(object? value, out int version)
    {
        version = 0;
        switch (value)
        {
            case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                version = (int)d;
                return true;
            case string s:
                return int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out version);
            default:
                return false;
        }
    }

    /// <summary>Where each answer of the questionnaire is, and what went missing.</summary>
    private sealed class Places
    {
        public Dictionary<string, (string Sheet, CellAddress Address)> Cells { get; } = new(StringComparer.Ordinal);
        /// <summary>Answers whose cell was deleted (the name refers to Sheet!#REF!), with their sheet.</summary>
        public Dictionary<string, string> DeletedCells { get; } = new(StringComparer.Ordinal);
        public List<Question> Unplaced { get; } = [];
        public (string? Sheet, string Reason)? MissingSheet { get; set; }

        public IReadOnlyList<Finding> Findings(Questionnaire questionnaire, Source source)
        {
            var findings = new List<Finding>();
            foreach (var question in questionnaire.Questions)
                if (DeletedCells.TryGetValue(question.Name, out var sheet))
                    findings.Add(Finding.Warning($"{question.Label}: the answer cell has been deleted (its defined name {question.Name} now refers to #REF!), so the answer counts as blank.",
                        source.Location.At(sheet, null, question.Name)));
            if (Unplaced.Count == 1)
                findings.Add(Finding.Warning($"{Unplaced[0].Label}: the answer cell cannot be found (the workbook has no defined name {Unplaced[0].Name} and its Metadata sheet does not list it), so the answer counts as blank.",
                    source.Location with { Name = Unplaced[0].Name }));
            else if (Unplaced.Count > 1)
                findings.Add(Finding.Warning($"{Unplaced.Count} answer cells cannot be found (the workbook has no defined names {Listed(Unplaced.Select(q => q.Name))}, and its Metadata sheet does not list them), so those answers count as blank.",
                    source.Location with { Name = Unplaced[0].Name }));
            return findings;
        }

        private static string Listed(IEnumerable<string> names)
        {
            var list = names.ToList();
            return list.Count <= 4 ? string.Join(", ", list) : string.Join(", ", list.Take(3)) + $" and {(list.Count - 3).ToString(CultureInfo.InvariantCulture)} more";
        }
    }

    private static Places Place(Questionnaire questionnaire, Dictionary<string, NameTarget> named, IReadOnlyDictionary<string, ManifestEntry> manifest, CellValues values)
    {
        var places = new Places();
        foreach (var question in questionnaire.Questions)
        {
            var listed = manifest.GetValueOrDefault(question.Name);
            switch (named.GetValueOrDefault(question.Name))
            {
                case NameTarget.Cell cell when values.HasSheet(cell.Sheet):
                    places.Cells[question.Name] = (cell.Sheet, cell.Address);
                    break;
                case NameTarget.Cell cell:
                    places.MissingSheet ??= (cell.Sheet, $"The sheet '{cell.Sheet}' with the answers is missing from this workbook, so the answers cannot be read. Fill in a fresh copy of the template.");
                    break;
                case NameTarget.SheetDeleted:
                    places.MissingSheet ??= listed is null
                        ? (null, $"The sheet with the answers has been deleted from this workbook (the defined names of its answers, such as {question.Name}, now refer to #REF!), so the answers cannot be read. Fill in a fresh copy of the template.")
                        : (listed.Sheet, $"The sheet '{listed.Sheet}' with the answers has been deleted from this workbook (its defined names now refer to #REF!), so the answers cannot be read. Fill in a fresh copy of the template.");
                    break;
                case NameTarget.CellDeleted deleted:
                    places.DeletedCells[question.Name] = deleted.Sheet;
                    break;
                default: // no name, or one that points nowhere readable: the manifest says where the writer put the answer
                    if (listed is null) places.Unplaced.Add(question);
                    else if (values.HasSheet(listed.Sheet)) places.Cells[question.Name] = (listed.Sheet, listed.Address);
                    else places.MissingSheet ??= (listed.Sheet, $"The sheet '{listed.Sheet}' with the answers is missing from this workbook (deleted or renamed), so the answers cannot be read. Give the sheet back its name '{listed.Sheet}', or fill in a fresh copy of the template.");
                    break;
            }
        }
        return places;
    }
}
