using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

public sealed partial class ValuePicture
{
    private readonly Dictionary<Period, IReadOnlyList<(Story Story, Entry Entry)>> _shared = [];

    /// <summary>
    /// The stories of a period that shared views may show, numbered once for all of them: named stories,
    /// and anonymous ones of communities that meet the free-text threshold. Ordered by community, named
    /// before anonymous, then by name and words, so the numbers do not follow file names or input order.
    /// </summary>
    private IReadOnlyList<(Story Story, Entry Entry)> SharedStories(Period period)
    {
        lock (_gate) return _shared.TryGetValue(period, out var shared) ? shared : _shared[period] = NumberSharedStories(period);
    }

    private readonly Dictionary<Period, Dictionary<int, Story>> _sharedByEntry = [];

    /// <summary>The shared story of a survey, if it has one: each member's view asks for their own.</summary>
    private Story? SharedStoryOf(Period period, Entry entry)
    {
        var shared = SharedStories(period);
        lock (_gate)
        {
            if (!_sharedByEntry.TryGetValue(period, out var byEntry))
                _sharedByEntry[period] = byEntry = shared.ToDictionary(s => s.Entry.Index, s => s.Story);
            return byEntry.GetValueOrDefault(entry.Index);
        }
    }

    private IReadOnlyList<(Story Story, Entry Entry)> NumberSharedStories(Period period)
    {
        var release = ReleaseFor(period);
        var shared = _entries.GetValueOrDefault(period, [])
            .Where(e => e.StoryCycles != 0)
            .Where(e => e.Consent == StoryConsent.Named
                || (e.Consent == StoryConsent.Anonymous && release.Community(e.Community) is { } community && community.People >= Privacy.FreeTextMinGroupSize))
            .ToArray();
        // Reading the answers and the claims in them is most of the work of a large period: on all cores, each
        // story into its own slot (the order is decided after). A named story needs its member's name: only
        // then is the whole response read again.
        var stories = new (Story Story, Entry Entry, string Words)[shared.Length];
        Parallel.For(0, shared.Length, i =>
        {
            var e = shared[i];
            var story = StoryOf(e, period, TextsOf(e), e.Consent == StoryConsent.Named ? ResponseOf(e).MemberName : null, e.Consent);
            // Ordered by the words' beginning; the words are read again when shown, or when two stories begin alike.
            stories[i] = (story with { Answers = new SpooledAnswers(this, e, story.Answers.Count) }, e, WordsOf(story.Answers, SortPrefix));
        });
        var candidates = stories
            .OrderBy(x => x.Entry.Community, Comparer<int>.Create(_names.Communities.Compare))
            .ThenBy(x => x.Story.Consent)
            .ThenBy(x => x.Story.MemberName ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Story.MemberName ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.Words, StringComparer.Ordinal)
            .ThenBy(x => x, AllWords)
            .ToList();
        return [.. candidates.Select((x, i) => (x.Story with { Id = $"S{period.Year}Q{period.Quarter}-{i + 1:000}" }, x.Entry))];
    }

    /// <summary>How much of a story's words orders it before all of them, read again, do.</summary>
    private const int SortPrefix = 64;

    /// <summary>The words of a story's answers, one after another, up to <paramref name="limit"/> characters.</summary>
    private static string WordsOf(IEnumerable<StoryAnswer> answers, int limit = int.MaxValue)
    {
        var words = new System.Text.StringBuilder();
        foreach (var answer in answers)
        {
            if (words.Length > 0) words.Append('\u001F');
            words.Append(answer.Text);
            if (words.Length >= limit) return words.ToString(0, limit);
        }
        return words.ToString();
    }

    /// <summary>
    /// Stories whose beginnings are alike, ordered by all their words, read again from the spool: few
    /// stories get this far, so the words of most are never held or hashed for ordering.
    /// </summary>
    private static readonly IComparer<(Story Story, Entry Entry, string Words)> AllWords = Comparer<(Story Story, Entry Entry, string Words)>.Create((a, b) =>
        a.Words.Length < SortPrefix || b.Words.Length < SortPrefix ? 0 : string.CompareOrdinal(WordsOf(a.Story.Answers), WordsOf(b.Story.Answers)));

    /// <summary>A survey's story answers, read again from where its texts wait.</summary>
    internal IReadOnlyList<StoryAnswer> StoryAnswersOf(Entry entry) => AnswersOf(TextsOf(entry));

