using CopOffice.Framework;

namespace CopOffice.Questionnaires;

public enum AnswerType
{
    /// <summary>A line of text.</summary>
    Text,
    /// <summary>Free text of a paragraph or more.</summary>
    LongText,
    Email,
    /// <summary>A reporting period such as 2026-Q4, 2026-11 or a date.</summary>
    Period,
    /// <summary>One of <see cref="Question.Choices"/>.</summary>
    Choice,
    /// <summary>Any of <see cref="Question.Choices"/> ("circle any that applies"), separated by semicolons.</summary>
    Choices,
    /// <summary>1–5 on <see cref="Question.Scale"/>, or n/a.</summary>
    Rating,
}

/// <summary>Where a text answer's dropdown comes from when an organisation supplies its lists.</summary>
public enum ListSource { None, Communities, Units }

/// <summary>
/// One answer cell of a template. <see cref="Name"/> is the workbook-scoped defined name of the cell,
/// the key by which readers, Forms mappings and the add-in find the answer.
/// </summary>
public sealed record Question(string Name, string Label, AnswerType Type)
{
    public bool Required { get; init; }
    public IReadOnlyList<string> Choices { get; init; } = [];
    public RatingScale? Scale { get; init; }
    public string? Hint { get; init; }

    /// <summary>The label earlier versions gave it, where they worded it otherwise: their Forms exports are still read.</summary>
    public IReadOnlyList<string> Formerly { get; init; } = [];
    public ListSource List { get; init; }

    /// <summary>The framework item the answer is about (an indicator, factor, role …), when there is one.</summary>
    public string? FrameworkId { get; init; }
}
