namespace CopOffice.Aggregation;

/// <summary>
/// Finds a light cut of an undirected weighted graph: a split of a connected part of it into two sides
/// whose crossing edges weigh more than nothing and less than a limit. Edges that alone reach the limit
/// are contracted first (no light cut can separate their ends); what is left is searched with
/// Stoer–Wagner, which meets every minimum cut, stopping at the first cut of a phase under the limit.
/// </summary>
internal static class LightCut
{
    /// <returns>
    /// The side of every node (0 or 1; −1 for nodes outside the part that holds the cut), or null when
    /// every cut of every connected part weighs at least <paramref name="limit"/>.
    /// </returns>
    public static int[]? Find(int nodes, IReadOnlyList<(int A, int B, long Weight)> edges, long limit)
    {
        var roots = Contract(nodes, edges, limit, out var sums);

        // Super nodes in order of their smallest original node, so the search does not depend on input order.
        var index = new Dictionary<int, int>();
        var members = new List<List<int>>();
        for (var v = 0; v < nodes; v++)
        {
            var root = roots.Find(v);
            if (!index.TryGetValue(root, out var s))
            {
                index[root] = s = members.Count;
                members.Add([]);
            }
            members[s].Add(v);
        }
        var adjacency = new Dictionary<int, long>[members.Count];
        for (var s = 0; s < adjacency.Length; s++) adjacency[s] = [];
        foreach (var ((a, b), weight) in sums)
        {
            var sa = index[roots.Find(a)];
            var sb = index[roots.Find(b)];
            if (sa == sb) continue;
            adjacency[sa][sb] = adjacency[sa].GetValueOrDefault(sb) + weight;
            adjacency[sb][sa] = adjacency[sb].GetValueOrDefault(sa) + weight;
        }

        foreach (var component in Components(adjacency))
        {
            if (component.Count < 2) continue;
            var side = StoerWagner(component, adjacency, members, limit);
            if (side is null) continue;
            var sides = new int[nodes];
            Array.Fill(sides, -1);
            foreach (var s in component)
                foreach (var v in members[s]) sides[v] = 0;
            foreach (var v in side) sides[v] = 1;
            return sides;
        }
        return null;
    }

    private static UnionFind Contract(int nodes, IReadOnlyList<(int A, int B, long Weight)> edges, long limit, out Dictionary<(int, int), long> sums)
    {
        var roots = new UnionFind(nodes);
        while (true)
        {
            sums = [];
            foreach (var (a, b, weight) in edges)
            {
                var ra = roots.Find(a);
                var rb = roots.Find(b);
                if (ra == rb) continue;
                var key = ra < rb ? (ra, rb) : (rb, ra);
                sums[key] = sums.GetValueOrDefault(key) + weight;
            }
            var merged = false;
            foreach (var ((a, b), weight) in sums)
                if (weight >= limit) merged |= roots.Union(a, b);
            if (!merged) return roots;
        }
    }

    private static List<List<int>> Components(Dictionary<int, long>[] adjacency)
    {
        var seen = new bool[adjacency.Length];
        var components = new List<List<int>>();
        for (var start = 0; start < adjacency.Length; start++)
        {
            if (seen[start]) continue;
            var component = new List<int> { start };
            seen[start] = true;
            for (var i = 0; i < component.Count; i++)
                foreach (var next in adjacency[component[i]].Keys.Order())
                    if (!seen[next])
                    {
                        seen[next] = true;
                        component.Add(next);
                    }
            components.Add(component);
        }
        return components;
    }

    /// <summary>Stoer–Wagner on one connected component; returns the original nodes of one side of a cut under the limit, or null.</summary>
    private static List<int>? StoerWagner(List<int> component, Dictionary<int, long>[] adjacency, List<List<int>> members, long limit)
    {
        var active = new List<int>(component);
        var group = component.ToDictionary(s => s, s => new List<int>(members[s]));
        var key = new Dictionary<int, long>();
        var added = new HashSet<int>();
        // Highest key first; ties go to the lower node, so the order is the same on every run.
        var queue = new PriorityQueue<int, (long Key, int Node)>(Comparer<(long Key, int Node)>.Create((x, y) =>
            x.Key != y.Key ? y.Key.CompareTo(x.Key) : x.Node.CompareTo(y.Node)));
        while (active.Count > 1)
        {
            key.Clear();
            added.Clear();
            queue.Clear();
            foreach (var s in active) key[s] = 0;
            int previous = -1, last = active[0];
            long cutOfPhase = 0;
            Add(last);
            for (var step = 1; step < active.Count; step++)
            {
                int next;
                while (true)
                {
                    if (!queue.TryDequeue(out next, out var priority))
                        throw new InvalidOperationException("Stoer–Wagner ran out of nodes: the component is not connected.");
                    if (!added.Contains(next) && priority.Key == key[next]) break;
                }
                previous = last;
                last = next;
                cutOfPhase = key[next];
                Add(next);
            }
            if (cutOfPhase < limit) return group[last];
            Merge(previous, last);
        }
        return null;

        void Add(int node)
        {
            added.Add(node);
            foreach (var (neighbour, weight) in adjacency[node])
            {
                if (added.Contains(neighbour)) continue;
                key[neighbour] += weight;
                queue.Enqueue(neighbour, (key[neighbour], neighbour));
            }
        }

        void Merge(int into, int from)
        {
            foreach (var (neighbour, weight) in adjacency[from])
            {
                adjacency[neighbour].Remove(from);
                if (neighbour == into) continue;
                adjacency[into][neighbour] = adjacency[into].GetValueOrDefault(neighbour) + weight;
                adjacency[neighbour][into] = adjacency[neighbour].GetValueOrDefault(into) + weight;
            }
            adjacency[from].Clear();
            group[into].AddRange(group[from]);
            active.Remove(from);
        }
    }

    private sealed class UnionFind(int size)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, size)];

        public int Find(int v)
        {
            while (_parent[v] != v) v = _parent[v] = _parent[_parent[v]];
            return v;
        }

        /// <summary>Joins two sets under the smaller root; false when they were one already.</summary>
        public bool Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a == b) return false;
            if (a < b) _parent[b] = a;
            else _parent[a] = b;
            return true;
        }
    }
}
