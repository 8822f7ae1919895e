using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using QuikGraph;

namespace KnowledgeGraph;

/// <summary>
/// An immutable knowledge graph: entities and events are vertices, facts are edges. Lookups by id, by type (subtypes
/// included) and by entity and relation in both directions use indexes built once, so the graph is safe for any number
/// of readers. Each index is built at the first query that needs it (once, whatever the threads), so a graph is quick to
/// make and a program pays only for the lookups it uses. The same graph as a QuikGraph <see cref="BidirectionalGraph{TVertex,TEdge}"/>, for QuikGraph's
/// algorithms, is built on first use of <see cref="Structure"/>: the queries here need only the indexes.
/// </summary>
public sealed partial class Graph
{
    private static readonly IReadOnlyList<Fact> NoFacts = Array.Empty<Fact>();

    // Made at first use, not as a Lazy: naming QuikGraph's graph over these types in the constructor loads a dozen of its
    // generic types at every start-up, a few milliseconds, for programs that may never ask for it.
    private BidirectionalGraph<Entity, Fact>? _structure;
    private readonly object _structureLock = new();
    private readonly Entity[] _entities;
    private readonly Fact[] _facts;
    private readonly EntityNumbers _numbers;

    internal Graph(Entity[] entities, Fact[] facts, GraphBuilderState known)
    {
        Entities = _entities = entities;
        AllFacts = _facts = facts;
        _numbers = known.Numbers;
        _byName = new Lazy<Dictionary<string, Entity[]>>(() => IndexNames(entities));
        _byType = new Lazy<Dictionary<Type, Entity[]>>(() => IndexTypes(entities));
        _factIndexes = new Lazy<FactIndexes>(() => IndexFacts(facts, known));
        Documents = known.Documents;
        Omissions = known.Omissions;
        _passages = new Lazy<Dictionary<string, Support[]>>(IndexPassages);
    }

    /// <summary>The documents added to the graph (every compiled and loaded one), in the order added.</summary>
    public IReadOnlyList<DocumentInfo> Documents { get; }

    /// <summary>The passages of documents left out on purpose (<c>omitted:</c>), each with its reason.</summary>
    public IReadOnlyList<Omission> Omissions { get; }

    /// <summary>The document with this id, or null.</summary>
    public DocumentInfo? FindDocument(string id)
    {
        foreach (var document in Documents)
        {
            if (document.Id == id)
            {
                return document;
            }
        }

        return null;
    }

    /// <summary>Every entity and event, in the order they were added.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every edge: facts of the ontology's relations and the role links of events.</summary>
    public IReadOnlyList<Fact> AllFacts { get; }

    /// <summary>The relations that have at least one fact.</summary>
    public IReadOnlyList<RelationInfo> Relations => _factIndexes.Value.Relations;

    /// <summary>The graph as a read-only QuikGraph graph, for QuikGraph's algorithms; built on first use (once, whatever the threads).</summary>
    public IBidirectionalGraph<Entity, Fact> Structure
    {
        get
        {
            lock (_structureLock)
            {
                return _structure ??= CreateStructure(_entities, _facts);
            }
        }
    }

    /// <summary>The entity or event with this id, or null.</summary>
    public Entity? FindById(string id) => _numbers.Find(id);

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
        _byType.Value.TryGetValue(typeof(T), out var entities) ? entities.Cast<T>() : Enumerable.Empty<T>();

    /// <summary>The events of a type, its subtypes included.</summary>
    public IEnumerable<T> Events<T>()
        where T : class, IEvent => All<T>();

    /// <summary>Every fact of one relation (the generated class of that relation).</summary>
    public IEnumerable<TFact> Facts<TFact>()
        where TFact : Fact =>
        _factIndexes.Value.ByType.TryGetValue(typeof(TFact), out var facts) ? facts.Cast<TFact>() : Enumerable.Empty<TFact>();

    /// <summary>The facts of one relation whose subject is <paramref name="subject"/>.</summary>
    public IEnumerable<TFact> Out<TFact>(IEntity subject)
        where TFact : Fact =>
        subject is Entity entity ? Typed<TFact>(OutIndex.Find(entity, typeof(TFact))) : Enumerable.Empty<TFact>();

    /// <summary>The facts of one relation whose object is <paramref name="object"/>.</summary>
    public IEnumerable<TFact> In<TFact>(IEntity @object)
        where TFact : Fact =>
        @object is Entity entity ? Typed<TFact>(InIndex.Find(entity, typeof(TFact))) : Enumerable.Empty<TFact>();

    /// <summary>Every edge leaving <paramref name="entity"/>, grouped by relation (in the order added within each).</summary>
    public IEnumerable<Fact> OutFacts(IEntity entity) => entity is Entity e ? OutIndex.All(e) : NoFacts;

    /// <summary>Every edge arriving at <paramref name="entity"/>, grouped by relation (in the order added within each).</summary>
    public IEnumerable<Fact> InFacts(IEntity entity) => entity is Entity e ? InIndex.All(e) : NoFacts;

    /// <summary>
    /// Everything reachable from <paramref name="start"/> by one or more facts of a relation, nearest first
    /// (for a transitive relation such as <c>partOf</c>: Izyum is part of the Kharkiv region, and so of Ukraine).
    /// </summary>
    public IReadOnlyList<Entity> Closure<TFact>(IEntity start)
        where TFact : Fact => Reach(start, OutIndex, new[] { typeof(TFact) });

    /// <summary>Everything from which <paramref name="end"/> is reachable by facts of a relation (all that a region contains).</summary>
    public IReadOnlyList<Entity> InverseClosure<TFact>(IEntity end)
        where TFact : Fact => Reach(end, InIndex, new[] { typeof(TFact) });

    public override string ToString() => $"{Counts.EntitiesAndEvents(Entities.Count)}, {Counts.Facts(AllFacts.Count)}";

    /// <summary>What <paramref name="start"/> reaches over facts of the given relations, out of it or into it as the index says; nearest first.</summary>
    private IReadOnlyList<Entity> Reach(IEntity start, FactIndex index, Type[] factTypes) =>
        start is Entity origin ? index.Reach(origin, factTypes).ConvertAll(ordinal => _entities[ordinal]) : new List<Entity>();

    private static BidirectionalGraph<Entity, Fact> CreateStructure(Entity[] entities, Fact[] facts)
    {
        var graph = new BidirectionalGraph<Entity, Fact>(allowParallelEdges: true, entities.Length);
        graph.AddVertexRange(entities);
        graph.AddEdgeRange(facts);
        return graph;
    }

    private bool Contains(Entity entity) => _numbers.Contains(entity);

    private static IEnumerable<TFact> Typed<TFact>(ArraySegment<Fact> facts)
        where TFact : Fact => facts.Count == 0 ? Enumerable.Empty<TFact>() : new FactRun<TFact>(facts);
}
