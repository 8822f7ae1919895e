using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>The whole graph as a picture (see <see cref="GraphPicture"/>).</summary>
    public GraphPicture Picture() => new(_entities, AllFacts);

    /// <summary>These entities and every fact between two of them, as a picture (a query's answer, a chosen set).</summary>
    public GraphPicture Picture(IEnumerable<IEntity> entities)
    {
        var chosen = new HashSet<Entity>(entities.OfType<Entity>().Where(Contains), ReferenceEqualityComparer.Instance);
        var ordered = _entities.Where(chosen.Contains).ToList();
        var facts = ordered.SelectMany(OutFacts).Where(f => chosen.Contains(f.ObjectEntity)).Distinct().ToList();
        return new GraphPicture(ordered, facts);
    }

    /// <summary>These facts and the entities at their ends, as a picture (a path, a query's facts); they must be facts of this graph.</summary>
    public GraphPicture Picture(IEnumerable<Fact> facts)
    {
        var chosen = facts.Distinct().ToList();
        if (chosen.FirstOrDefault(f => !Contains(f.SubjectEntity) || !Contains(f.ObjectEntity)) is { } foreign)
        {
            throw new System.ArgumentException($"'{foreign}' is not a fact of this graph: draw a graph's own facts.", nameof(facts));
        }

        var ends = new HashSet<Entity>(chosen.SelectMany(f => new[] { f.SubjectEntity, f.ObjectEntity }), ReferenceEqualityComparer.Instance);
        return new GraphPicture(_entities.Where(ends.Contains).ToList(), chosen);
    }

    /// <summary>An entity, what lies within <paramref name="depth"/> facts of it either way, and the facts among them.</summary>
    public GraphPicture NeighbourhoodPicture(IEntity center, int depth = 1) => Picture(Neighbourhood(center, depth).Prepend(center));
}
