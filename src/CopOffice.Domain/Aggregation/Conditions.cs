namespace CopOffice.Aggregation;

/// <summary>An enabler or challenge as most people worded it, and how many respondents named it.</summary>
public sealed record RepeatedText(string Text, int Count);

/// <summary>"In your organization …": what helps communities create value and what stands in the way, most named first.</summary>
public sealed record Conditions(IReadOnlyList<RepeatedText> Enablers, IReadOnlyList<RepeatedText> Challenges)
{
    /// <summary>Seed 002's reflection on strategic value: per quadrant, what respondents wrote, most named first.</summary>
    public IReadOnlyDictionary<Framework.Quadrant, IReadOnlyList<RepeatedText>> Reflections { get; init; } =
        Framework.Quadrant.All.ToDictionary(q => q, _ => (IReadOnlyList<RepeatedText>)[]);

    public static Conditions None { get; } = new([], []);
}

public sealed record CommunityConditions(string Community, Figure<Conditions> Conditions);
