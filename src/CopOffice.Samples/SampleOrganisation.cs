using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Samples;

public sealed record SampleMember(string Name, string Email, string Unit, string Community, string MemberType, IReadOnlyList<string> Roles);

/// <summary>The size of a sample organisation.</summary>
public sealed record SampleSize(int Communities, int Members, int Periods)
{
    /// <summary>What <c>copoffice demo</c> generates: big enough for every report figure to show.</summary>
    public static SampleSize Demo { get; } = new(6, 300, 3);

    /// <summary>The set committed under samples/: small enough to read by eye.</summary>
    public static SampleSize Small { get; } = new(2, 24, 2);
}

/// <summary>
/// A fictional organisation with communities of practice, units and members, generated from a seed:
/// the same seed and size give the same organisation.
/// </summary>
public sealed class SampleOrganisation
{
    private static readonly string[] CommunityNames = ["Data Science", "Agile Coaching", "Field Service", "Cyber Security", "Customer Experience", "Sustainability"];
    private static readonly string[] UnitNames = ["Operations", "Finance", "IT", "Marketing", "Research", "Human Resources"];
    private static readonly string[] FirstNames = ["Amara", "Ben", "Chloé", "Dev", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Lars", "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoë"];
    private static readonly string[] LastNames = ["Adeyemi", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Iyer", "Jansen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Usman", "Visser", "Weber", "Xu", "Yilmaz", "Zhang"];

    public SampleOrganisation(SampleSize size, int seed = 2026)
    {
        if (size.Communities is < 1 or > 6) throw new ArgumentOutOfRangeException(nameof(size), "A sample has 1 to 6 communities.");
        var random = new Random(seed);
        Size = size;
        Communities = CommunityNames[..size.Communities];
        Units = UnitNames[..Math.Min(UnitNames.Length, Math.Max(2, size.Communities))];
        Periods = [.. Enumerable.Range(0, size.Periods).Select(i => new Period(2026, 4 - size.Periods + 1 + i))];

        var members = new List<SampleMember>();
        var used = new HashSet<string>();
        for (var i = 0; i < size.Members; i++)
        {
            string first, last;
            do { first = FirstNames[random.Next(FirstNames.Length)]; last = LastNames[random.Next(LastNames.Length)]; }
            while (!used.Add(first + last) && used.Count < FirstNames.Length * LastNames.Length);
            // Communities differ in size, as they do: the first ones are the largest.
            var community = Communities[Math.Min(Communities.Count - 1, (int)(Math.Pow(random.NextDouble(), 1.4) * Communities.Count))];
            var memberType = Pick(random, [("Active member", 40), ("Peripheral member", 25), ("Core member", 15), ("Lurker", 12), ("Expert", 6), ("Coordinator", 2)]);
            var roles = memberType is "Core member" or "Expert" or "Coordinator"
                ? ValueFramework.LeadershipRoles.Where(_ => random.NextDouble() < 0.15).Select(r => r.Id).ToList()
                : [];
            members.Add(new SampleMember($"{first} {last}", $"{Ascii(first)}.{Ascii(last)}@contoso.example".ToLowerInvariant(), Units[random.Next(Units.Count)], community, memberType, roles));
        }
        // Every community has a coordinator.
        foreach (var community in Communities.Where(c => !members.Any(m => m.Community == c && m.MemberType == "Coordinator")))
        {
            var index = members.FindIndex(m => m.Community == community);
            if (index >= 0) members[index] = members[index] with { MemberType = "Coordinator", Roles = ["coordination"] };
        }
        Members = members;
    }

    public SampleSize Size { get; }
    public IReadOnlyList<string> Communities { get; }

    /// <summary>A community being piloted: the organisation knows it, its forming check is in, no member has answered yet.</summary>
    public string Forming { get; } = "Product Discovery";

    /// <summary>Every community the organisation lists: those with members, then the one being formed.</summary>
    public IReadOnlyList<string> Listed => [.. Communities, Forming];

    public IReadOnlyList<string> Units { get; }
    public IReadOnlyList<Period> Periods { get; }
    public IReadOnlyList<SampleMember> Members { get; }

    public SampleMember Coordinator(string community) => Members.First(m => m.Community == community && m.MemberType == "Coordinator");

    internal static T Pick<T>(Random random, IReadOnlyList<(T Value, int Weight)> weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return weighted[^1].Value;
    }

    // Spelled out rather than through Unicode normalisation, which invariant globalization leaves undone.
    private static readonly Dictionary<char, char> Plain = new() { ['é'] = 'e', ['ë'] = 'e', ['í'] = 'i', ['ç'] = 'c', ['á'] = 'a', ['ö'] = 'o', ['ü'] = 'u', ['ø'] = 'o', ['å'] = 'a' };

    private static string Ascii(string name) =>
        new([.. name.Select(c => Plain.GetValueOrDefault(char.ToLowerInvariant(c), c)).Where(c => c < 128 && char.IsLetter(c))]);
}
