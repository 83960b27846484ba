using System.Globalization;
using CopOffice.Framework;
using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// Checks a raw response against its questionnaire and the organisation's lists, and normalises it.
/// The same rules serve the intake, the service's validate endpoint and (through it) the add-in.
/// What decides severity: an answer that cannot be read or cannot be placed (community, period,
/// a rating off the scale) is an error and rejects the response until it is fixed; an answer that
/// is merely missing or odd is a warning and the response is kept.
/// </summary>
public static partial class ResponseValidator
{
    public static IntakeResult Validate(RawResponse raw, IntakeRules rules)
    {
        var check = new Check(raw);
        var questionnaire = Questionnaire.For(raw.Kind);
        var layout = ResponseLayout.Of(questionnaire);
        var lookup = RulesLookup.Of(rules);
        if (raw.Version > questionnaire.Version)
        {
            check.Error($"This {questionnaire.Title.ToLowerInvariant()} was made with template version {raw.Version}, newer than this CopOffice knows (version {questionnaire.Version}). Update CopOffice, or fill in the current template.",
                raw.Source.Location);
            return check.Result(null);
        }
        if (raw.Version < 1)
        {
            check.Error($"The template version {raw.Version} is not one CopOffice made.", raw.Source.Location);
            return check.Result(null);
        }

        var community = Community(check, lookup);
        var period = PeriodOf(check);
        // What this template or form asked (its version, its community's own indicators): a question it never
        // asked is not left blank, and a community's own indicator counts only for that community.
        var asked = Questionnaire.For(raw.Kind, raw.MadeFor, raw.Version);
        var ratings = Ratings(check, layout, asked, community, raw.Version);
        var answers = Texts(check, questionnaire, layout);
        if (raw.Kind == TemplateKind.ActionPlan) Actions(check, answers);
        string? email = null, name = null, memberType = null, consent = Consent.No, unit = Unit(check, lookup);
        IReadOnlyList<string> roles = [], memberTypes = [];
        var signedIn = false;

        if (raw.Kind == TemplateKind.ValueSurvey)
        {
            (name, email) = Identity(check, out signedIn);
            memberTypes = OptionalChoices(check, questionnaire.Get(AnswerNames.MemberType));
            consent = ConsentOf(check, questionnaire.Get(AnswerNames.Consent));
            roles = RolesHeld(check);
            (unit, memberType, name) = CompleteFromRoster(check, rules.Roster, email, community, unit, ReportingMemberType.Of(memberTypes), name);
            FollowUps(check, answers, period, email, community);
            if (memberTypes.Count == 0 && memberType is not null) memberTypes = [memberType];
        }
        else
        {
            RequiredText(check, AnswerNames.CompletedBy, "Who completed this");
            email = OptionalEmail(check);
        }

        if (check.HasErrors || community is null || period is null) return check.Result(null);

        return check.Result(new Response(raw.Kind, raw.Source, community, period.Value)
        {
            Version = raw.Version,
            Unit = unit,
            MemberName = name,
            MemberEmail = email,
            EmailSignedIn = signedIn,
            SubmittedBy = raw.SubmittedBy,
            MemberType = memberType,
            MemberTypes = memberTypes,
            Consent = consent,
            CompletedBy = check.Text(AnswerNames.CompletedBy),
            CompletedAt = raw.CompletedAt,
            Ratings = ratings,
            Texts = Trimmed(answers),
            RolesHeld = roles,
        });
    }

    /// <summary>The texts in a dictionary of their size: most responses answer a few of the text questions.</summary>
    private static Dictionary<string, string> Trimmed(Dictionary<string, string> texts)
    {
        texts.TrimExcess();
        return texts;
    }

    /// <summary>Why an answer to a question CopOffice no longer asks is kept in the ledger but not reported.</summary>
    private static string Retired(Question question, string answer) => question.Name == AnswerNames.Stage
        ? $"\"{question.Label}\" ({answer}): an earlier template's question, no longer asked or reported. Its steps are the organisation's programme " +
          "for cultivating communities, not a phase of one community: the organisation report's Programme sheet follows them. Nothing to do."
        : $"\"{question.Label}\" ({answer}): an earlier template's question, no longer asked or reported. Nothing to do.";

