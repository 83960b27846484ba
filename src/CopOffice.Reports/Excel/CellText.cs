namespace CopOffice.Reports.Excel;

/// <summary>Text as a cell can hold it: XML 1.0 cannot carry most control characters, and a cell holds at most 32,767 characters.</summary>
internal static class CellText
{
    public const int MaxLength = 32_767;

    public static string Clean(string text)
    {
        if (text.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t'))
            text = new string([.. text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\r' or '\t')]);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length <= MaxLength) return text;
        var marker = $" … [cut: the full text has {text.Length:N0} characters]";
        return string.Concat(text.AsSpan(0, MaxLength - marker.Length), marker);
    }

    /// <summary>A list of ids for a cell, cut after <paramref name="max"/> with how many more there are.</summary>
    public static string List(IReadOnlyList<string> items, int max = 40) =>
        items.Count <= max ? string.Join(", ", items) : $"{string.Join(", ", items.Take(max))} … and {items.Count - max:N0} more";
}
