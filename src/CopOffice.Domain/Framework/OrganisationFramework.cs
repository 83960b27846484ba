namespace CopOffice.Framework;

/// <summary>
/// The framework an organisation asks with: the seeds' (<see cref="Seeds"/>, version 1) or the seeds' with the
/// changes of its framework file (<see cref="FrameworkFile"/>). Each indicator and story question says since
/// which version it is asked, and an indicator for which communities, so that a workbook made with an earlier
/// version, or about another community, is never counted as leaving a later question blank.
/// </summary>
public sealed class OrganisationFramework
{
    public OrganisationFramework(int version, IReadOnlyList<ValueIndicator> indicators, IReadOnlyList<StoryQuestion> storyQuestions, string source)
    {
        Version = version;
        Indicators = indicators;
        StoryQuestions = storyQuestions;
        Source = source;
        _byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        HasCommunityIndicators = indicators.Any(i => i.Communities.Count > 0);
    }

    private readonly Dictionary<string, ValueIndicator> _byId;

    /// <summary>The indicator with this id, or null.</summary>
    public ValueIndicator? Indicator(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Whether some community has indicators of its own: only then does a rating's community need checking.</summary>
    public bool HasCommunityIndicators { get; }

    public static OrganisationFramework Seeds { get; } = new(1, ValueFramework.SeedIndicators, ValueFramework.SeedStoryQuestions, "the seeds' framework");

    public int Version { get; }

    /// <summary>Every indicator, the seeds' first: the organisation's own and each community's.</summary>
    public IReadOnlyList<ValueIndicator> Indicators { get; }

    public IReadOnlyList<StoryQuestion> StoryQuestions { get; }

    /// <summary>Where it came from, for messages: a file's name, or "the seeds' framework".</summary>
    public string Source { get; }

    /// <summary>The indicators the whole organisation is asked: its figures and comparisons are made of these alone.</summary>
    public IEnumerable<ValueIndicator> OrganisationIndicators => Indicators.Where(i => i.Communities.Count == 0);

    /// <summary>What a survey about <paramref name="community"/> asks at <paramref name="version"/> (the latest by default).</summary>
    public IReadOnlyList<ValueIndicator> IndicatorsFor(string? community, int? version = null) =>
        [.. Indicators.Where(i => i.IsAskedIn(community, version ?? Version))];

    public IReadOnlyList<StoryQuestion> StoryQuestionsAt(int? version = null) =>
        [.. StoryQuestions.Where(s => s.Since <= (version ?? Version))];

    /// <summary>Every community some indicator is for, as the file spells them.</summary>
    public IReadOnlyList<string> CommunitiesWithOwnIndicators =>
        [.. Indicators.SelectMany(i => i.Communities).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>What differs from the seeds, a line each, for <c>copoffice framework</c> and the reports' About sheet.</summary>
    public IReadOnlyList<string> Changes()
    {
        var lines = new List<string>();
        foreach (var indicator in Indicators)
        {
            var seed = ValueFramework.SeedIndicators.FirstOrDefault(i => i.Id == indicator.Id);
            if (seed is null)
                lines.Add($"Indicator added in version {indicator.Since}: {indicator.Name} ({indicator.Quadrant.Title.ToLowerInvariant()}, {indicator.Cycle.Id()} value) for {(indicator.Communities.Count == 0 ? "the whole organisation" : string.Join(", ", indicator.Communities))}.");
            else if (seed != indicator)
                lines.Add($"Indicator reworded: {seed.Name} → {indicator.Name}{(seed.Prompt != indicator.Prompt ? $" (\"{indicator.Prompt}\")" : "")}.");
        }
        foreach (var story in StoryQuestions)
        {
            var seed = ValueFramework.SeedStoryQuestions.FirstOrDefault(s => s.Id == story.Id);
            if (seed is null) lines.Add($"Story question added in version {story.Since}: \"{story.Text}\" ({story.Cycle.Id()} value).");
            else if (seed != story) lines.Add($"Story question reworded ({story.Id}): \"{story.Text}\".");
        }
        return lines;
    }
}
