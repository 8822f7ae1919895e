using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using QuikGraph;

namespace KnowledgeGraph;

/// <summary>
/// An immutable knowledge graph: entities and events are vertices, facts are edges. Lookups by id, by type (subtypes
/// included) and by entity and relation in both directions use indexes built once, so the graph is safe for any number
/// of readers. The same graph as a QuikGraph <see cref="BidirectionalGraph{TVertex,TEdge}"/>, for QuikGraph's
/// algorithms, is built on first use of <see cref="Structure"/>: the queries here need only the indexes.
/// </summary>
public sealed partial class Graph
{
    private static readonly IReadOnlyList<Fact> NoFacts = Array.Empty<Fact>();

    private readonly Lazy<BidirectionalGraph<Entity, Fact>> _structure;
    private readonly Entity[] _entities;
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, Entity[]> _byName;
    private readonly Dictionary<Type, Entity[]> _byType;
    private readonly Dictionary<Type, Fact[]> _factsByType;
    private readonly FactIndex _out;
    private readonly FactIndex _in;

    // Indexes are filled by loops over arrays, not LINQ groupings: building is linear and allocates little beyond what it keeps.
    internal Graph(Entity[] entities, Fact[] facts, GraphBuilderState known)
    {
        _structure = new Lazy<BidirectionalGraph<Entity, Fact>>(() => CreateStructure(entities, facts));
        Entities = _entities = entities;
        AllFacts = facts;
        _byId = known.ById;
        _byName = IndexNames(entities);
        _byType = IndexTypes(entities);
        var relationOrdinals = new Dictionary<Type, int>();
        var relationOf = new int[facts.Length];
        _factsByType = IndexFactTypes(facts, relationOrdinals, relationOf);
        _out = new FactIndex(facts, relationOf, known.Subjects, known.Objects, known.Ordinals, relationOrdinals);
        _in = new FactIndex(facts, relationOf, known.Objects, known.Subjects, known.Ordinals, relationOrdinals);
        Relations = DistinctRelations(_factsByType);
        _containment = Relations
            .Where(r => r.IsTransitive && typeof(IPlace).IsAssignableFrom(r.SubjectType) && typeof(IPlace).IsAssignableFrom(r.ObjectType))
            .Select(r => r.FactType)
            .ToArray();
    }

    /// <summary>Every entity and event, in the order they were added.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every edge: facts of the ontology's relations and the role links of events.</summary>
    public IReadOnlyList<Fact> AllFacts { get; }

    /// <summary>The relations that have at least one fact.</summary>
    public IReadOnlyList<RelationInfo> Relations { get; }

    /// <summary>The graph as a read-only QuikGraph graph, for QuikGraph's algorithms; built on first use (once, whatever the threads).</summary>
    public IBidirectionalGraph<Entity, Fact> Structure => _structure.Value;

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
        subject is Entity entity ? Typed<TFact>(_out.Find(entity, typeof(TFact))) : Enumerable.Empty<TFact>();

    /// <summary>The facts of one relation whose object is <paramref name="object"/>.</summary>
    public IEnumerable<TFact> In<TFact>(IEntity @object)
        where TFact : Fact =>
        @object is Entity entity ? Typed<TFact>(_in.Find(entity, typeof(TFact))) : Enumerable.Empty<TFact>();

    /// <summary>Every edge leaving <paramref name="entity"/>, grouped by relation (in the order added within each).</summary>
    public IEnumerable<Fact> OutFacts(IEntity entity) => entity is Entity e ? _out.All(e) : NoFacts;

    /// <summary>Every edge arriving at <paramref name="entity"/>, grouped by relation (in the order added within each).</summary>
    public IEnumerable<Fact> InFacts(IEntity entity) => entity is Entity e ? _in.All(e) : NoFacts;

    /// <summary>
    /// Everything reachable from <paramref name="start"/> by one or more facts of a relation, nearest first
    /// (for a transitive relation such as <c>partOf</c>: Izyum is part of the Kharkiv region, and so of Ukraine).
    /// </summary>
    public IReadOnlyList<Entity> Closure<TFact>(IEntity start)
        where TFact : Fact => Reach(start, _out, new[] { typeof(TFact) });

    /// <summary>Everything from which <paramref name="end"/> is reachable by facts of a relation (all that a region contains).</summary>
    public IReadOnlyList<Entity> InverseClosure<TFact>(IEntity end)
        where TFact : Fact => Reach(end, _in, new[] { typeof(TFact) });

