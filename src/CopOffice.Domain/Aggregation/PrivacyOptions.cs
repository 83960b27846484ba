namespace CopOffice.Aggregation;

/// <summary>
/// The confidentiality rules every shared view obeys. Anchored on Viva Glint and Qualtrics EX
/// (a minimum group size, hiding of groups that could be worked out by subtraction) and going
/// further: the protection is proven over every table of a period, not only between siblings.
/// </summary>
public sealed record PrivacyOptions
{
    public const int DefaultMinGroupSize = 5;
    public const int LowestMinGroupSize = 3;
    public const int HighestMinGroupSize = 25;
    public const int DefaultFreeTextMinGroupSize = 10;
    public const int HighestFreeTextMinGroupSize = 100;

    public static PrivacyOptions Default { get; } = new();

    /// <summary>k: a group figure read by anyone but the member needs at least this many respondents.</summary>
    public int MinGroupSize { get; init; } = DefaultMinGroupSize;

    /// <summary>Anonymous stories, enablers and challenges of a group are shown from this many respondents.</summary>
    public int FreeTextMinGroupSize { get; init; } = DefaultFreeTextMinGroupSize;

    public const int DefaultMinDriverGroupSize = 30;

    /// <summary>
    /// A driver analysis (which indicators go with value) is made for a group of at least this many respondents: correlations of
    /// fewer say little and single people's patterns more. Never below the free-text threshold.
    /// </summary>
    public int MinDriverGroupSize { get; init; } = DefaultMinDriverGroupSize;

    /// <summary>Hide further groups where a hidden one could otherwise be worked out by subtraction (on by default).</summary>
    public bool ComplementarySuppression { get; init; } = true;

    /// <summary>
    /// Options with the free-text threshold defaulting to the higher of 10 and <paramref name="minGroupSize"/>,
    /// so that raising k alone never makes free text easier to see than scores. Throws <see cref="ArgumentException"/>
    /// with a message a person can act on.
    /// </summary>
    public static PrivacyOptions Create(int minGroupSize = DefaultMinGroupSize, int? freeTextMinGroupSize = null, bool complementarySuppression = true, int? minDriverGroupSize = null)
    {
        var freeText = freeTextMinGroupSize ?? Math.Max(DefaultFreeTextMinGroupSize, minGroupSize);
        return new PrivacyOptions
        {
            MinGroupSize = minGroupSize,
            FreeTextMinGroupSize = freeText,
            MinDriverGroupSize = minDriverGroupSize ?? Math.Max(DefaultMinDriverGroupSize, freeText),
            ComplementarySuppression = complementarySuppression,
        }.Validated();
    }

    /// <summary>What is wrong with these options, or null when they can be used.</summary>
    public string? Problem
    {
        get
        {
            if (MinGroupSize is < LowestMinGroupSize or > HighestMinGroupSize)
                return $"The minimum group size is {MinGroupSize}; it must be from {LowestMinGroupSize} to {HighestMinGroupSize} (the default is {DefaultMinGroupSize}). " +
                    $"Below {LowestMinGroupSize}, readers could recognise individual answers.";
            if (FreeTextMinGroupSize < MinGroupSize || FreeTextMinGroupSize > HighestFreeTextMinGroupSize)
                return $"The free-text threshold is {FreeTextMinGroupSize}; it must be from the minimum group size ({MinGroupSize}) to {HighestFreeTextMinGroupSize} " +
                    $"(the default is {DefaultFreeTextMinGroupSize}): a sentence says more about its writer than a score.";
            if (MinDriverGroupSize < FreeTextMinGroupSize || MinDriverGroupSize > 10_000)
                return $"The driver analysis minimum is {MinDriverGroupSize}; it must be from the free-text threshold ({FreeTextMinGroupSize}) to 10,000 " +
                    $"(the default is {DefaultMinDriverGroupSize}): correlations of a few people tell more about them than about value.";
            return null;
        }
    }

    public PrivacyOptions Validated() => Problem is { } problem ? throw new ArgumentException(problem) : this;
}
