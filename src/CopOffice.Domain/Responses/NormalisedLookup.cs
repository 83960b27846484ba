namespace CopOffice.Responses;

/// <summary>
/// Finds the organisation's spelling of a name a person wrote ("data science" for "Data Science"):
/// the first of <c>names</c> whose <see cref="AnswerParser.Normalise"/>d form equals the text's.
/// Built once per run's rules instead of normalising every name for every response.
/// </summary>
internal sealed class NormalisedLookup
{
    // By normalised form; and, for plain texts (AnswerParser.IsPlain), the forms a plain text can equal, ignoring case.
    private readonly Dictionary<string, string> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPlainForm = new(StringComparer.OrdinalIgnoreCase);

    public NormalisedLookup(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var form = AnswerParser.Normalise(name);
            if (_byForm.TryAdd(form, name) && AnswerParser.ForPlain([form]).Length == 1) _byPlainForm.TryAdd(form, name);
        }
    }

    public bool IsEmpty => _byForm.Count == 0;

    public string? Find(string text) =>
        AnswerParser.IsPlain(text) ? _byPlainForm.GetValueOrDefault(text) : _byForm.GetValueOrDefault(AnswerParser.Normalise(text));
}
