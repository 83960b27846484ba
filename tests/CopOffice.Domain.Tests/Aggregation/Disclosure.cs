using CopOffice.Aggregation;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>
/// An attacker's check, written independently of the production audit: it takes every group row of a
/// period that shared views show (the organisation view and every community view), works out from the
/// raw responses which responses each row covers, and proves by linear algebra that no sum or
/// difference of shown rows isolates fewer than k people, and that no hidden row can be computed.
/// </summary>
internal sealed class Disclosure
{
    private readonly List<(string Community, string Type, string Unit)> _atoms = [];
    private readonly List<HashSet<string>> _people = [];
    private readonly int _k;

    public List<(Group Group, long[] Vector)> Shown { get; } = [];
    public List<(Group Group, long[] Vector)> Hidden { get; } = [];

    public Disclosure(IEnumerable<Response> responses, ValuePicture picture, Period period)
    {
        _k = picture.Privacy.MinGroupSize;
        var surveys = responses.Where(r => r.Kind == TemplateKind.ValueSurvey && r.Period.Equals(period)).ToList();
        var anonymous = 0;
        foreach (var response in surveys)
        {
            var key = (Key(response.Community), Key(response.MemberType), Key(response.Unit));
            var index = _atoms.IndexOf(key);
            if (index < 0)
            {
                _atoms.Add(key);
                _people.Add([]);
                index = _atoms.Count - 1;
            }
            _people[index].Add(response.Respondent.Length > 0 ? response.Respondent : $"anonymous {anonymous++}");
        }

        var view = picture.Organisation(period);
        var rows = new List<GroupProfile> { view.Organisation };
        rows.AddRange(view.Communities);
        rows.AddRange(view.Units);
        rows.AddRange(view.MemberTypes);
        rows.AddRange(view.History.Where(h => h.Group.Period.Equals(period)));
        foreach (var community in view.Communities)
        {
            var cv = picture.Community(community.Group.Community!, period);
            rows.Add(cv.Profile);
            rows.Add(cv.Organisation);
            rows.AddRange(cv.MemberTypes);
        }
        foreach (var row in rows)
        {
            var vector = Vector(row.Group);
            if (vector.All(v => v == 0)) continue;
            if (row.Profile.TryGetValue(out var profile))
            {
                Assert.Equal(People(vector), profile.Respondents);
                Shown.Add((row.Group, vector));
            }
            else Hidden.Add((row.Group, vector));
        }
    }

    private static string Key(string? name) => name is null ? "" : AnswerParser.Normalise(name);

    private static string KeyOfShown(string? name) =>
        name is null or "(unit not given)" or "(member type not given)" ? "" : AnswerParser.Normalise(name);

    private long[] Vector(Group group) =>
    [
        .. _atoms.Select(a => (group.Kind switch
        {
            GroupKind.Organisation => true,
            GroupKind.Community => a.Community == KeyOfShown(group.Community),
            GroupKind.CommunityMemberType => a.Community == KeyOfShown(group.Community) && a.Type == KeyOfShown(group.MemberType),
            GroupKind.Unit => a.Unit == KeyOfShown(group.Unit),
            GroupKind.MemberType => a.Type == KeyOfShown(group.MemberType),
            _ => throw new ArgumentOutOfRangeException(nameof(group)),
        }) ? 1L : 0L),
    ];

    /// <summary>Distinct people in the atoms where the vector is not zero.</summary>
    public int People(long[] vector) => vector.Select((v, i) => (v, i)).Where(x => x.v != 0).SelectMany(x => _people[x.i]).Distinct().Count();

    /// <summary>Proof over every linear combination: no support with fewer than k people, no hidden row in the span.</summary>
    public void AssertSafe()
    {
        var shown = Shown.Select(s => s.Vector).ToList();
        var rank = Rank(shown);
        // Any combination's support is a set of atoms; try every set holding fewer than k people.
        foreach (var set in SmallSets())
        {
            var outside = shown.Select(v => v.Where((_, i) => !set.Contains(i)).ToArray()).ToList();
            Assert.True(Rank(outside) == rank,
                $"A combination of shown rows is zero outside atoms {{{string.Join(", ", set.Select(i => _atoms[i]))}}}, which hold {People(Indicator(set))} people (k = {_k}).");
        }
        foreach (var (group, vector) in Hidden)
            Assert.True(Rank([.. shown, vector]) > rank, $"The hidden row {group} can be computed from the shown rows.");
    }