    public override string ToString() => $"{Entities.Count} entities and events, {AllFacts.Count} facts";

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

    private bool Contains(Entity entity) => _out.Contains(entity);

    private static IEnumerable<TFact> Typed<TFact>(ArraySegment<Fact> facts)
        where TFact : Fact => facts.Count == 0 ? Enumerable.Empty<TFact>() : new FactRun<TFact>(facts);

    private static Dictionary<string, Entity[]> IndexNames(Entity[] entities)
    {
        var single = new Dictionary<string, Entity[]>(entities.Length, StringComparer.OrdinalIgnoreCase);
        var shared = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            Add(entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                Add(alias, entity);
            }
        }

        foreach (var pair in shared)
        {
            single[pair.Key] = pair.Value.ToArray();
        }

        return single;

        void Add(string name, Entity entity)
        {
            if (!single.TryGetValue(name, out var first))
            {
                single.Add(name, new[] { entity });
            }
            else if (shared.TryGetValue(name, out var list))
            {
                // An entity's own names come one after another, so a repeat (its name again as an alias) is the last one added.
                if (list[list.Count - 1] != entity)
                {
                    list.Add(entity);
                }
            }
            else if (first[0] != entity)
            {
                shared.Add(name, new List<Entity> { first[0], entity });
            }
        }
    }

    /// <summary>
    /// Entities under their class, base classes and interfaces, in the order added. Types are numbered once per class, so
    /// an entity costs one lookup: a first pass counts, a second fills arrays of the right size.
    /// </summary>
    private static Dictionary<Type, Entity[]> IndexTypes(Entity[] entities)
    {
        var slots = new Dictionary<Type, int>();
        var slotsOfClass = new Dictionary<Type, int[]>();
        var counts = new List<int>();
        var slotsOf = new int[entities.Length][];
        for (var i = 0; i < entities.Length; i++)
        {
            if (!slotsOfClass.TryGetValue(entities[i].GetType(), out var ofClass))
            {
                ofClass = Array.ConvertAll(IndexedTypesOf(entities[i]), type => Slot(type));
                slotsOfClass.Add(entities[i].GetType(), ofClass);
            }

            slotsOf[i] = ofClass;
            foreach (var slot in ofClass)
            {
                counts[slot]++;
            }
        }

        var arrays = counts.Select(count => new Entity[count]).ToArray();
        var filled = new int[arrays.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            foreach (var slot in slotsOf[i])
            {
                arrays[slot][filled[slot]++] = entities[i];
            }
        }

        return slots.ToDictionary(pair => pair.Key, pair => arrays[pair.Value]);

        int Slot(Type type)
        {
            if (!slots.TryGetValue(type, out var slot))
            {
                slot = slots.Count;
                slots.Add(type, slot);
                counts.Add(0);
            }

            return slot;
        }
    }

    /// <summary>Groups facts by their class, numbering the classes as it meets them (<paramref name="relationOf"/> gets each fact's number).</summary>
    private static Dictionary<Type, Fact[]> IndexFactTypes(Fact[] facts, Dictionary<Type, int> ordinals, int[] relationOf)
    {
        var counts = new List<int>();
        for (var i = 0; i < facts.Length; i++)
        {
            var type = facts[i].GetType();
            if (!ordinals.TryGetValue(type, out var ordinal))
            {
                ordinal = ordinals.Count;
                ordinals.Add(type, ordinal);
                counts.Add(0);
            }

            relationOf[i] = ordinal;
            counts[ordinal]++;
        }

        var groups = counts.Select(count => new Fact[count]).ToArray();
        var filled = new int[groups.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            groups[relationOf[i]][filled[relationOf[i]]++] = facts[i];
        }

        return ordinals.ToDictionary(pair => pair.Key, pair => groups[pair.Value]);
    }

    /// <summary>The relations of the facts; facts of one class nearly always share one, so a set is consulted only on a change.</summary>
    private static RelationInfo[] DistinctRelations(Dictionary<Type, Fact[]> factsByType)
    {
        var seen = new HashSet<RelationInfo>();
        foreach (var facts in factsByType.Values)
        {
            RelationInfo? last = null;
            foreach (var fact in facts)
            {
                var relation = fact.Relation;
                if (!ReferenceEquals(relation, last) && !relation.IsRole)
                {
                    seen.Add(relation);
                }

                last = relation;
            }
        }

        return seen.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }

    private static Type[] IndexedTypesOf(Entity entity) => TypesOf(entity.GetType()).ToArray();

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
