using CopOffice.Questionnaires;

namespace CopOffice.Intake.Forms;

/// <summary>
/// The columns of one Forms export, resolved once from its header row: the leading columns Forms
/// always writes, which survey the questions belong to, and which column fills which answer.
/// Reading a row afterwards is array lookups only.
/// </summary>
internal sealed class FormsLayout
{
    internal readonly record struct AnswerColumn(int Index, string Letters, string Name);

    internal sealed record ChoiceColumn(int Index, string Letters, FormsQuestion Question, ChoiceMatcher Matcher);

    internal readonly record struct IgnoredColumn(int Index, string Header);

    // The leading columns, by loose header. "Respondent …" are the names Microsoft's help pages use.
    private static readonly Dictionary<string, Leading> LeadingColumns = new(StringComparer.Ordinal)
    {
        ["id"] = Leading.Id, ["responseid"] = Leading.Id, ["respondentid"] = Leading.Id,
        ["starttime"] = Leading.StartTime,
        ["completiontime"] = Leading.CompletionTime,
        ["email"] = Leading.Email, ["respondentemail"] = Leading.Email, ["respondentemailaddress"] = Leading.Email,
        ["name"] = Leading.Name, ["respondentname"] = Leading.Name,
        ["lastmodifiedtime"] = Leading.LastModifiedTime,
    };

    private enum Leading { Id, StartTime, CompletionTime, Email, Name, LastModifiedTime }

    private readonly int[] _leading = [-1, -1, -1, -1, -1, -1];

    private FormsLayout(IReadOnlyList<string?> header)
    {
        var candidates = new List<IgnoredColumn>();
        var repeatedLeading = new List<IgnoredColumn>();
        var headers = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i]?.Trim();
            if (string.IsNullOrEmpty(text)) continue;
            headers.Add(text);
            if (LeadingColumns.TryGetValue(FormsHeaderText.Loose(text), out var leading))
            {
                if (_leading[(int)leading] < 0) _leading[(int)leading] = i;
                else repeatedLeading.Add(new(i, text));
                continue;
            }
            if (FormsHeaderText.IsQuizColumn(text)) continue;
            candidates.Add(new(i, text));
        }
        Headers = headers;

        // The survey whose columns are best covered. Of two covered alike, the one that reads more of the export's
        // columns: an earlier version asked more (the health check's readiness) or a later one did (new indicators).
        // A full tie goes to the first (the value survey, latest version first).
        // Coverage counts the survey's own columns only: a retired question is read but never expected.
        (FormsSurveyColumns Survey, Dictionary<FormsColumn, int> Assigned, List<IgnoredColumn> Unassigned, int Covered)? best = null;
        foreach (var survey in FormsSurveyColumns.All)
        {
            var (assigned, unassigned) = Assign(survey, candidates);
            var covered = assigned.Keys.Count(survey.IsExpected);
            var coverage = best is null ? 1 : ((long)covered * best.Value.Survey.Expected.Count).CompareTo((long)best.Value.Covered * survey.Expected.Count);
            if (coverage > 0 || (coverage == 0 && covered > best!.Value.Covered))
                best = (survey, assigned, unassigned, covered);
        }
        var (bestSurvey, bestAssigned, bestUnassigned, _) = best!.Value;
        Best = bestSurvey;
        Matched = bestAssigned.Count;
        Missing = [.. bestSurvey.Expected.Where(c => !bestAssigned.ContainsKey(c))];
        Ignored = [.. bestUnassigned.Concat(repeatedLeading).OrderBy(c => c.Index)];

        var ordered = bestAssigned.OrderBy(a => a.Value).ToList();
        Answers = [.. ordered.Where(a => a.Key.Name is not null).Select(a => new AnswerColumn(a.Value, ColumnLetters.Of(a.Value), a.Key.Name!))];
        Choices = [.. ordered.Where(a => a.Key.MultipleChoice is not null)
            .Select(a => new ChoiceColumn(a.Value, ColumnLetters.Of(a.Value), a.Key.MultipleChoice!, new ChoiceMatcher(a.Key.MultipleChoice!.Items)))];
    }

    public static FormsLayout Resolve(IReadOnlyList<string?> header) => new(header);

    /// <summary>The survey whose columns this export covers best, whether or not that is enough.</summary>
    public FormsSurveyColumns Best { get; }

    /// <summary>How many of <see cref="Best"/>'s columns the export has.</summary>
    public int Matched { get; }

    /// <summary>The export has a clear majority of <see cref="Best"/>'s columns: it is that survey's export.</summary>
    public bool IsMajority => Matched * 2 > Best.Expected.Count;

    /// <summary>The Forms leading columns are there: a response id, and a start or completion time.</summary>
    public bool HasLeadingColumns => Id >= 0 && (_leading[(int)Leading.StartTime] >= 0 || CompletionTime >= 0);

    public bool IsFormsExport => HasLeadingColumns || IsMajority;

    public int Id => _leading[(int)Leading.Id];
    public int CompletionTime => _leading[(int)Leading.CompletionTime];
    public int Email => _leading[(int)Leading.Email];
    public int Name => _leading[(int)Leading.Name];

    /// <summary>The non-blank headers, as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary><see cref="Best"/>'s columns the export lacks.</summary>
    public IReadOnlyList<FormsColumn> Missing { get; }

    /// <summary>Columns that are neither Forms' own, nor a quiz column, nor one of <see cref="Best"/>'s (or that repeat one).</summary>
    public IReadOnlyList<IgnoredColumn> Ignored { get; }

    public AnswerColumn[] Answers { get; }
    public ChoiceColumn[] Choices { get; }

    /// <summary>
    /// Assigns headers to the survey's columns: first by the header itself (or without its numbering),
    /// then, for what is left, without a repeat number ("Comment2"). The leftmost column wins a tie.
    /// </summary>
    private static (Dictionary<FormsColumn, int> Assigned, List<IgnoredColumn> Unassigned) Assign(FormsSurveyColumns survey, List<IgnoredColumn> candidates)
    {
        var assigned = new Dictionary<FormsColumn, int>(ReferenceEqualityComparer.Instance);
        var pending = new List<IgnoredColumn>();
        foreach (var candidate in candidates)
        {
            var target = survey.Find(FormsHeaderText.Loose(candidate.Header))
                ?? (FormsHeaderText.WithoutNumbering(candidate.Header) is { } bare ? survey.Find(FormsHeaderText.Loose(bare)) : null);
            if (target is null || !assigned.TryAdd(target, candidate.Index)) pending.Add(candidate);
        }
        var unassigned = new List<IgnoredColumn>();
        foreach (var candidate in pending)
        {
            var bare = FormsHeaderText.WithoutNumbering(candidate.Header) ?? candidate.Header;
            var target = FormsHeaderText.WithoutRepeatNumber(bare) is { } stripped ? survey.Find(FormsHeaderText.Loose(stripped)) : null;
            if (target is null || !assigned.TryAdd(target, candidate.Index)) unassigned.Add(candidate);
        }
        return (assigned, unassigned);
    }
}
