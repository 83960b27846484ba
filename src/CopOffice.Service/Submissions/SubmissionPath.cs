using System.Security.Cryptography;
using System.Text;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Service.Uploads;

namespace CopOffice.Service.Submissions;

/// <summary>
/// Where a submission is stored: {intake}/{community}/{kind}_{period}[_{member}].xlsx. The name is built from
/// the parts of the response's duplicate key (kind, member, community, period), so submitting again for the
/// same member and period writes the same file: it replaces, never duplicates. The member appears only as a
/// short hash of their email, which also finds "my submissions" again.
/// </summary>
public static class SubmissionPath
{
    public static string For(string intakeFolder, Response response, string? respondent, WorkbookFormat format)
    {
        var extension = format == WorkbookFormat.Ole ? ".xls" : ".xlsx";
        var name = $"{response.Kind.Id()}_{response.Period}";
        if (response.Kind == TemplateKind.ValueSurvey) name += "_" + MemberKey(respondent ?? "");
        return $"{intakeFolder.Trim('/')}/{CommunityId.Of(response.Community)}/{name}{extension}";
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the lower-cased email (or name).</summary>
    public static string MemberKey(string respondent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(respondent.Trim().ToLowerInvariant())))[..16];

    /// <summary>Reads a stored submission's path back: community id, kind and period; null for any other file.</summary>
    public static (string Community, TemplateKind Kind, string Period, string? MemberKey)? Parse(string intakeFolder, string path)
    {
        var prefix = intakeFolder.Trim('/') + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var parts = path[prefix.Length..].Split('/');
        if (parts.Length != 2) return null;
        var stem = Path.GetFileNameWithoutExtension(parts[1]).Split('_');
        if (stem.Length is < 2 or > 3 || !TemplateKinds.TryParse(stem[0], out var kind) || !Period.TryParse(stem[1], out _)) return null;
        return (parts[0], kind, stem[1], stem.Length == 3 ? stem[2] : null);
    }
}
