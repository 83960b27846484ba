using CopOffice.Framework;

namespace CopOffice.Domain.Tests;

public sealed class FrameworkFileTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "framework.example.json"));

    private static FrameworkFileException Refused(string json) =>
        Assert.Throws<FrameworkFileException>(() => FrameworkFile.Parse(json, "framework.json"));

    [Fact]
    public void The_documented_example_adds_two_indicators_for_one_community_and_a_story_question_for_all()
    {
        var framework = FrameworkFile.Parse(Example, "framework.json");

        Assert.Equal(2, framework.Version);
        Assert.Equal(ValueFramework.SeedIndicators.Count + 2, framework.Indicators.Count);
        var safety = framework.IndicatorsFor("safety");
        Assert.Equal(["incidents_avoided", "safety_culture"], safety.Skip(ValueFramework.SeedIndicators.Count).Select(i => i.Id));
        Assert.Equal(ValueFramework.SeedIndicators.Count, framework.IndicatorsFor("Data Science").Count);
        Assert.Equal(ValueFramework.SeedIndicators.Count, framework.OrganisationIndicators.Count());
        // A Safety survey made with version 1 was never asked the new indicators.
        Assert.Equal(ValueFramework.SeedIndicators.Count, framework.IndicatorsFor("Safety", version: 1).Count);
        Assert.Equal("self-confidence", framework.Indicators.Single(i => i.Id == "confidence").Name);
        Assert.Equal(Quadrant.MembersShortTerm, framework.Indicators.Single(i => i.Id == "confidence").Quadrant);
        Assert.Equal(ValueFramework.SeedStoryQuestions.Count + 1, framework.StoryQuestionsAt().Count);
        Assert.Equal(ValueFramework.SeedStoryQuestions.Count, framework.StoryQuestionsAt(1).Count);
        Assert.Equal(["Safety"], framework.CommunitiesWithOwnIndicators);
        Assert.Equal(
        [
            "Indicator reworded: confidence → self-confidence (\"I feel more confident in my practice and my judgement.\").",
            "Indicator added in version 2: incidents avoided (short-term value to the organisation, realized value) for Safety.",
            "Indicator added in version 2: safety culture (long-term value to the organisation, reframing value) for Safety.",
            "Story question added in version 2: \"What will you try next because of the community?\" (potential value).",
        ], framework.Changes());
    }

    [Fact]
    public void The_seeds_are_version_one_and_change_nothing()
    {
        Assert.Equal(1, OrganisationFramework.Seeds.Version);
        Assert.Empty(OrganisationFramework.Seeds.Changes());
        Assert.Equal(ValueFramework.SeedIndicators, OrganisationFramework.Seeds.IndicatorsFor("Safety"));
    }

    [Fact]
    public void Every_problem_is_listed_at_once_with_where_it_is_and_what_to_do()
    {
        var error = Refused("""
            {
              "version": 2,
              "indicators": [
                { "id": "confidence", "quadrant": "organisation_long_term" },
                { "id": "Incidents Avoided", "name": "incidents avoided", "quadrant": "org", "cycle": "realised", "colour": "red" },
                { "id": "deals_helped", "statement": "The community helped close deals.", "quadrant": "organisation_short_term", "cycle": "realized", "since": 3, "communities": [] }
              ],
              "storyQuestions": [ { "id": "next_step", "cycle": "potential" } ]
            }
            """);

        Assert.Equal(
        [
            "indicators[0] (confidence).quadrant: 'confidence' is one of the seeds' indicators, which keep their quadrant. Change its name or statement only, or add an indicator with an id of its own.",
            "indicators[1] (Incidents Avoided).colour: not a field CopOffice knows here. Known: id, name, statement, quadrant, cycle, communities, since.",
            "indicators[1] (Incidents Avoided).id: 'Incidents Avoided' must be 2 to 40 lower-case letters, digits or underscores, starting with a letter (it names cells and columns).",
            "indicators[1] (Incidents Avoided).statement: missing. A new indicator needs the statement members rate, e.g. \"The community helped us avoid incidents.\"",
            "indicators[1] (Incidents Avoided).quadrant: one of members_short_term, members_long_term, organisation_short_term, organisation_long_term.",
            "indicators[1] (Incidents Avoided).cycle: one of immediate, potential, applied, realized, reframing, not 'realised'.",
            "indicators[2] (deals_helped).name: missing. A new indicator needs a name, e.g. \"incidents avoided\".",
            "indicators[2] (deals_helped).since: the framework version that first asks it, from 2 to the file's version (2).",
            "indicators[2] (deals_helped).communities: a list of community names as the communities list spells them, e.g. [\"Safety\"]; leave it out for the whole organisation.",
            "storyQuestions[0] (next_step).text: missing. A new story question needs the question members answer.",
        ], error.Problems);
        Assert.StartsWith($"framework.json cannot be used as the framework:{Environment.NewLine}  - indicators[0]", error.Message);
    }

    [Theory]
    [InlineData("{ \"version\": 2, ", "It is not valid JSON (line 1, position 17): ")]
    [InlineData("[1, 2]", "It must be a JSON object: { \"version\": 2, \"indicators\": [ … ], \"storyQuestions\": [ … ] }.")]
    [InlineData("{ \"indicators\": [] }", "version: missing. Start at 2 when you first add questions to the seeds' framework (version 1).")]
    [InlineData("{ \"version\": 0 }", "version: a whole number from 1 to 999, raised each time you add questions (workbooks keep the version they were made with).")]
    public void A_file_that_is_not_a_framework_says_what_it_should_be(string json, string problem) =>
        Assert.StartsWith(problem, Assert.Single(Refused(json).Problems));

    [Fact]
    public void An_id_used_twice_and_too_many_indicators_are_refused()
    {
        var extra = string.Join(",", Enumerable.Range(1, 21).Select(i => $$"""{ "id": "extra_{{i}}", "name": "extra {{i}}", "statement": "Extra {{i}}.", "quadrant": "members_short_term", "cycle": "applied" }"""));
        var error = Refused($$"""{ "version": 2, "indicators": [ {{extra}}, { "id": "extra_1", "name": "again", "statement": "Again.", "quadrant": "members_short_term", "cycle": "applied" } ] }""");

        Assert.Equal(
        [
            "indicators[21] (extra_1): the id 'extra_1' is used twice. Give each indicator an id of its own.",
            "indicators: 41 in all, more than the 40 a survey may ask. Ask fewer, or give some to one community only.",
        ], error.Problems);
    }
}
