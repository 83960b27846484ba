namespace CopOffice.Aggregation;

/// <summary>An enabler or challenge as most people worded it, and how many respondents named it.</summary>
public sealed record RepeatedText(string Text, int Count);

/// <summary>"In your organization …": what helps communities create value and what stands in the way, most named first.</summary>
public sealed record Conditions(IReadOnlyList<RepeatedText> Enablers, IReadOnlyList<RepeatedText> Challenges)
{
    public static Conditions None { get; } = new([], []);
}

public sealed record CommunityConditions(string Community, Figure<Conditions> Conditions);