    /// <summary>The story questions a member answered, in the framework's order.</summary>
    private static List<StoryAnswer> AnswersOf(IReadOnlyDictionary<string, string> texts)
    {
        var answers = new List<StoryAnswer>();
        var questions = ValueFramework.StoryQuestions;
        for (var i = 0; i < questions.Count; i++)
            if (texts.TryGetValue(FrameworkIndex.StoryNames[i], out var text) && FreeText.IsAnswer(text))
                answers.Add(new StoryAnswer(questions[i], text));
        return answers;
    }

    /// <summary>A story as the consent allows others to see it: a named story carries name, unit and member type, an anonymous one none of them.</summary>
    private Story StoryOf(Entry entry, Period period, IReadOnlyDictionary<string, string> texts, string? memberName, StoryConsent consent, bool own = false)
    {
        var answers = AnswersOf(texts);
        var claims = new List<Claim>();
        foreach (var (question, text) in answers)
        {
            if (question.Cycle is not (ValueCycle.Applied or ValueCycle.Realized or ValueCycle.Reframing)) continue;
            // A figure repeated in several answers of one story (the performance answer and the quantitative one) counts once.
            foreach (var claim in ClaimReader.Read(text))
                if (!claims.Exists(c => c.Unit == claim.Unit && c.Amount == claim.Amount && (c.Amount is not null || c.Stated == claim.Stated)))
                    claims.Add(claim);
        }
        var identified = own || consent == StoryConsent.Named;
        return new Story(period, _names.Communities.Display(entry.Community), consent, answers, FrameworkIndex.CyclesIn(entry.StoryCycles), claims)
        {
            MemberName = identified ? memberName : null,
            Unit = identified && entry.Unit != GroupNameTable.NotGiven ? _names.Units.Display(entry.Unit) : null,
            MemberType = identified && entry.Type != GroupNameTable.NotGiven ? _names.Types.Display(entry.Type) : null,
        };
    }

    /// <summary>Claims of the given stories added up per unit: the organisation first (no community), then per community.</summary>
    private IReadOnlyList<ClaimTotal> Totals(IReadOnlyList<(Story Story, Entry Entry)> stories, bool withOrganisation)
    {
        var totals = new List<ClaimTotal>();
        IEnumerable<ClaimTotal> Sum(string? community, IEnumerable<Story> group) => group
            .SelectMany(s => s.Claims.Where(c => c.CountsInTotal).Select(c => (Story: s, Claim: c)))
            .GroupBy(x => x.Claim.Unit, StringComparer.Ordinal)
            .OrderBy(g => g.Key, ClaimUnits.Order)
            .Select(g => new ClaimTotal(community, g.Key, g.Sum(x => x.Claim.Amount!.Value), g.Count(), g.Select(x => x.Story).Distinct().Count()));
        if (withOrganisation) totals.AddRange(Sum(null, stories.Select(s => s.Story)));
        foreach (var community in stories.GroupBy(s => s.Entry.Community).OrderBy(g => g.Key, Comparer<int>.Create(_names.Communities.Compare)))
            totals.AddRange(Sum(_names.Communities.Display(community.Key), community.Select(s => s.Story)));
        return totals;
    }
}

/// <summary>The order claim units are listed in: time, effort, money, percentages; a rate after its unit.</summary>
internal static class ClaimUnits
{
    private static readonly string[] Known = ["minutes", "hours", "days", "weeks", "months", "FTE"];
    private static readonly string[] Rates = ["", "day", "week", "month", "quarter", "year"];

    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
    {
        var (baseA, rateA) = Split(a);
        var (baseB, rateB) = Split(b);
        var byRank = Rank(baseA).CompareTo(Rank(baseB));
        if (byRank != 0) return byRank;
        var byBase = string.CompareOrdinal(baseA, baseB);
        return byBase != 0 ? byBase : Array.IndexOf(Rates, rateA).CompareTo(Array.IndexOf(Rates, rateB));
    });

    private static (string Base, string Rate) Split(string unit)
    {
        var at = unit.IndexOf(" per ", StringComparison.Ordinal);
        return at < 0 ? (unit, "") : (unit[..at], unit[(at + 5)..]);
    }

    private static int Rank(string unit) =>
        Array.IndexOf(Known, unit) is >= 0 and var i ? i : unit == ClaimReader.Percent ? Known.Length + 2 : Known.Length + 1;
}
