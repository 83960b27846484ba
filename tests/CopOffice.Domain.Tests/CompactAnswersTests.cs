using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

/// <summary>
/// A response's ratings and texts are kept compactly (by position against keys the questionnaire's
/// responses share, texts packed as UTF-8) but read exactly as the dictionaries they replace.
/// </summary>
public class CompactAnswersTests
{
    /// <summary>What the validator filled before: a Dictionary with ordinal keys, filled in questionnaire order.</summary>
    private static void AssertSameAs<T>(Dictionary<string, T> expected, IReadOnlyDictionary<string, T> actual, params string[] absent)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Select(p => p.Key), actual.Select(p => p.Key));
        foreach (var (key, value) in expected)
        {
            Assert.True(actual.ContainsKey(key));
            Assert.True(actual.TryGetValue(key, out var found));
            Assert.Equal(value, found);
            Assert.Equal(value, actual[key]);
        }
        foreach (var key in absent)
        {
            Assert.False(actual.ContainsKey(key));
            Assert.False(actual.TryGetValue(key, out var found));
            Assert.Equal(default, found);
            var expectedError = Assert.Throws<KeyNotFoundException>(() => expected[key]);
            var actualError = Assert.Throws<KeyNotFoundException>(() => actual[key]);
            Assert.Equal(expectedError.Message, actualError.Message);
        }
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => actual.ContainsKey(null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => actual.TryGetValue(null!, out _)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => actual[null!]).ParamName);
    }

    [Fact]
    public void Ratings_read_as_a_dictionary_in_questionnaire_order_with_blanks_absent()
    {
        var answers = Raw.Survey();
        var indicators = ValueFramework.Indicators;
        for (var i = 0; i < indicators.Count; i++)
            answers[AnswerNames.Indicator(indicators[i].Id)] = i % 7 == 6 ? "n/a" : i % 5 == 4 ? null : (object)((i % 5) + 1d);

        var response = Raw.Validate(answers).Response!;

        var expected = new Dictionary<string, Rating>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
            if (i % 7 == 6) expected[AnswerNames.Indicator(indicators[i].Id)] = Rating.NotApplicable;
            else if (i % 5 != 4) expected[AnswerNames.Indicator(indicators[i].Id)] = new Rating(i % 5 + 1);
        Assert.Equal(16, expected.Count);
        AssertSameAs(expected, response.Ratings,
            AnswerNames.Indicator(indicators[4].Id), AnswerNames.Indicator(indicators[0].Id).ToUpperInvariant(), "story.activities", "", "indicator.nonexistent");
    }

    [Fact]
    public void Every_one_of_the_health_checks_ratings_keeps_its_own_value()
    {
        var rated = Questionnaire.HealthCheck.Questions.Where(q => q.Type == AnswerType.Rating).ToList();
        var answers = Raw.HealthCheck();
        var expected = new Dictionary<string, Rating>(StringComparer.Ordinal);
        string[] labels = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", "Not applicable"];
        for (var i = 0; i < rated.Count; i++)
        {
            // Neighbouring slots differ, so a value spilling into the next slot would show.
            answers[rated[i].Name] = labels[(i * 5 + 3) % 6];
            expected[rated[i].Name] = (i * 5 + 3) % 6 == 5 ? Rating.NotApplicable : new Rating((i * 5 + 3) % 6 + 1);
        }

        var response = Raw.Validate(answers, kind: TemplateKind.HealthCheck).Response!;

        Assert.Equal(29, rated.Count);
        AssertSameAs(expected, response.Ratings);
    }

    [Fact]
    public void Texts_read_as_a_dictionary_and_keep_every_character_people_wrote()
    {
        var answers = Raw.Survey();
        string[] stories =
        [
            "  Ran the clinic – twice; saved ~12 hours. ",
            "Équipe « données » : 3 sessions, 😀 and 数据科学",
            "Line one\r\nLine two\ttabbed",
            "A lone surrogate \uD83D kept as written",
        ];
        var names = ValueFramework.StoryQuestions.Select(s => AnswerNames.Story(s.Id)).ToList();
        for (var i = 0; i < stories.Length; i++) answers[names[i]] = stories[i];
        answers[AnswerNames.Challenges] = "Time.";

        var response = Raw.Validate(answers).Response!;

        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Length; i++) expected[names[i]] = stories[i].Trim();
        expected[AnswerNames.Challenges] = "Time.";
        AssertSameAs(expected, response.Texts, AnswerNames.Enablers, AnswerNames.Name, names[0].ToUpperInvariant());
        Assert.Equal("A lone surrogate \uD83D kept as written", response.Text(names[3]));
    }

    /// <summary>A spool that keeps everything in one list and counts what it is asked.</summary>
    private sealed class ListSpool : Spool
    {
        public List<byte> Bytes { get; } = [];
        public int Reads { get; private set; }

        public override long Append(ReadOnlySpan<byte> bytes)
        {
            var position = Bytes.Count;
            Bytes.AddRange(bytes);
            return position;
        }

        public override void Read(long position, Span<byte> destination)
        {
            Reads++;
            Bytes.Skip((int)position).Take(destination.Length).ToArray().CopyTo(destination);
        }
    }

    [Fact]
    public void Texts_kept_in_a_spool_read_as_the_same_dictionary_and_only_when_asked()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.Story("activities")] = "Équipe « données » : 3 sessions, 😀";
        answers[AnswerNames.Challenges] = "Time.";
        var spool = new ListSpool();

        var kept = Raw.Validate(answers).Response!;
        var spooled = Raw.Validate(answers, texts: spool).Response!;

        // The table (4 bytes for each of the survey's text answers: 8 story, 4 reflection, 2 conditions), then the two texts in UTF-8 (41 and 5 bytes).
        Assert.Equal(4 * 14 + 41 + 5, spool.Bytes.Count);
        // The thread that spooled a response keeps its block at hand (it reads the texts next); once it has
        // spooled another, the first one's texts come from the spool, and only when asked for.
        var other = Raw.Survey(email: "grace@example.org", name: "Grace Hopper");
        other[AnswerNames.Challenges] = "Budget.";
        Raw.Validate(other, texts: spool);
        Assert.Equal(0, spool.Reads);
        AssertSameAs(new Dictionary<string, string>(kept.Texts, StringComparer.Ordinal), spooled.Texts, AnswerNames.Enablers);
        Assert.Equal("Time.", spooled.Text(AnswerNames.Challenges));
        Assert.True(spool.Reads > 0);
    }

    [Fact]
    public void A_ledger_in_another_spool_copies_the_texts_and_reads_them_back_the_same()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.Story("activities")] = "Ran the clinic – saved 12 hours 😀";
        answers[AnswerNames.Enablers] = "A sponsor.";
        var texts = new ListSpool();
        var result = Raw.Validate(answers, texts: texts);

        var ledger = Ledger.Build([result]);
        var reads = texts.Reads;

        var accepted = Assert.Single(ledger.Accepted);
        Assert.Equal(
            [(AnswerNames.Story("activities"), "Ran the clinic – saved 12 hours 😀"), (AnswerNames.Enablers, "A sponsor.")],
            accepted.Texts.Select(p => (p.Key, p.Value)));
        Assert.Equal(reads, texts.Reads); // read from the ledger's own copy, not the validator's spool
    }

    [Fact]
    public void A_rejected_response_puts_nothing_in_the_spool()
    {
        var answers = Raw.Survey(period: "someday");
        answers[AnswerNames.Story("activities")] = "A story.";
        var spool = new ListSpool();

        Assert.Null(Raw.Validate(answers, texts: spool).Response);
        Assert.Empty(spool.Bytes);
    }

    [Fact]
    public void A_response_without_ratings_or_texts_has_empty_dictionaries()
    {
        var answers = Raw.Survey();
        foreach (var indicator in ValueFramework.Indicators) answers[AnswerNames.Indicator(indicator.Id)] = "n/a";
        var rated = Raw.Validate(answers).Response!;
        Assert.Empty(rated.Texts);
        Assert.Equal(20, rated.Ratings.Count);

        var plain = new Response(TemplateKind.ValueSurvey, new Source("a.xlsx"), "Data Science", new Period(2026, 4));
        AssertSameAs(new Dictionary<string, Rating>(), plain.Ratings, "indicator.time_saving");
        AssertSameAs(new Dictionary<string, string>(), plain.Texts, "story.activities");
        Assert.Empty(plain.RolesHeld);
    }

    [Fact]
    public void Each_response_keeps_its_own_values_though_they_share_keys()
    {
        var first = Raw.Survey();
        first[AnswerNames.Story("activities")] = "First story.";
        var second = Raw.Survey(email: "grace@example.org");
        second[AnswerNames.Indicator("time_saving")] = 1d;
        second[AnswerNames.Story("activities")] = "Second story.";

        var (a, b) = (Raw.Validate(first).Response!, Raw.Validate(second).Response!);

        Assert.Equal(new Rating(4), a.Ratings[AnswerNames.Indicator("time_saving")]);
        Assert.Equal(new Rating(1), b.Ratings[AnswerNames.Indicator("time_saving")]);
        Assert.Equal("First story.", a.Text(AnswerNames.Story("activities")));
        Assert.Equal("Second story.", b.Text(AnswerNames.Story("activities")));
    }
}
