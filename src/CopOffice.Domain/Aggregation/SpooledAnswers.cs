namespace CopOffice.Aggregation;

/// <summary>
/// The answers of a shared story, read again from where the run keeps what people wrote each time they
/// are enumerated: a period of 25,000 shared stories does not hold all their words in memory, and the
/// reports quote a few hundred of them.
/// </summary>
/// <remarks>It holds the picture and the survey's entry, not a closure: a closure made where the stories are
/// numbered would keep that work's arrays alive as long as the stories.</remarks>
internal sealed class SpooledAnswers(ValuePicture picture, Entry entry, int count) : IReadOnlyList<StoryAnswer>
{
    public int Count { get; } = count;

    public StoryAnswer this[int index] => Read()[index];

    public IEnumerator<StoryAnswer> GetEnumerator() => Read().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyList<StoryAnswer> Read()
    {
        var answers = picture.StoryAnswersOf(entry);
        // The words are the ones the story was numbered and counted by: a spool gives back what it was given.
        if (answers.Count != Count) throw new InvalidOperationException($"A story's answers read again are {answers.Count}, not {Count}.");
        return answers;
    }
}
