using System.Security.Cryptography;
using CopOffice.Intake;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Service.Apis;
using CopOffice.Service.Auth;
using CopOffice.Service.Hosting;
using CopOffice.Service.Reports;
using CopOffice.Service.Summaries;
using CopOffice.Service.Uploads;
using CopOffice.Store;
using Microsoft.Extensions.Options;

namespace CopOffice.Service.Submissions;

/// <summary>
/// Takes a workbook in: reads it with the intake's <see cref="WorkbookIntake"/>, judges it with the same
/// rules, checks that the caller may hand it in, and stores it in its community's intake folder under a
/// name fixed by the duplicate key, so a second submission replaces the first.
/// </summary>
public sealed class SubmissionDesk(IDocumentStore store, OrganisationRules rules, ReportTrigger trigger, ValuePictureCache pictures, IOptionsSnapshot<ServiceOptions> options, TimeProvider clock)
{
    /// <summary>The intake's verdict on one uploaded workbook, or a problem when it holds no single template.</summary>
    public (IntakeResult? Result, IResult? Problem) Judge(WorkbookUpload upload)
    {
        var source = new Source(upload.FileName) { FileTime = clock.GetUtcNow() };
        var limits = IntakeLimits.Upload with { MaxFileBytes = options.Value.Uploads.MaxBytes };
        using var content = new MemoryStream(upload.Content, writable: false);
        // Items are read lazily: two are enough to tell a filled template from an export of many responses.
        var items = WorkbookIntake.Read(content, source, limits).Take(2).ToList();
        if (items.Count != 1)
            return (null, Problems.Of(StatusCodes.Status422UnprocessableEntity, "Not one filled template",
                $"{upload.FileName} holds {(items.Count == 0 ? "no response" : "more than one response (a Microsoft Forms export?)")}. The add-in takes one filled CopOffice template at a time; exports go through the organisation's intake (copoffice check)."));
        return (items[0].Judge(rules.Rules), null);
    }

    public async Task<IResult> SubmitAsync(WorkbookUpload upload, Caller caller, CancellationToken cancellationToken)
    {
        var (result, problem) = Judge(upload);
        if (problem is not null) return problem;
        var report = CheckReport.Of(result!);
        if (result!.Response is not { } response)
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "Not submitted",
                $"{Counted(report.Errors, "problem")} to fix before this workbook can be submitted; each finding names its cell.", Extensions(report));

        if (Refusal(response, caller) is { } refusal) return refusal;

