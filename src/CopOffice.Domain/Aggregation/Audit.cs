namespace CopOffice.Aggregation;

/// <summary>
/// The disclosure graph of a period's disclosure and a light cut in it, if any (see <see cref="Suppression"/>).
/// Nodes: node 0 stands for everything whose figures nobody sees (hidden units; with the organisation
/// shown, its potential is fixed), one node per shown group of the tree (the people in it that no shown
/// sub-group covers) and one per shown unit. Each atom is an edge between its tree node and its unit node,
/// weighing its people. A cut of weight w is a combination of shown figures that reveals exactly the atoms
/// it crosses, so every cut must weigh at least k.
/// </summary>
internal sealed class Audit
{
    private const int Ground = 0;

    private readonly PeriodDisclosure _release;
    private readonly Dictionary<DisclosedGroup, int> _node = [];
    private readonly List<(FinestGroup Atom, int Row, int Unit)> _edges = [];

    private Audit(PeriodDisclosure disclosure) => _release = disclosure;

    /// <summary>The sides of a light cut (see <see cref="LightCut.Find"/>), or null when there is none.</summary>
    public int[]? Cut { get; private set; }

    public static Audit Of(PeriodDisclosure disclosure, int k)
    {
        var audit = new Audit(disclosure);
        var next = Ground + 1;
        IEnumerable<DisclosedGroup> nodes = [disclosure.Organisation, .. disclosure.Communities, .. disclosure.Communities.MemberTypeCells(), .. disclosure.Units];
        foreach (var cell in nodes.Where(c => !c.Hidden)) audit._node[cell] = next++;
        foreach (var atom in disclosure.Atoms) audit._edges.Add((atom, audit.RowNode(atom), audit.UnitNode(atom)));
        audit.Cut = LightCut.Find(next, [.. audit._edges.Where(e => e.Row != e.Unit).Select(e => (e.Row, e.Unit, e.Atom.Weight))], Weights.Of(k));
        return audit;
    }

    private int Node(DisclosedGroup? cell) => cell is not null && _node.TryGetValue(cell, out var node) ? node : -1;

    /// <summary>The deepest shown group of the tree that holds the atom.</summary>
    private int RowNode(FinestGroup atom)
    {
        foreach (var cell in (DisclosedGroup?[])[_release.CommunityType(atom.Community, atom.Type), _release.Community(atom.Community), _release.Organisation])
            if (Node(cell) is > 0 and var node) return node;
        return Ground;
    }

    private int UnitNode(FinestGroup atom) => Node(_release.Unit(atom.Unit)) is > 0 and var node ? node : Ground;

    /// <summary>
    /// Whether a hidden group's figure can be computed from the shown ones: whether node potentials exist
    /// that differ by exactly one across the group's atoms and not at all across any other atom. Atoms
    /// outside the group tie their ends to one potential; the group's atoms then ask "row = unit + 1"
    /// between those classes, which is solvable unless the constraints contradict each other.
    /// </summary>
    public bool Computable(DisclosedGroup hidden)
    {
        var inGroup = hidden.Atoms.ToHashSet();
        var classes = Enumerable.Range(0, _node.Count + 1).ToArray();
        int Find(int v)
        {
            while (classes[v] != v) v = classes[v] = classes[classes[v]];
            return v;
        }
        foreach (var (atom, row, unit) in _edges.Where(e => !inGroup.Contains(e.Atom)))
        {
            var (a, b) = (Find(row), Find(unit));
            if (a != b) classes[Math.Max(a, b)] = Math.Min(a, b);
        }
        var constraints = new Dictionary<int, List<(int Other, int Difference)>>();
        foreach (var (atom, row, unit) in _edges.Where(e => inGroup.Contains(e.Atom)))
        {
            var (a, b) = (Find(row), Find(unit));
            if (a == b) return false;
            Link(a, b, 1);
            Link(b, a, -1);
        }
        var potential = new Dictionary<int, int>();
        foreach (var start in constraints.Keys.Order())
        {
            if (potential.ContainsKey(start)) continue;
            potential[start] = 0;
            var queue = new Queue<int>([start]);
            while (queue.TryDequeue(out var node))
                foreach (var (other, difference) in constraints[node])
                {
                    var wanted = potential[node] - difference;
                    if (!potential.TryGetValue(other, out var had))
                    {
                        potential[other] = wanted;
                        queue.Enqueue(other);
                    }
                    else if (had != wanted) return false;
                }
        }
        return true;

        // potential(from) − potential(to) = difference
        void Link(int from, int to, int difference)
        {
            if (!constraints.TryGetValue(from, out var list)) constraints[from] = list = [];
            list.Add((to, difference));
        }
    }

    /// <summary>
    /// The group to hide next: among the shown groups holding atoms of the cut, one whose hiding moves an
    /// atom of the cut to the other side (so the cut disappears), the smallest such; else the smallest of all.
    /// </summary>
    public DisclosedGroup Candidate()
    {
        var side = Cut ?? throw new InvalidOperationException("There is no cut to break.");
        var crossing = _edges.Where(e => e.Row != e.Unit && side[e.Row] >= 0 && side[e.Row] != side[e.Unit]).ToList();
        var candidates = new List<DisclosedGroup>();
        var resolving = new HashSet<DisclosedGroup>();
        var org = Node(_release.Organisation);
        foreach (var (atom, row, unit) in crossing)
        {
            var type = _release.CommunityType(atom.Community, atom.Type)!;
            var community = _release.Community(atom.Community)!;
            var unitCell = _release.Unit(atom.Unit)!;
            if (!type.Hidden)
                Consider(type, community.Hidden ? org : Node(community), unit);
            if (!community.Hidden) Consider(community, org, unit);
            if (!unitCell.Hidden) Consider(unitCell, Ground, row);

            // Hiding the cell moves this atom's end to `target`; the atom stops crossing when `target` lies on the side of its other end.
            void Consider(DisclosedGroup cell, int target, int otherEnd)
            {
                if (!candidates.Contains(cell)) candidates.Add(cell);
                if (target >= 0 && side[target] >= 0 && side[target] == side[otherEnd]) resolving.Add(cell);
            }
        }
        return Suppression.Smallest(candidates.Where(resolving.Contains))
            ?? Suppression.Smallest(candidates)
            ?? _release.Organisation;
    }
}