    private static string? Community(Check check, RulesLookup rules)
    {
        var text = check.Text(AnswerNames.Community);
        if (text is null)
        {
            check.Error("The community is missing: say which community of practice this is about.", check.Where(AnswerNames.Community));
            return null;
        }
        var known = rules.KnownCommunities;
        if (known.Count == 0) return text;
        var match = rules.Communities.Find(text);
        if (match is not null) return match;
        var nearest = Nearest(text, known);
        check.Error($"\"{text}\" is not a community the organisation knows{(nearest is null ? "." : $"; did you mean \"{nearest}\"?")} Choose one of: {string.Join(", ", known.Order(StringComparer.OrdinalIgnoreCase))}.",
            check.Where(AnswerNames.Community));
        return null;
    }

    private static string? Unit(Check check, RulesLookup rules)
    {
        var text = check.Text(AnswerNames.Unit);
        if (text is null || rules.Units.IsEmpty) return text;
        var match = rules.Units.Find(text);
        if (match is not null) return match;
        check.Warning($"\"{text}\" is not one of the organisation's units; it is kept as written.", check.Where(AnswerNames.Unit));
        return text;
    }

    private static Period? PeriodOf(Check check)
    {
        var answer = check.Value(AnswerNames.Period);
        if (AnswerParser.IsBlank(answer))
        {
            check.Error("The period is missing: write the period this covers, e.g. 2026-Q4.", check.Where(AnswerNames.Period));
            return null;
        }
        if (Period.TryParse(answer, out var period)) return period;
        check.Error($"\"{AnswerParser.Text(answer)}\" is not a period CopOffice can read: write it as 2026-Q4, Q4 2026, 2026-11 or a date.", check.Where(AnswerNames.Period));
        return null;
    }

    private static IReadOnlyDictionary<string, Rating> Ratings(Check check, ResponseLayout layout, Questionnaire asked, string? community, int version)
    {
        var rated = layout.Rated;
        // Sized once for every rating: 100,000 responses, each a dictionary never grown or copied.
        var ratings = new Dictionary<string, Rating>(rated.Length, StringComparer.Ordinal);
        var framework = ValueFramework.Active;
        var askedCount = 0;
        List<Question>? unanswered = null;
        List<Question>? notOurs = null;
        for (var i = 0; i < rated.Length; i++)
        {
            var question = rated[i];
            var isAsked = asked.Find(question.Name) is not null;
            if (isAsked) askedCount++;
            var value = check.Value(question.Name);
            if (AnswerParser.IsBlank(value))
            {
                if (question.Required && isAsked) (unanswered ??= []).Add(question);
                continue;
            }
            if (framework.HasCommunityIndicators && question.FrameworkId is { } id && framework.Indicator(id) is { } indicator && !indicator.IsAskedIn(community, version))
            {
                // Another community's own indicator (a form or template made for it, answered about this one): left out.
                if (community is not null) (notOurs ??= []).Add(question);
                continue;
            }
            if (AnswerParser.TryRating(value, layout.Scales[i], out var rating, out var error))
                ratings[question.Name] = rating;
            else
                check.Error($"{question.Label}: {error}.", check.Where(question.Name));
        }
        if (askedCount > 0 && ratings.Count == 0 && unanswered?.Count == askedCount)
            check.Error($"Nothing is rated: rate the {askedCount} statements 1 to 5 (or n/a) before submitting.", check.Where(unanswered[0].Name));
        else if (unanswered is not null)
            // Every one named: the ledger and the receipt say which answers an incomplete survey lacks.
            check.Warning($"{unanswered.Count} of {askedCount} ratings left blank ({string.Join(", ", unanswered.Select(u => u.Label))}); they count as not answered.", check.Where(unanswered[0].Name));
        if (notOurs is not null)
            check.Warning($"{Listed(notOurs.Select(q => q.Label))}: {(notOurs.Count == 1 ? "an indicator" : "indicators")} of another community's own, not asked about {community}; left out. Use {community}'s survey, or choose the community the form was made for.",
                check.Where(notOurs[0].Name));
        return ratings;
    }

    private static Dictionary<string, string> Texts(Check check, Questionnaire questionnaire, ResponseLayout layout)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in layout.Texts)
        {
            if (question.Type == AnswerType.Choice)
            {
                if (OptionalChoice(check, question) is { } choice) texts[question.Name] = choice;
                continue;
            }
            if (question.Type == AnswerType.Choices)
            {
                if (OptionalChoices(check, question) is { Count: > 0 } chosen) texts[question.Name] = string.Join("; ", chosen);
                continue;
            }
            if (check.Text(question.Name) is { } text) texts[question.Name] = text;
        }
        foreach (var retired in questionnaire.Retired)
            if (check.Text(retired.Name) is { } answer)
                check.Warning(Retired(retired, answer), check.Where(retired.Name));
        // Seed 004's account is quoted only with the story it belongs to: alone, no view would ever show it.
        if (texts.TryGetValue(AnswerNames.AtItsBest, out var best) && Aggregation.FreeText.IsAnswer(best)
            && !Framework.ValueFramework.StoryQuestions.Any(q => Aggregation.FreeText.IsAnswer(texts.GetValueOrDefault(AnswerNames.Story(q.Id)))))
            check.Warning("\"Describe a time when your community was acting at its best\" is answered without a story: it is quoted only with your story. Tell the story above too, or it stays in your answers alone.",
                check.Where(AnswerNames.AtItsBest));
        return texts;
    }

    private static (string? Name, string? Email) Identity(Check check, out bool signedIn)
    {
        var name = check.Text(AnswerNames.Name) ?? Known(check.Raw.SourceName);
        var typed = check.Text(AnswerNames.Email);
        var email = typed ?? Known(check.Raw.SourceEmail);
        // Forms fills its Email column from the respondent's sign-in, and the service records who signed in to hand
        // a workbook in; a typed address is only a claim unless it is one of those.
        signedIn = email is not null && (string.Equals(email, Known(check.Raw.SourceEmail), StringComparison.OrdinalIgnoreCase)
            || string.Equals(email, check.Raw.SubmittedBy, StringComparison.OrdinalIgnoreCase));
        if (email is not null && !AnswerParser.IsEmail(email))
        {
            check.Error($"\"{email}\" is not a well-formed email address (name@example.com).", typed is null ? check.Raw.Source.Location : check.Where(AnswerNames.Email));
            email = null;
            signedIn = false;
        }
        if (name is null && email is null)
            check.Warning("Anonymous response: no name or email. It counts in group figures, but no personal workbook can be made and a repeat cannot be recognised.", check.Where(AnswerNames.Email));
        else if (email is null && !check.HasErrors)
            check.Warning("No email: the member's answers cannot be linked across periods.", check.Where(AnswerNames.Email));
        return (name, email?.ToLowerInvariant());
    }

    // Forms writes "anonymous" where a respondent was not signed in.
    private static string? Known(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Equals("anonymous", StringComparison.OrdinalIgnoreCase) ? null : value.Trim();

    private static string? OptionalEmail(Check check)
    {
        var text = check.Text(AnswerNames.Email);
        if (text is null)
        {
            check.Warning("No contact email is given.", check.Where(AnswerNames.Email));
            return null;
        }
        if (AnswerParser.IsEmail(text)) return text.ToLowerInvariant();
        check.Warning($"\"{text}\" is not a well-formed email address; it is ignored.", check.Where(AnswerNames.Email));
        return null;
    }

    private static void RequiredText(Check check, string name, string what)
    {
        if (check.Text(name) is null) check.Warning($"{what} is not filled in.", check.Where(name));
    }

    private static string? OptionalChoice(Check check, Question question)
    {
        var text = check.Text(question.Name);
        if (text is null) return null;
        var choice = AnswerParser.Choice(text, question.Choices);
        if (choice is null)
            check.Warning($"{question.Label}: \"{text}\" is not one of {string.Join(", ", question.Choices)}; it is ignored.", check.Where(question.Name));
        return choice;
    }

    private static IReadOnlyList<string> OptionalChoices(Check check, Question question)
    {
        var (chosen, unknown) = AnswerParser.Choices(check.Text(question.Name), question.Choices);
        if (unknown.Count > 0)
            check.Warning($"{question.Label}: {Listed(unknown.Select(u => $"\"{u}\""))} {(unknown.Count == 1 ? "is" : "are")} not one of {string.Join(", ", question.Choices)}; "
                + (chosen.Count > 0 ? $"{(unknown.Count == 1 ? "it is" : "they are")} ignored and {Listed(chosen)} kept." : $"{(unknown.Count == 1 ? "it is" : "they are")} ignored."),
                check.Where(question.Name));
        return chosen;
    }

    private static string ConsentOf(Check check, Question question)
    {
        var text = check.Text(question.Name);
        if (text is null)
        {
            check.Warning("No answer to \"May we quote your story?\": the story is treated as not to be quoted.", check.Where(question.Name));
            return Consent.No;
        }
        var choice = AnswerParser.Choice(text, Consent.All) ?? (AnswerParser.Flag(text) == true ? Consent.Named : null);
        if (choice is not null) return choice;
        check.Warning($"\"{text}\" is not named, anonymous or no: the story is treated as not to be quoted.", check.Where(question.Name));
        return Consent.No;
    }

    private static IReadOnlyList<string> RolesHeld(Check check)
    {
        List<string>? roles = null;
        foreach (var (role, name) in ResponseLayout.Roles)
        {
            var value = check.Value(name);
            switch (AnswerParser.Flag(value))
            {
                case true: (roles ??= []).Add(role.Id); break;
                case null: check.Warning($"{role.Name}: \"{AnswerParser.Text(value)}\" is neither yes nor no; the role is not counted.", check.Where(name)); break;
            }
        }
        return roles is null ? [] : roles.ToArray();
    }

    private static (string? Unit, string? MemberType, string? Name) CompleteFromRoster(Check check, Roster roster, string? email, string? community, string? unit, string? memberType, string? name)
    {
        if (roster.IsEmpty || email is null) return (unit, memberType, name);
        var entries = roster.ByEmail(email);
        if (entries.Count == 0)
        {
            check.Warning($"{email} is not on the roster: the response counts, but not towards a response rate.", check.Where(AnswerNames.Email));
            return (unit, memberType, name);
        }
        var entry = entries.FirstOrDefault(e => community is not null && AnswerParser.SameNormalised(e.Community, community));
        if (entry is null && community is not null)
            check.Warning($"The roster lists {email} in {string.Join(", ", entries.Select(e => e.Community))}, not in {community}.", check.Where(AnswerNames.Community));
        entry ??= entries[0];
        return (unit ?? entry.Unit, memberType ?? entry.MemberType, name ?? entry.Name);
    }

    private static string? Nearest(string text, IReadOnlyList<string> known)
    {
        var key = AnswerParser.Normalise(text);
        var best = known.Select(k => (Name: k, Distance: Distance(key, AnswerParser.Normalise(k)))).MinBy(x => x.Distance);
        return best.Distance <= Math.Max(2, key.Length / 4) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }

    private static string Listed(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 4 ? string.Join(", ", list) : string.Join(", ", list.Take(3)) + $" and {(list.Count - 3).ToString(CultureInfo.InvariantCulture)} more";
    }

    /// <summary>The findings of one validation, and access to the raw answers by name.</summary>
    private sealed class Check
    {
        // Most responses have no finding at all: the list is made for the first.
        private List<Finding>? _findings;
        private int _errors;

        private readonly IAnswerValues? _values;

        public Check(RawResponse raw)
        {
            Raw = raw;
            _values = raw.Answers as IAnswerValues;
            foreach (var finding in raw.Findings) Add(finding);
        }

        public RawResponse Raw { get; }

        public bool HasErrors => _errors > 0;

        public object? Value(string name) => _values is not null
            ? _values.TryGetAnswerValue(name, out var value) ? value : null
            : Raw.Answers.TryGetValue(name, out var answer) ? answer.Value : null;

        public string? Text(string name) => AnswerParser.Text(Value(name));

        public Location Where(string name) =>
            Raw.Answers.TryGetValue(name, out var answer) ? answer.Location with { Name = name } : Raw.Source.Location with { Name = name };

        public void Error(string message, Location location) => Add(Finding.Error(message, location));

        public void Warning(string message, Location location) => Add(Finding.Warning(message, location));

        private void Add(Finding finding)
        {
            (_findings ??= []).Add(finding);
            if (finding.Severity == Severity.Error) _errors++;
        }

        public IntakeResult Result(Response? response) =>
            new(Raw.Source, Raw.Kind, HasErrors ? null : response, _findings is null ? [] : _findings);
    }
}
