using System.Text.Json;
using System.Text.RegularExpressions;

namespace CopOffice.Framework;

/// <summary>
/// Reads an organisation's framework file (JSON, documented in docs/framework.md): the seeds' framework
/// with indicators and story questions added, for the whole organisation or for some communities, and
/// labels renamed. Every problem is collected, each with where it is and what to do, so that an
/// administrator fixes the file in one pass. Reads text, never a file: the caller does the I/O.
/// </summary>
public static partial class FrameworkFile
{
    /// <summary>The most indicators a framework may ask, the seeds' twenty included: a survey people finish.</summary>
    public const int MaxIndicators = 40;

    /// <summary>The most story questions, the seeds' eight included.</summary>
    public const int MaxStoryQuestions = 16;

    private static readonly string[] TopLevel = ["version", "indicators", "storyQuestions"];
    private static readonly string[] IndicatorFields = ["id", "name", "statement", "quadrant", "cycle", "communities", "since"];
    private static readonly string[] StoryFields = ["id", "text", "cycle", "since", "asksForFigures"];

    [GeneratedRegex("^[a-z][a-z0-9_]{1,39}$")]
    private static partial Regex IdPattern();

    /// <summary>The framework <paramref name="json"/> describes; <paramref name="file"/> names it in messages.</summary>
    /// <exception cref="FrameworkFileException">The file cannot be used; its problems say why.</exception>
    public static OrganisationFramework Parse(string json, string file)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FrameworkFileException(file, [$"It is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message.Split(" Path:")[0]}"]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new FrameworkFileException(file, ["It must be a JSON object: { \"version\": 2, \"indicators\": [ … ], \"storyQuestions\": [ … ] }."]);
            Unknown(root, TopLevel, "", problems);

            var version = 1;
            if (root.TryGetProperty("version", out var v))
            {
                if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version) || version is < 1 or > 999)
                    problems.Add("version: a whole number from 1 to 999, raised each time you add questions (workbooks keep the version they were made with).");
            }
            else problems.Add("version: missing. Start at 2 when you first add questions to the seeds' framework (version 1).");

            var indicators = ValueFramework.SeedIndicators.ToList();
            foreach (var (element, at) in Items(root, "indicators", problems))
                Indicator(element, at, version, indicators, problems);
            if (indicators.Count > MaxIndicators)
                problems.Add($"indicators: {indicators.Count} in all, more than the {MaxIndicators} a survey may ask. Ask fewer, or give some to one community only.");

            var stories = ValueFramework.SeedStoryQuestions.ToList();
            foreach (var (element, at) in Items(root, "storyQuestions", problems))
                Story(element, at, version, stories, problems);
            if (stories.Count > MaxStoryQuestions)
                problems.Add($"storyQuestions: {stories.Count} in all, more than {MaxStoryQuestions}.");

            if (problems.Count > 0) throw new FrameworkFileException(file, problems);
            return new OrganisationFramework(version, indicators, stories, file);
        }
    }

    private static IEnumerable<(JsonElement Element, string At)> Items(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var list)) yield break;
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name}: a list [ … ] of objects.");
            yield break;
        }
        var i = 0;
        foreach (var element in list.EnumerateArray())
        {
            var at = $"{name}[{i++}]";
            if (element.ValueKind != JsonValueKind.Object) problems.Add($"{at}: an object {{ \"id\": …, … }}.");
            else yield return (element, element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? $"{at} ({id.GetString()})" : at);
        }
    }

    private static void Indicator(JsonElement e, string at, int version, List<ValueIndicator> indicators, List<string> problems)
    {
        Unknown(e, IndicatorFields, at + ".", problems);
        if (Text(e, "id", at, problems) is not { } id) return;
        var name = Text(e, "name", at, problems, required: false);
        var statement = Text(e, "statement", at, problems, required: false);
        var index = indicators.FindIndex(i => i.Id == id);
        if (index >= 0)
        {
            // A seed indicator: its words may change, never what it measures (that would break every trend).
            if (index >= ValueFramework.SeedIndicators.Count) { problems.Add($"{at}: the id '{id}' is used twice. Give each indicator an id of its own."); return; }
            foreach (var fixedField in new[] { "quadrant", "cycle", "communities", "since" })
                if (e.TryGetProperty(fixedField, out _))
                    problems.Add($"{at}.{fixedField}: '{id}' is one of the seeds' indicators, which keep their {fixedField}. Change its name or statement only, or add an indicator with an id of its own.");
            indicators[index] = indicators[index] with { Name = name ?? indicators[index].Name, Prompt = statement ?? indicators[index].Prompt };
            return;
        }
        if (!IdPattern().IsMatch(id)) problems.Add($"{at}.id: '{id}' must be 2 to 40 lower-case letters, digits or underscores, starting with a letter (it names cells and columns).");
        if (name is null) problems.Add($"{at}.name: missing. A new indicator needs a name, e.g. \"incidents avoided\".");
        if (statement is null) problems.Add($"{at}.statement: missing. A new indicator needs the statement members rate, e.g. \"The community helped us avoid incidents.\"");
        var quadrant = Text(e, "quadrant", at, problems) is { } q ? Quadrant.All.FirstOrDefault(x => x.Id == q) : null;
        if (quadrant is null && e.TryGetProperty("quadrant", out _))
            problems.Add($"{at}.quadrant: one of {string.Join(", ", Quadrant.All.Select(x => x.Id))}.");
        var cycleText = Text(e, "cycle", at, problems);
        ValueCycle cycle = default;
        if (cycleText is not null && !ValueCycles.TryParse(cycleText, out cycle))
            problems.Add($"{at}.cycle: one of {string.Join(", ", ValueCycles.All.Select(c => c.Id()))}, not '{cycleText}'.");
        var since = Since(e, at, version, problems);
        var communities = Communities(e, at, problems);
        if (name is null || statement is null || quadrant is null || cycleText is null || !ValueCycles.TryParse(cycleText, out _)) return;
        indicators.Add(new ValueIndicator(id, name, quadrant, cycle, statement) { Since = since, Communities = communities });
    }

    private static void Story(JsonElement e, string at, int version, List<StoryQuestion> stories, List<string> problems)
    {
        Unknown(e, StoryFields, at + ".", problems);
        if (Text(e, "id", at, problems) is not { } id) return;
        var text = Text(e, "text", at, problems, required: false);
        var index = stories.FindIndex(s => s.Id == id);
        if (index >= 0)
        {
            if (index >= ValueFramework.SeedStoryQuestions.Count) { problems.Add($"{at}: the id '{id}' is used twice."); return; }
            foreach (var fixedField in new[] { "cycle", "since", "asksForFigures" })
                if (e.TryGetProperty(fixedField, out _))
                    problems.Add($"{at}.{fixedField}: '{id}' is one of the seeds' story questions, which keep their {fixedField}. Change its text only.");
            if (text is not null) stories[index] = stories[index] with { Text = text };
            return;
        }
        if (!IdPattern().IsMatch(id)) problems.Add($"{at}.id: '{id}' must be 2 to 40 lower-case letters, digits or underscores, starting with a letter.");
        if (text is null) problems.Add($"{at}.text: missing. A new story question needs the question members answer.");
        var cycleText = Text(e, "cycle", at, problems);
        ValueCycle cycle = default;
        if (cycleText is not null && !ValueCycles.TryParse(cycleText, out cycle))
            problems.Add($"{at}.cycle: one of {string.Join(", ", ValueCycles.All.Select(c => c.Id()))}, not '{cycleText}'.");
        var figures = e.TryGetProperty("asksForFigures", out var f) && f.ValueKind == JsonValueKind.True;
        var since = Since(e, at, version, problems);
        if (text is null || cycleText is null || !ValueCycles.TryParse(cycleText, out _)) return;
        stories.Add(new StoryQuestion(id, text, cycle, figures) { Since = since });
    }

    private static string? Text(JsonElement e, string field, string at, List<string> problems, bool required = true)
    {
        if (!e.TryGetProperty(field, out var value))
        {
            if (required) problems.Add($"{at}.{field}: missing.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text)
        {
            if (text.Length > 500) problems.Add($"{at}.{field}: {text.Length} characters; keep it under 500.");
            return text;
        }
        problems.Add($"{at}.{field}: a text in quotes, not empty.");
        return null;
    }

    private static int Since(JsonElement e, string at, int version, List<string> problems)
    {
        if (!e.TryGetProperty("since", out var value)) return version;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var since) && since >= 2 && since <= version) return since;
        problems.Add($"{at}.since: the framework version that first asks it, from 2 to the file's version ({version}).");
        return version;
    }

    private static IReadOnlyList<string> Communities(JsonElement e, string at, List<string> problems)
    {
        if (!e.TryGetProperty("communities", out var value)) return [];
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(c => c.ValueKind == JsonValueKind.String && c.GetString()!.Trim().Length > 0) && value.GetArrayLength() > 0)
            return [.. value.EnumerateArray().Select(c => c.GetString()!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        problems.Add($"{at}.communities: a list of community names as the communities list spells them, e.g. [\"Safety\"]; leave it out for the whole organisation.");
        return [];
    }

    private static void Unknown(JsonElement e, string[] known, string at, List<string> problems)
    {
        foreach (var property in e.EnumerateObject())
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                problems.Add($"{at}{property.Name}: not a field CopOffice knows here. Known: {string.Join(", ", known)}.");
    }
}
