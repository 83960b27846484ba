using CopOffice.Questionnaires;

namespace CopOffice.Intake.Forms;

/// <summary>
/// Finds the options of a multiple-choice question in the one cell Forms puts them in. Forms joins
/// the chosen options with ";" (and ends with one), but options may hold ";" "," or "/" themselves,
/// so the cell is searched for each known option, longest first, rather than split on a delimiter.
/// Options match without regard to case, dash or quote style, and only as whole words. What is left
/// once the options are taken out, less separators, is text that is no option.
/// </summary>
internal sealed class ChoiceMatcher
{
    private readonly (string Folded, FormsItem Item)[] _options;

    public ChoiceMatcher(IEnumerable<FormsItem> options)
    {
        _options = [.. options.Select(o => (Fold(o.Text.Trim()), o)).OrderByDescending(o => o.Item1.Length)];
        Options = [.. _options.Select(o => o.Item)];
    }

    /// <summary>The options in the order they are searched for, and so added to the chosen ones: longest first.</summary>
    public IReadOnlyList<FormsItem> Options { get; }

    /// <summary>Adds the chosen options to <paramref name="chosen"/> (each once) and the pieces that match no option to <paramref name="unknown"/>.</summary>
    public void Match(string cell, List<FormsItem> chosen, List<string> unknown)
    {
        var folded = Fold(cell).ToCharArray();
        foreach (var (option, item) in _options)
        {
            var found = false;
            var from = 0;
            while (from <= folded.Length - option.Length)
            {
                var at = folded.AsSpan(from).IndexOf(option.AsSpan(), StringComparison.Ordinal);
                if (at < 0) break;
                at += from;
                var end = at + option.Length;
                if (IsBoundary(folded, at - 1) && IsBoundary(folded, end))
                {
                    // Taken text is blanked out so a shorter option cannot match inside a longer one.
                    Array.Fill(folded, Taken, at, option.Length);
                    found = true;
                    from = end;
                }
                else from = at + 1;
            }
            if (found) chosen.Add(item);
        }

        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var free = i < folded.Length && folded[i] != Taken;
            if (free && start < 0) start = i;
            else if (!free && start >= 0)
            {
                var piece = cell[start..i].Trim(Separators);
                if (piece.Length > 0) unknown.Add(piece);
                start = -1;
            }
        }
    }

    private const char Taken = '\0';

    private static readonly char[] Separators = [';', ',', '|', '/', '\n', '\r', '\t', ' ', '\u00A0', '-', '–', '—', '•', '·'];

    private static bool IsBoundary(char[] text, int index) =>
        index < 0 || index >= text.Length || text[index] == Taken || !char.IsLetterOrDigit(text[index]);

    /// <summary>Lower case with dashes, quotes and spaces unified, one character for one so positions stay put.</summary>
    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                '\u00A0' or '\u202F' or '\t' => ' ',
                var c => char.ToLowerInvariant(c),
            };
        }
    });
}
