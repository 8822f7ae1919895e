using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>
    /// The shortest chain of facts connecting two entities, following facts and role links in either direction, in order
    /// from <paramref name="from"/>; null when they are not connected.
    /// </summary>
    public IReadOnlyList<Fact>? ShortestPath(IEntity from, IEntity to)
    {
        if (from is not Entity source || to is not Entity target || !Contains(source) || !Contains(target))
        {
            return null;
        }

        // Every fact is one step, so breadth first reaches each entity first by a shortest path, and can stop at the target.
        var reachedBy = new Dictionary<Entity, Fact?> { [source] = null };
        var queue = new Queue<Entity>();
        queue.Enqueue(source);
        while (queue.Count > 0 && !reachedBy.ContainsKey(target))
        {
            var entity = queue.Dequeue();
            foreach (var fact in OutIndex.All(entity).Concat(InIndex.All(entity)))
            {
                var next = ReferenceEquals(fact.SubjectEntity, entity) ? fact.ObjectEntity : fact.SubjectEntity;
                if (reachedBy.TryAdd(next, fact))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return reachedBy.ContainsKey(target) ? PathTo(target, reachedBy) : null;
    }

    private static List<Fact> PathTo(Entity target, Dictionary<Entity, Fact?> reachedBy)
    {
        var path = new List<Fact>();
        for (var entity = target; reachedBy[entity] is { } fact; entity = ReferenceEquals(fact.ObjectEntity, entity) ? fact.SubjectEntity : fact.ObjectEntity)
        {
            path.Add(fact);
        }

        path.Reverse();
        return path;
    }

    /// <summary>The entities within <paramref name="depth"/> facts of <paramref name="center"/>, in either direction, nearest first (the center excluded).</summary>
    public IReadOnlyList<Entity> Neighbourhood(IEntity center, int depth)
    {
        if (depth < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(depth), depth, "The depth cannot be negative.");
        }

        var found = new List<Entity>();
        if (center is not Entity origin || !Contains(origin))
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
                foreach (var neighbour in OutIndex.All(entity).Select(f => f.ObjectEntity).Concat(InIndex.All(entity).Select(f => f.SubjectEntity)))
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
