using System.Text;

namespace CopOffice.Service.Submissions;

/// <summary>
/// A community's id in URLs and folder names: its name in lower case, letters and digits kept, everything
/// else a single dash ("Data Science & AI" → "data-science-ai").
/// </summary>
public static class CommunityId
{
    public static string Of(string community)
    {
        var id = new StringBuilder();
        foreach (var c in community.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) id.Append(c);
            else if (id.Length > 0 && id[^1] != '-') id.Append('-');
        }
        var text = id.ToString().Trim('-');
        if (text.Length > 80) text = text[..80].TrimEnd('-');
        return text.Length == 0 ? "community" : text;
    }
}
