using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// One <see cref="IntakeResult"/> as the ledger keeps it in its <see cref="Spool"/>: every field, so
/// that what is read back equals what was judged. Texts already waiting in the same spool stay where they are.
/// </summary>
internal static class ResultRecord
{
    private const byte Version = 1;

    public static void Write(IntakeResult result, Spool spool, RecordWriter record)
    {
        record.Byte(Version);
        Write(result.Source, record);
        record.Byte(result.Kind is { } kind ? (byte)(kind + 1) : (byte)0);
        record.Int(result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            record.Byte((byte)finding.Severity);
            record.String(finding.Message);
            Write(finding.Location, record);
        }
        record.Bool(result.Response is not null);
        if (result.Response is { } response) Write(response, result.Source, spool, record);
    }

    public static IntakeResult Read(ReadOnlySpan<byte> bytes, Spool spool)
    {
        var record = new RecordReader(bytes);
        if (record.Byte() != Version) throw new InvalidDataException("A spooled ledger entry of another version.");
        var source = ReadSource(ref record);
        var kindCode = record.Byte();
        TemplateKind? kind = kindCode == 0 ? null : (TemplateKind)(kindCode - 1);
        var findings = new Finding[record.Int()];
        for (var i = 0; i < findings.Length; i++)
            findings[i] = new Finding((Severity)record.Byte(), record.RequiredString(), ReadLocation(ref record));
        var response = record.Bool() ? ReadResponse(ref record, source, spool) : null;
        if (!record.AtEnd) throw new InvalidDataException("A spooled ledger entry is longer than its fields.");
        return new IntakeResult(source, kind, response, findings);
    }

    private static void Write(Source source, RecordWriter record)
    {
        record.String(source.Path);
        record.NullableInt(source.Row);
        record.String(source.RowId);
        record.String(source.WebUrl);
        record.Time(source.FileTime);
    }

    private static Source ReadSource(ref RecordReader record) => new(record.RequiredString())
    {
        Row = record.NullableInt(),
        RowId = record.String(),
        WebUrl = record.String(),
        FileTime = record.Time(),
    };

    private static void Write(Location location, RecordWriter record)
    {
        record.String(location.File);
        record.String(location.Sheet);
        record.String(location.Cell);
        record.String(location.Name);
        record.NullableInt(location.Row);
        record.String(location.RowId);
    }

    private static Location ReadLocation(ref RecordReader record) => new(record.RequiredString())
    {
        Sheet = record.String(),
        Cell = record.String(),
        Name = record.String(),
        Row = record.NullableInt(),
        RowId = record.String(),
    };

    private static void Write(Response response, Source resultSource, Spool spool, RecordWriter record)
    {
        var layout = ResponseLayout.Of(Questionnaire.For(response.Kind));
        record.Byte((byte)response.Kind);
        // A response is about the input it was read from; should it name another, that one is kept too.
        record.Bool(response.Source == resultSource);
        if (response.Source != resultSource) Write(response.Source, record);
        record.String(response.Community);
        record.Int(response.Period.Year);
        record.Int(response.Period.Quarter);
        record.Int(response.Version);
        record.String(response.Unit);
        record.String(response.MemberName);
        record.String(response.MemberEmail);
        record.Bool(response.EmailSignedIn);
        record.String(response.SubmittedBy);
        record.String(response.MemberType);
        record.String(response.Consent);
        record.String(response.CompletedBy);
        record.Time(response.CompletedAt);
        RatingSlots.Write(response.Ratings, layout.RatingKeys, record);
        TextSlots.Write(response.Texts, layout.TextKeys, spool, record);
        record.Int(response.RolesHeld.Count);
        foreach (var role in response.RolesHeld) record.String(role);
    }

    private static Response ReadResponse(ref RecordReader record, Source resultSource, Spool spool)
    {
        var kind = (TemplateKind)record.Byte();
        var layout = ResponseLayout.Of(Questionnaire.For(kind));
        var source = record.Bool() ? resultSource : ReadSource(ref record);
        var community = record.RequiredString();
        var period = new Period(record.Int(), record.Int());
        return new Response(kind, source, community, period)
        {
            Version = record.Int(),
            Unit = record.String(),
            MemberName = record.String(),
            MemberEmail = record.String(),
            EmailSignedIn = record.Bool(),
            SubmittedBy = record.String(),
            MemberType = record.String(),
            Consent = record.RequiredString(),
            CompletedBy = record.String(),
            CompletedAt = record.Time(),
            Ratings = RatingSlots.Read(ref record, layout.RatingKeys),
            Texts = TextSlots.Read(ref record, layout.TextKeys, spool),
            RolesHeld = ReadRoles(ref record),
        };
    }

    private static string[] ReadRoles(ref RecordReader record)
    {
        var roles = new string[record.Int()];
        for (var i = 0; i < roles.Length; i++) roles[i] = record.RequiredString();
        return roles;
    }
}
