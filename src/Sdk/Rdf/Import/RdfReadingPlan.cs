using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// When, in the second pass over a file, each subject is read and when its triples are let go. A subject is read once
/// the last triple of every node its reading looks into (itself, its sources, the triple a statement describes, the
/// event that implies a fact, and so on, as far as they lead) has passed; its triples are let go once every subject
/// whose reading looks into them has been read. Nodes that look into each other (a cycle of blank nodes) are read and
/// let go together. Worked out without recursion, whatever the file's shape: the components in time linear in the
/// nodes and what they look into, then a sort of the subjects by position.
/// </summary>
internal sealed class RdfReadingPlan
{
    private readonly int[] _readNodes;
    private readonly int[] _readAt;
    private readonly int[] _releaseNodes;
    private readonly int[] _releaseAt;

    /// <summary>Per node, the position after which its triples are let go; -1 for a node that is no subject.</summary>
    private readonly int[] _releaseOf;
    private int _nextRead;
    private int _nextRelease;

    private RdfReadingPlan(int[] readNodes, int[] readAt, int[] releaseNodes, int[] releaseAt, int[] releaseOf)
    {
        _releaseOf = releaseOf;
        _readNodes = readNodes;
        _readAt = readAt;
        _releaseNodes = releaseNodes;
        _releaseAt = releaseAt;
    }

    /// <summary>Whether every subject has been read and let go.</summary>
    public bool Done => _nextRead == _readNodes.Length && _nextRelease == _releaseNodes.Length;

    /// <summary>
    /// The plan for nodes whose last triple as a subject stands at <paramref name="last"/> (-1 for no subject), first
    /// met in <paramref name="order"/>, where reading node <c>from[i]</c> looks into the triples of node <c>into[i]</c>.
    /// </summary>
    public static RdfReadingPlan Make(int[] last, List<int> order, List<int> from, List<int> into)
    {
        var graph = new LookGraph(last.Length, from, into);
        var (component, ready, release) = graph.Components(last);
        var readKeys = new long[order.Count];
        var releaseKeys = new long[order.Count];
        var readNodes = new int[order.Count];
        var releaseNodes = new int[order.Count];
        var releaseOf = new int[last.Length];
        Array.Fill(releaseOf, -1);
        for (var i = 0; i < order.Count; i++)
        {
            var node = order[i];
            releaseOf[node] = release[component[node]];
            readKeys[i] = ((long)ready[component[node]] << 32) | (uint)i; // ties in the order subjects first appear
            releaseKeys[i] = ((long)release[component[node]] << 32) | (uint)i;
            readNodes[i] = node;
            releaseNodes[i] = node;
        }

        Array.Sort(readKeys, readNodes);
        Array.Sort(releaseKeys, releaseNodes);
        return new RdfReadingPlan(readNodes, Positions(readKeys), releaseNodes, Positions(releaseKeys), releaseOf);
    }

    /// <summary>The position of the triple after which <paramref name="node"/>'s triples are let go; -1 for no subject.</summary>
    public int ReleaseOf(int node) => _releaseOf[node];

    /// <summary>The next subject to read once the triple at <paramref name="position"/> has passed, if any.</summary>
    public bool TryNextRead(int position, out int node) => TryNext(_readNodes, _readAt, ref _nextRead, position, out node);

    /// <summary>The next subject to let go of once the triple at <paramref name="position"/> has passed, if any.</summary>
    public bool TryNextRelease(int position, out int node) => TryNext(_releaseNodes, _releaseAt, ref _nextRelease, position, out node);

    private static bool TryNext(int[] nodes, int[] at, ref int next, int position, out int node)
    {
        if (next < nodes.Length && at[next] <= position)
        {
            node = nodes[next++];
            return true;
        }

        node = -1;
        return false;
    }

    private static int[] Positions(long[] keys)
    {
        var positions = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            positions[i] = (int)(keys[i] >> 32);
        }

