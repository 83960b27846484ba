using System.Text.Encodings.Web;
using System.Text.Json;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Cli.Ledgers;

/// <summary>
/// The ledger for programs: a JSON array with one object per input: source (the file's path; row and
/// responseId for a Forms row), kind, status (accepted, accepted-with-warnings, superseded, rejected),
/// supersededBy, what an accepted response counts as (community, period, member, and submittedBy where the service recorded who handed it in), and findings, each
/// with severity, message and location (file, sheet, cell, name, row, responseId; absent parts omitted).
/// </summary>
internal static class LedgerJson
{
    public static void Write(Ledger ledger, TextWriter output)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps quotes and non-ASCII readable: this is printed, never embedded in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var entry in ledger.Entries) Entry(json, entry);
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Entry(Utf8JsonWriter json, LedgerEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("source", entry.Source.Path);
        if (entry.Source.Row is { } row) json.WriteNumber("row", row);
        if (entry.Source.RowId is { } rowId) json.WriteString("responseId", rowId);
        if (entry.Kind is { } kind) json.WriteString("kind", kind.Id());
        else json.WriteNull("kind");
        json.WriteString("status", entry.Status.Id());
        if (entry.SupersededBy is { } by) json.WriteString("supersededBy", by.ToString());
        if (entry.Response is { } response)
        {
            json.WriteString("community", response.Community);
            json.WriteString("period", response.Period.ToString());
            if ((response.MemberEmail ?? response.MemberName) is { } member) json.WriteString("member", member);
            if (response.SubmittedBy is { } submitter) json.WriteString("submittedBy", submitter);
        }
        json.WriteStartArray("findings");
        foreach (var finding in entry.Findings)
        {
            json.WriteStartObject();
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", finding.Message);
            Location(json, finding.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("location");
        json.WriteString("file", location.File);
        if (location.Sheet is not null) json.WriteString("sheet", location.Sheet);
        if (location.Cell is not null) json.WriteString("cell", location.Cell);
        if (location.Name is not null) json.WriteString("name", location.Name);
        if (location.Row is { } row) json.WriteNumber("row", row);
        if (location.RowId is not null) json.WriteString("responseId", location.RowId);
        json.WriteString("text", location.ToString());
        json.WriteEndObject();
    }
}
