namespace CopOffice.Questionnaires;

/// <summary>A row or column header of a grid section.</summary>
public sealed record GridAxis(string Id, string Title, string? Hint = null);

/// <summary>
/// A grid lays its questions out as rows × columns (the leadership-roles analysis: roles × aspects);
/// the question of row r and column c is named "{prefix}.{row}.{column}".
/// </summary>
public sealed record Grid(string Prefix, IReadOnlyList<GridAxis> Rows, IReadOnlyList<GridAxis> Columns)
{
    /// <summary>The heading over the rows' titles.</summary>
    public string RowTitle { get; init; } = "Role";

    public static string NameOf(string prefix, string row, string column) => $"{prefix}.{row}.{column}";
}

/// <summary>A titled block of a questionnaire; its questions appear in order, or as a <see cref="Grid"/>.</summary>
public sealed record Section(string Id, string Title, IReadOnlyList<Question> Questions)
{
    public string? Intro { get; init; }
    public Grid? Grid { get; init; }

    /// <summary>Asked in the workbook only: a Microsoft Forms survey cannot be filled in for one person beforehand.</summary>
    public bool TemplateOnly { get; init; }
}
