namespace CopOffice.Framework;

/// <summary>
/// A 1–5 scale with its labels, plus "n/a". The labels are also the Microsoft Forms Likert choices,
/// so a Forms answer ("Agree") and a workbook answer ("4") map to the same number.
/// </summary>
public sealed record RatingScale(string Id, string Question, IReadOnlyList<string> Labels)
{
    public const int Min = 1;
    public const int Max = 5;
    public const string NotApplicable = "n/a";
    public const string NotApplicableLabel = "Not applicable";

    public static readonly RatingScale Extent = new("extent", "How much value has the community given?",
        ["Not at all", "A little", "Moderately", "Considerably", "Very much"]);

    public static readonly RatingScale Agreement = new("agreement", "How far do you agree?",
        ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]);

    public static IReadOnlyList<RatingScale> All { get; } = [Extent, Agreement];

    /// <summary>The dropdown entries of a rating cell: 1 … 5 then n/a.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["1", "2", "3", "4", "5", NotApplicable];

    public string Label(int value) => value is >= Min and <= Max
        ? Labels[value - 1]
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A rating is 1 to 5.");

    /// <summary>"1 = Not at all · 2 = A little · …", for legends and input messages.</summary>
    public string Legend(string separator = " · ") =>
        string.Join(separator, Labels.Select((label, i) => $"{i + 1} = {label}"));
}