        var settings = options.Value;
        // A member's stored survey is keyed by who signed in, never by what the workbook says: a second survey
        // replaces their own, and no one else's.
        var respondent = caller.Email ?? (response.Respondent.Length > 0 ? response.Respondent : $"anonymous-{Guid.NewGuid():N}");
        var path = SubmissionPath.For(settings.Store.IntakeFolder, response, respondent, upload.Format);
        // Who signed in to hand it in is recorded in the stored workbook (an .xls cannot carry it).
        byte[] recorded;
        try
        {
            recorded = upload.Format == WorkbookFormat.OpenXml ? SubmitterStamp.Apply(upload.Content, caller.Email) : upload.Content;
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "Not stored",
                "The workbook's answers are fine, but its package could not be written again to record who submitted it. Save it again in Excel (File > Save a Copy, .xlsx) and submit that copy.");
        }
        bool replaced;
        StoredFile stored;
        try
        {
            replaced = await ExistsAsync(path, cancellationToken);
            using var content = new MemoryStream(recorded, writable: false);
            stored = await store.PublishAsync(path, content, cancellationToken);
        }
        catch (StoreException e)
        {
            // The store's own words (written for people, free of secrets): a SharePoint library that refused the upload.
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Not stored",
                $"The workbook is fine, but it could not be stored: {e.Message} Submit again in a minute; if it keeps failing, tell your CopOffice administrator.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Not stored",
                "The workbook is fine, but the intake folder could not be written just now. Submit again in a minute; if it keeps failing, tell your CopOffice administrator.");
        }
        pictures.Invalidate();
        trigger.Changed($"submission {path}", response.Period);

        var hash = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        var storedAt = clock.GetUtcNow();
        var receipt = new Receipt($"CO-{storedAt:yyyyMMdd}-{hash[..8].ToUpperInvariant()}", response.Kind.Id(), response.Community, response.Period.ToString(),
            stored.Path, stored.WebUrl, storedAt, replaced, report.Status, report.Errors, report.Warnings, report.Findings, hash);
        return replaced ? TypedResults.Ok(receipt) : TypedResults.Created((string?)null, receipt);
    }

    /// <summary>
    /// A member hands in their own survey, for a period no later than next quarter, and, with a roster, only for a
    /// community the roster lists them in; coordinators hand in their communities' workbooks.
    /// </summary>
    private IResult? Refusal(Response response, Caller caller)
    {
        var latest = Period.Of(clock.GetUtcNow().UtcDateTime).Next;
        if (response.Period.CompareTo(latest) > 0)
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "Period too far ahead",
                $"This workbook is for {response.Period}, but surveys are taken up to {latest} (the next quarter). Correct the period in the workbook and submit again.");
        if (caller.IsDevelopment) return null;
        if (response.Kind == TemplateKind.ValueSurvey)
        {
            if (caller.Email is null)
                return Problems.Of(StatusCodes.Status403Forbidden, "No sign-in name",
                    "Your sign-in carries no user principal name, so CopOffice cannot tell whether this survey is yours. Ask your CopOffice administrator to check the app registration's token configuration (upn or preferred_username).");
            if (response.MemberEmail is not { } email)
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, "No email in the survey",
                    $"The survey's email is blank. Fill in {caller.Email}, the address you sign in with, and submit again: each member submits their own survey.");
            if (!string.Equals(email, caller.Email, StringComparison.OrdinalIgnoreCase))
                return Problems.Of(StatusCodes.Status403Forbidden, "Not your survey",
                    $"This survey is filled in for {email}, but you are signed in as {caller.Email}: each member submits their own survey. Correct the email in the survey, or ask {email} to submit it.");
            var roster = rules.Rules.Roster;
            if (!roster.IsEmpty && !roster.ByEmail(caller.Email).Any(e => e.Community.Equals(response.Community, StringComparison.OrdinalIgnoreCase)))
                return Problems.Of(StatusCodes.Status403Forbidden, "Not on the community's roster",
                    $"The roster does not list {caller.Email} as a member of {response.Community}, so this survey cannot count for it. Check the community in the survey, or ask your CopOffice administrator to add you to the roster.");
            return null;
        }
        if (!CoordinatorScope.Covers(caller, options.Value, response.Community))
            return Problems.Of(StatusCodes.Status403Forbidden, "Not your community",
                $"A {Questionnaire.For(response.Kind).Title.ToLowerInvariant()} is handed in by a coordinator of the community, and you are not listed as coordinator of {response.Community}. Ask your CopOffice administrator to add you (CopOffice:Coordinators).");
        return null;
    }

    private async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken)
    {
        await foreach (var file in store.ListAsync(cancellationToken))
            if (string.Equals(file.Path, path, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The caller's own value surveys in the store, found by the hash of their email in the file names.</summary>
    public async Task<IReadOnlyList<StoredSubmission>> MineAsync(string email, CancellationToken cancellationToken)
    {
        var key = SubmissionPath.MemberKey(email);
        var intake = options.Value.Store.IntakeFolder;
        var mine = new List<StoredSubmission>();
        await foreach (var file in store.ListAsync(cancellationToken))
        {
            if (SubmissionPath.Parse(intake, file.Path) is { } parsed && parsed.MemberKey == key)
                mine.Add(new StoredSubmission(file.Path, parsed.Community, parsed.Kind.Id(), parsed.Period, file.LastModified, file.Size));
        }
        return mine;
    }

    public static Dictionary<string, object?> Extensions(CheckReport report) => new()
    {
        ["file"] = report.File,
        ["kind"] = report.Kind,
        ["status"] = report.Status,
        ["errors"] = report.Errors,
        ["warnings"] = report.Warnings,
        ["findings"] = report.Findings,
    };

    private static string Counted(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
