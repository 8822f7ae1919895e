using System.Collections.Generic;
using System.Linq;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>
    /// The shortest chain of facts connecting two entities, following facts and role links in either direction
    /// (QuikGraph's Dijkstra over the undirected view); null when they are not connected.
    /// </summary>
    public IReadOnlyList<Fact>? ShortestPath(IEntity from, IEntity to)
    {
        if (from is not Entity source || to is not Entity target || !_graph.ContainsVertex(source) || !_graph.ContainsVertex(target))
        {
            return null;
        }

        if (ReferenceEquals(source, target))
        {
            return System.Array.Empty<Fact>();
        }

        var undirected = new UndirectedBidirectionalGraph<Entity, Fact>(_graph);
        var paths = undirected.ShortestPathsDijkstra(_ => 1.0, source);
        return paths(target, out var path) ? path.ToList() : null;
    }

    /// <summary>The entities within <paramref name="depth"/> facts of <paramref name="center"/>, in either direction, nearest first (the center excluded).</summary>
    public IReadOnlyList<Entity> Neighbourhood(IEntity center, int depth)
    {
        if (depth < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(depth), depth, "The depth cannot be negative.");
        }

        var found = new List<Entity>();
        if (center is not Entity origin || !_graph.ContainsVertex(origin))
        {
            return found;
        }

        var seen = new HashSet<Entity> { origin };
        var frontier = new List<Entity> { origin };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<Entity>();
            foreach (var entity in frontier)
            {
                foreach (var neighbour in _graph.OutEdges(entity).Select(f => f.ObjectEntity).Concat(_graph.InEdges(entity).Select(f => f.SubjectEntity)))
                {
                    if (seen.Add(neighbour))
                    {
                        next.Add(neighbour);
                    }
                }
            }

            found.AddRange(next);
            frontier = next;
        }

        return found;
    }
}
