using System.Runtime.CompilerServices;
using CopOffice.Framework;

namespace CopOffice.Responses;

/// <summary>
/// The words that mean a rating on one scale, normalised once rather than for every answer: its five
/// labels, and what means n/a. <see cref="AnswerParser.TryRating(object?, RatingScale, out Rating, out string)"/> compares an answer with them.
/// </summary>
internal sealed class ScaleWords
{
    private static readonly ConditionalWeakTable<RatingScale, ScaleWords> Scales = new();

    private readonly (string Word, Rating Rating)[] _plain;

    private ScaleWords(RatingScale scale)
    {
        Labels = [.. Enumerable.Range(RatingScale.Min, RatingScale.Max - RatingScale.Min + 1).Select(v => AnswerParser.Normalise(scale.Label(v)))];
        // In the order the general path tries them: n/a words, the n/a label, then the labels 1 to 5.
        var words = AnswerParser.NotApplicableWords.Select(w => (w, Rating.NotApplicable))
            .Append((AnswerParser.NotApplicableLabel, Rating.NotApplicable))
            .Concat(Labels.Select((label, i) => (label, new Rating(i + RatingScale.Min))));
        var plain = AnswerParser.ForPlain(words.Select(w => w.Item1)).ToHashSet(StringComparer.Ordinal);
        _plain = [.. words.Where(w => plain.Contains(w.Item1))];
    }

    public static ScaleWords Of(RatingScale scale) => Scales.GetValue(scale, static s => new ScaleWords(s));

    /// <summary>The normalised labels of 1 to 5.</summary>
    public string[] Labels { get; }

    /// <summary>The rating a plain text (<see cref="AnswerParser.IsPlain"/>) names, the first that matches.</summary>
    public bool TryPlain(string plain, out Rating rating)
    {
        foreach (var (word, value) in _plain)
        {
            if (plain.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                rating = value;
                return true;
            }
        }
        rating = default;
        return false;
    }
}