    /// <summary>Tries every sum and difference of shown rows (coefficients −1, 0, +1): none reveals fewer than k people or a hidden row.</summary>
    public int AssertEverySubtraction()
    {
        var vectors = Shown.Select(s => s.Vector).Distinct(new VectorComparer()).ToList();
        Assert.True(vectors.Count <= 13, $"{vectors.Count} distinct shown rows: too many to try every combination.");
        var tried = 0;
        var coefficients = new int[vectors.Count];
        var combinations = (int)Math.Pow(3, vectors.Count);
        for (var n = 0; n < combinations; n++)
        {
            for (int g = 0, rest = n; g < coefficients.Length; g++, rest /= 3) coefficients[g] = rest % 3 - 1;
            if (coefficients.All(c => c == 0)) continue;
            tried++;
            var sum = new long[_atoms.Count];
            for (var g = 0; g < vectors.Count; g++)
                if (coefficients[g] != 0)
                    for (var i = 0; i < sum.Length; i++) sum[i] += coefficients[g] * vectors[g][i];
            if (sum.All(v => v == 0)) continue;
            var people = People(sum);
            Assert.True(people >= _k, $"The combination {string.Join(" ", coefficients.Select((c, g) => c == 0 ? "" : $"{(c > 0 ? "+" : "-")}[{Shown.First(s => s.Vector.SequenceEqual(vectors[g])).Group.Name}]"))} isolates {people} people.");
            foreach (var (group, hidden) in Hidden)
                Assert.False(sum.SequenceEqual(hidden), $"The hidden row {group} equals a combination of shown rows.");
        }
        return tried;
    }

    private long[] Indicator(IReadOnlyCollection<int> set) => [.. Enumerable.Range(0, _atoms.Count).Select(i => set.Contains(i) ? 1L : 0L)];

    private IEnumerable<HashSet<int>> SmallSets()
    {
        var stack = new List<int>();
        return Grow(0);

        IEnumerable<HashSet<int>> Grow(int from)
        {
            for (var i = from; i < _atoms.Count; i++)
            {
                stack.Add(i);
                if (People(Indicator(stack)) < _k)
                {
                    yield return [.. stack];
                    foreach (var larger in Grow(i + 1)) yield return larger;
                }
                stack.RemoveAt(stack.Count - 1);
            }
        }
    }

    /// <summary>Rank over the rationals, as the larger of the ranks modulo two large primes.</summary>
    public static int Rank(IReadOnlyList<long[]> rows) => Math.Max(Rank(rows, 1_000_000_007), Rank(rows, 998_244_353));

    private static int Rank(IReadOnlyList<long[]> rows, long p)
    {
        if (rows.Count == 0) return 0;
        var m = rows.Select(r => r.Select(v => ((v % p) + p) % p).ToArray()).ToList();
        var columns = m[0].Length;
        var rank = 0;
        for (var c = 0; c < columns && rank < m.Count; c++)
        {
            var pivot = -1;
            for (var r = rank; r < m.Count; r++)
                if (m[r][c] != 0) { pivot = r; break; }
            if (pivot < 0) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            var inverse = Power(m[rank][c], p - 2, p);
            for (var r = 0; r < m.Count; r++)
            {
                if (r == rank || m[r][c] == 0) continue;
                var factor = m[r][c] * inverse % p;
                for (var j = c; j < columns; j++) m[r][j] = ((m[r][j] - factor * m[rank][j]) % p + p) % p;
            }
            rank++;
        }
        return rank;
    }

    private static long Power(long b, long e, long p)
    {
        long result = 1;
        b %= p;
        while (e > 0)
        {
            if ((e & 1) == 1) result = result * b % p;
            b = b * b % p;
            e >>= 1;
        }
        return result;
    }

    private sealed class VectorComparer : IEqualityComparer<long[]>
    {
        public bool Equals(long[]? x, long[]? y) => x!.SequenceEqual(y!);
        public int GetHashCode(long[] obj) => obj.Aggregate(17, (h, v) => h * 31 + v.GetHashCode());
    }
}
