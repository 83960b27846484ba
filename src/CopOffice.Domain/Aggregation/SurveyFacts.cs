using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>
/// What the aggregation needs of a value survey, read once where the response is judged: the run's
/// readers work these out on their own cores, and the aggregation adds them up without decoding a
/// response again. About 150 bytes a survey: a byte per indicator's rating, and group names and emails
/// that are shared strings (the roster's), not copies per survey.
/// Free text (stories, enablers, challenges) is not here: views read it from the ledger when they show it.
/// </summary>
/// <param name="Respondent">A digest of who answered (email, else name); zero for an anonymous survey.</param>
/// <param name="RosterEmail">The member's email as the roster lists it (the roster's own string); null when the roster does not list it.</param>
internal readonly record struct SurveyFacts(
    Period Period, string Community, string? MemberType, string? Unit,
    UInt128 Respondent, string? RosterEmail, byte[] Ratings, byte StoryCycles, StoryConsent Consent, uint Roles)
{
    /// <summary>
    /// Where the survey's texts wait in the ledger's spool, when they do: views that show words (stories,
    /// enablers, challenges) read those alone, not the whole response again.
    /// </summary>
    public (AnswerKeys Keys, long Position, int Length, int Count)? Texts { get; init; }

    // Ratings holds each indicator's code, one byte each (so any number of indicators): 0 not answered, 1–5, 6 n/a.
    public const int NotApplicable = RatingSlots.NotApplicable;

    /// <summary>Anonymous: no name or email, each such survey is a person of its own.</summary>
    public bool IsAnonymous => Respondent == UInt128.Zero;

    /// <summary>The rating code of indicator <paramref name="i"/> (in <see cref="FrameworkIndex.Indicators"/> order).</summary>
    public int Rating(int i) => Ratings[i];

    /// <param name="names">Shares the spellings of group names among surveys (<see cref="Spellings"/>).</param>
    /// <param name="spool">The ledger's spool, where the response's texts may wait.</param>
    public static SurveyFacts Of(Response response, Spellings names, Spool? spool = null)
    {
        if (response.Kind != TemplateKind.ValueSurvey)
            throw new ArgumentException($"Facts are read from value surveys, not a {response.Kind}.", nameof(response));
        var ratings = new byte[FrameworkIndex.IndicatorNames.Length];
        var (keys, slots) = SlotsOf(response.Ratings);
        for (var i = 0; i < ratings.Length; i++)
            ratings[i] = (byte)RatingSlots.CodeOf(response.Ratings, FrameworkIndex.IndicatorNames[i], keys, slots[i]);
        uint roles = 0;
        foreach (var role in response.RolesHeld)
            if (FrameworkIndex.RoleIndex.TryGetValue(role, out var r)) roles |= 1u << r;
        var key = response.Respondent;
        return new SurveyFacts(response.Period, names.Shared(response.Community)!, names.Shared(response.MemberType), names.Shared(response.Unit),
            key.Length == 0 ? UInt128.Zero : Digest(key), names.OnRoster(response.MemberEmail),
            ratings, (byte)FreeText.StoryCycles(response), ConsentOf(response.Consent), roles)
        {
            Texts = spool is null ? null : TextSlots.SpooledAt(response.Texts, spool),
        };
    }

    // The indicators' slots in the value survey's packed ratings, looked up once per questionnaire layout.
    private static (AnswerKeys Keys, int[] Slots)? s_slots;

    private static (AnswerKeys? Keys, int[] Slots) SlotsOf(IReadOnlyDictionary<string, Rating> ratings)
    {
        if (RatingSlots.KeysOf(ratings) is not { } keys) return (null, NoSlots);
        if (s_slots is { } known && ReferenceEquals(known.Keys, keys)) return known;
        var found = (keys, FrameworkIndex.IndicatorNames.Select(keys.SlotOf).ToArray());
        s_slots = found;
        return found;
    }

    private static readonly int[] NoSlots = new int[FrameworkIndex.IndicatorNames.Length];

    public static StoryConsent ConsentOf(string consent) => consent switch
    {
        Questionnaires.Consent.Named => StoryConsent.Named,
        Questionnaires.Consent.Anonymous => StoryConsent.Anonymous,
        _ => StoryConsent.Private,
    };

    /// <summary>A person as a 128-bit digest of their key: two different people sharing one is beyond chance; never zero for a named person.</summary>
    private static UInt128 Digest(string key)
    {
        var digest = MemoryMarshal.Read<UInt128>(SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan())));
        return digest == UInt128.Zero ? UInt128.One : digest;
    }
}

/// <summary>
/// One string object per spelling of a group name, and the roster's own string for a listed email, so
/// that facts of 100,000 surveys share a few strings. Safe on any thread.
/// </summary>
internal sealed class Spellings(Roster? roster = null)
{
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _listed = (roster?.Entries ?? [])
        .Select(e => e.Email.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)
        .ToDictionary(e => e, StringComparer.Ordinal);

    /// <summary>The roster the emails are listed against; null for none.</summary>
    public Roster? Roster { get; } = roster;

    public string? OnRoster(string? email) => email is not null && _listed.TryGetValue(email, out var listed) ? listed : null;

    public string? Shared(string? name)
    {
        if (name is null) return null;
        lock (_shared)
        {
            if (_shared.TryGetValue(name, out var shared)) return shared;
            // A run meets a few hundred group names; a file that gives every row its own stops being shared, not growing.
            if (_shared.Count < 10_000) _shared[name] = name;
            return name;
        }
    }
}
