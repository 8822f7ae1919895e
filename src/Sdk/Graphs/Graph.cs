using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using QuikGraph;

namespace KnowledgeGraph;

/// <summary>
/// An immutable knowledge graph: entities and events are vertices, facts are edges of a QuikGraph
/// <see cref="BidirectionalGraph{TVertex,TEdge}"/>. Lookups by id, by type (subtypes included) and by entity and
/// relation in both directions use indexes built once, so the graph is safe for any number of readers.
/// </summary>
public sealed partial class Graph
{
    private static readonly IReadOnlyList<Fact> NoFacts = Array.Empty<Fact>();

    private readonly BidirectionalGraph<Entity, Fact> _graph;
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, Entity[]> _byName;
    private readonly Dictionary<Type, Entity[]> _byType;
    private readonly Dictionary<Type, Fact[]> _factsByType;
    private readonly Dictionary<(Entity, Type), Fact[]> _out;
    private readonly Dictionary<(Entity, Type), Fact[]> _in;

    internal Graph(Entity[] entities, Fact[] facts)
    {
        _graph = new BidirectionalGraph<Entity, Fact>(allowParallelEdges: true, entities.Length);
        _graph.AddVertexRange(entities);
        _graph.AddEdgeRange(facts);
        Entities = entities;
        AllFacts = facts;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _byName = entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (Name: name, Entity: e)))
            .GroupBy(p => p.Name, p => p.Entity, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byType = entities
            .SelectMany(e => TypesOf(e.GetType()).Select(t => (Type: t, Entity: e)))
            .GroupBy(p => p.Type, p => p.Entity)
            .ToDictionary(g => g.Key, g => g.ToArray());
        _factsByType = facts.GroupBy(f => f.GetType()).ToDictionary(g => g.Key, g => g.ToArray());
        _out = facts.GroupBy(f => (f.SubjectEntity, f.GetType())).ToDictionary(g => g.Key, g => g.ToArray());
        _in = facts.GroupBy(f => (f.ObjectEntity, f.GetType())).ToDictionary(g => g.Key, g => g.ToArray());
        Relations = facts.Select(f => f.Relation).Where(r => !r.IsRole).Distinct().OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every entity and event, in the order they were added.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every edge: facts of the ontology's relations and the role links of events.</summary>
    public IReadOnlyList<Fact> AllFacts { get; }

    /// <summary>The relations that have at least one fact.</summary>
    public IReadOnlyList<RelationInfo> Relations { get; }

    /// <summary>The underlying QuikGraph graph, read-only, for QuikGraph's algorithms.</summary>
    public IBidirectionalGraph<Entity, Fact> Structure => _graph;

    /// <summary>The entity or event with this id, or null.</summary>
    public Entity? FindById(string id) => _byId.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>The entity or event with this id, typed; throws when there is none or it is of another type.</summary>
    public T Get<T>(string id)
        where T : class, IEntity =>
        FindById(id) switch
        {
            T typed => typed,
            null => throw new KeyNotFoundException($"The graph has no entity '{id}'."),
            var other => throw new InvalidCastException($"'{id}' is {other.TypeName}, not {typeof(T).Name}."),
        };

    /// <summary>The entities of a type, its subtypes included (a generated class, interface or base kind).</summary>
    public IEnumerable<T> All<T>()
        where T : class, IEntity =>
        _byType.TryGetValue(typeof(T), out var entities) ? entities.Cast<T>() : Enumerable.Empty<T>();

    /// <summary>The events of a type, its subtypes included.</summary>
    public IEnumerable<T> Events<T>()
        where T : class, IEvent => All<T>();

    /// <summary>Every fact of one relation (the generated class of that relation).</summary>
    public IEnumerable<TFact> Facts<TFact>()
        where TFact : Fact =>
        _factsByType.TryGetValue(typeof(TFact), out var facts) ? facts.Cast<TFact>() : Enumerable.Empty<TFact>();

    /// <summary>The facts of one relation whose subject is <paramref name="subject"/>.</summary>
    public IEnumerable<TFact> Out<TFact>(IEntity subject)
        where TFact : Fact =>
        subject is Entity entity && _out.TryGetValue((entity, typeof(TFact)), out var facts) ? facts.Cast<TFact>() : Enumerable.Empty<TFact>();

    /// <summary>The facts of one relation whose object is <paramref name="object"/>.</summary>
    public IEnumerable<TFact> In<TFact>(IEntity @object)
        where TFact : Fact =>
        @object is Entity entity && _in.TryGetValue((entity, typeof(TFact)), out var facts) ? facts.Cast<TFact>() : Enumerable.Empty<TFact>();

    /// <summary>Every edge leaving <paramref name="entity"/>.</summary>
    public IEnumerable<Fact> OutFacts(IEntity entity) =>
        entity is Entity e && _graph.ContainsVertex(e) ? _graph.OutEdges(e) : NoFacts;

    /// <summary>Every edge arriving at <paramref name="entity"/>.</summary>
    public IEnumerable<Fact> InFacts(IEntity entity) =>
        entity is Entity e && _graph.ContainsVertex(e) ? _graph.InEdges(e) : NoFacts;

    /// <summary>
    /// Everything reachable from <paramref name="start"/> by one or more facts of a relation, nearest first
    /// (for a transitive relation such as <c>partOf</c>: Izyum is part of the Kharkiv region, and so of Ukraine).
    /// </summary>
    public IReadOnlyList<Entity> Closure<TFact>(IEntity start)
        where TFact : Fact => Reach(start, e => Out<TFact>(e).Select(f => f.ObjectEntity));

    /// <summary>Everything from which <paramref name="end"/> is reachable by facts of a relation (all that a region contains).</summary>
    public IReadOnlyList<Entity> InverseClosure<TFact>(IEntity end)
        where TFact : Fact => Reach(end, e => In<TFact>(e).Select(f => f.SubjectEntity));

    public override string ToString() => $"{Entities.Count} entities and events, {AllFacts.Count} facts";

    private static IReadOnlyList<Entity> Reach(IEntity start, Func<Entity, IEnumerable<Entity>> next)
    {
        var found = new List<Entity>();
        if (start is not Entity origin)
        {
            return found;
        }

        var seen = new HashSet<Entity> { origin };
        var queue = new Queue<Entity>();
        queue.Enqueue(origin);
        while (queue.Count > 0)
        {
            foreach (var neighbour in next(queue.Dequeue()))
            {
                if (seen.Add(neighbour))
                {
                    found.Add(neighbour);
                    queue.Enqueue(neighbour);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> TypesOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)] Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            yield return t;
        }

        foreach (var @interface in type.GetInterfaces())
        {
            yield return @interface;
        }
    }
}