        return positions;
    }

    /// <summary>Which nodes look into which, as arrays (each node's targets together), and its strongly connected components.</summary>
    private sealed class LookGraph
    {
        private readonly int[] _start;
        private readonly int[] _targets;

        public LookGraph(int nodes, List<int> from, List<int> into)
        {
            _start = new int[nodes + 1];
            foreach (var node in from)
            {
                _start[node + 1]++;
            }

            for (var i = 0; i < nodes; i++)
            {
                _start[i + 1] += _start[i];
            }

            _targets = new int[from.Count];
            var filled = new int[nodes];
            for (var i = 0; i < from.Count; i++)
            {
                _targets[_start[from[i]] + filled[from[i]]++] = into[i];
            }
        }

        /// <summary>
        /// Each node's component (Tarjan's algorithm, without recursion: a file may nest blank nodes as deep as it likes),
        /// and per component the last position any node it reaches has (when it can be read), and the last position at
        /// which any component reaching it is read (when it can be let go).
        /// </summary>
        public (int[] Component, List<int> Ready, List<int> Release) Components(int[] last)
        {
            var count = last.Length;
            var index = new int[count]; // 0: not visited; else the visit's number, from 1
            var low = new int[count];
            var component = new int[count];
            var onStack = new bool[count];
            var stack = new int[count];
            var callNodes = new int[count];
            var callEdges = new int[count];
            var members = new int[count];
            var memberStart = new List<int>();
            var ready = new List<int>();
            int visits = 0, depth = 0, calls = 0, placed = 0;
            for (var root = 0; root < count; root++)
            {
                if (index[root] != 0)
                {
                    continue;
                }

                Visit(root);
                while (calls > 0)
                {
                    var node = callNodes[calls - 1];
                    if (callEdges[calls - 1] < _start[node + 1])
                    {
                        var target = _targets[callEdges[calls - 1]++];
                        if (index[target] == 0)
                        {
                            Visit(target);
                        }
                        else if (onStack[target])
                        {
                            low[node] = Math.Min(low[node], index[target]);
                        }

                        continue;
                    }

                    calls--;
                    if (calls > 0)
                    {
                        var parent = callNodes[calls - 1];
                        low[parent] = Math.Min(low[parent], low[node]);
                    }

                    if (low[node] == index[node])
                    {
                        Complete(node);
                    }
                }
            }

            // Components were completed after every component they reach: walking them backwards goes from those that
            // reach others to those reached, so each hands on when it is read to what it looks into.
            var release = new List<int>(ready);
            for (var c = ready.Count - 1; c >= 0; c--)
            {
                var end = c + 1 < memberStart.Count ? memberStart[c + 1] : placed;
                for (var m = memberStart[c]; m < end; m++)
                {
                    for (var e = _start[members[m]]; e < _start[members[m] + 1]; e++)
                    {
                        var reached = component[_targets[e]];
                        if (reached != c)
                        {
                            release[reached] = Math.Max(release[reached], release[c]);
                        }
                    }
                }
            }

            return (component, ready, release);

            void Visit(int node)
            {
                index[node] = low[node] = ++visits;
                stack[depth++] = node;
                onStack[node] = true;
                callNodes[calls] = node;
                callEdges[calls] = _start[node];
                calls++;
            }

            void Complete(int root)
            {
                var c = ready.Count;
                var first = placed;
                memberStart.Add(first);
                var at = -1;
                int member;
                do
                {
                    member = stack[--depth];
                    onStack[member] = false;
                    component[member] = c;
                    members[placed++] = member;
                    at = Math.Max(at, last[member]);
                }
                while (member != root);

                // Every component a member reaches is complete already, and knows when it is ready.
                for (var m = first; m < placed; m++)
                {
                    for (var e = _start[members[m]]; e < _start[members[m] + 1]; e++)
                    {
                        var reached = component[_targets[e]];
                        if (reached != c)
                        {
                            at = Math.Max(at, ready[reached]);
                        }
                    }
                }

                ready.Add(at);
            }
        }
    }
}
